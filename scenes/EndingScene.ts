/** The ending's pages: its summary, your path beside history, then the epilogue and Play again. */
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { isProceed } from './keys.ts';
import { PageScene } from './PageScene.ts';
import { SCENE } from './shared.ts';
import type { Column } from './views/Column.ts';
import { CompareTable } from './views/CompareTable.ts';

type EndingView = Extract<View, { screen: 'ending' }>;

export class EndingScene extends PageScene {
  constructor(session: GameSession) {
    super(SCENE.ending, session);
  }

  private view(): EndingView | null {
    const view = this.session.view();
    return view.screen === 'ending' ? view : null;
  }

  protected override bottomInset(): number {
    return this.layout.actionBarHeight;
  }

  protected pageKey(): string {
    const v = this.view();
    return v === null ? '' : `${v.ending}:${v.phase}`;
  }

  protected build(col: Column): void {
    const v = this.view();
    if (v === null) return;
    const { gap, space } = this.layout;
    const t = (line: string) => this.session.translate(line);
    col.text('kicker', v.kicker.toUpperCase(), PALETTE.brass, space.sm);
    col.text('heading', v.heading, PALETTE.text, gap);
    if (v.phase === 'summary' && v.historical)
      col.text('tag', t('ui.ending.historical').toUpperCase(), PALETTE.up, gap);
    this.blocks(col, v.blocks);
    if (v.phase === 'compare') {
      const labels = {
        decision: t('ui.compare.decision'),
        yours: t('ui.compare.yours'),
        founders: t('ui.compare.founders'),
        same: t('ui.compare.same'),
        diverged: t('ui.compare.diverged'),
      };
      col.place(
        (x, y, width) => new CompareTable(this, this.layout, x, y, width, v.comparison, labels),
      );
    }
  }

  protected onKey(event: KeyboardEvent): boolean {
    const v = this.view();
    if (v === null || !isProceed(event)) return false;
    this.session.send((v.proceed ?? v.restart).event);
    return true;
  }
}
