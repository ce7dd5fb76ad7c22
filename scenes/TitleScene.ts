/** The title: what the game is, a notice if a save could not be used, Continue and Start. */
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE, hex } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { isProceed } from './keys.ts';
import { PageScene } from './PageScene.ts';
import { SCENE } from './shared.ts';
import type { Column } from './views/Column.ts';
import { TimelineRail, railStops } from './views/TimelineRail.ts';

type TitleView = Extract<View, { screen: 'title' }>;

export class TitleScene extends PageScene {
  constructor(session: GameSession) {
    super(SCENE.title, session);
  }

  private view(): TitleView | null {
    const view = this.session.view();
    return view.screen === 'title' ? view : null;
  }

  protected override topInset(): number {
    return 0;
  }

  protected override centred(): boolean {
    return true;
  }

  protected pageKey(): string {
    return SCENE.title;
  }

  protected build(col: Column): void {
    const v = this.view();
    if (v === null) return;
    const { gap, space, titleRule } = this.layout;
    col.text('kicker', v.kicker.toUpperCase(), PALETTE.brass, space.md);
    col.text('title', v.heading, PALETTE.text, space.lg);
    col.bar(col.y, titleRule.weight, titleRule.width, hex(PALETTE.brass));
    col.space(titleRule.weight + gap);
    col.text('lead', v.tagline, PALETTE.textMuted, gap * 1.4);
    if (v.notice !== null) {
      const top = col.y;
      const note = col.text('body', v.notice, PALETTE.text, gap, this.layout.indent);
      col.bar(top, note.height, this.layout.stroke.bar, hex(PALETTE.down));
    }
    const { resume, proceed } = v;
    if (resume !== null) {
      this.button(col, {
        label: resume.label,
        variant: 'primary',
        hug: true,
        onPress: () => this.session.resume(),
      });
      col.text('small', resume.detail, PALETTE.textMuted, gap);
    }
    if (proceed !== null) {
      this.button(col, {
        label: proceed.label,
        badge: this.keyBadge('ui.key.enter'),
        variant: resume === null ? 'primary' : 'secondary',
        hug: true,
        onPress: () => this.session.send(proceed.event),
      });
    }
    col.space(gap * 1.5);
    col.place(
      (x, y, width) =>
        new TimelineRail(this, this.layout, x, y, width, null, {
          fraction: null,
          label: '',
          stops: railStops(this.session),
        }),
      0,
    );
  }

  protected onKey(event: KeyboardEvent): boolean {
    const proceed = this.view()?.proceed ?? null;
    if (proceed === null || !isProceed(event)) return false;
    this.session.send(proceed.event);
    return true;
  }
}
