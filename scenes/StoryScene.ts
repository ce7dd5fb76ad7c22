/**
 * The prologue, each decision (briefing, then the question and its choices) and each reveal
 * (your timeline, then what really happened). Renders the view; sends events; nothing else.
 */
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE, hex } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { choiceNumber, isProceed } from './keys.ts';
import { PageScene } from './PageScene.ts';
import { SCENE, barAction } from './shared.ts';
import type { Column } from './views/Column.ts';

type StoryView = Extract<View, { screen: 'prologue' | 'decision' | 'reveal' }>;

export class StoryScene extends PageScene {
  constructor(session: GameSession) {
    super(SCENE.story, session);
  }

  private view(): StoryView | null {
    const view = this.session.view();
    return view.screen === 'prologue' || view.screen === 'decision' || view.screen === 'reveal'
      ? view
      : null;
  }

  protected override bottomInset(): number {
    return barAction(this.session.view()) === null ? 0 : this.layout.actionBarHeight;
  }

  protected pageKey(): string {
    const v = this.view();
    if (v === null) return '';
    return v.screen === 'prologue'
      ? v.screen
      : `${v.screen}:${v.decision}:${v.screen === 'reveal' ? v.phase : ''}`;
  }

  protected build(col: Column): void {
    const v = this.view();
    if (v === null) return;
    const { gap, space } = this.layout;
    col.text('kicker', v.kicker.toUpperCase(), PALETTE.brass, space.sm);
    col.text('heading', v.heading, PALETTE.text, gap);
    if (v.screen === 'reveal') this.chosen(col, v.chosen, v.phase === 'outcome');
    this.blocks(col, v.blocks);
    if (v.screen === 'decision' && v.phase === 'choosing') {
      col.mark('question').space(space.xs);
      col.text('subheading', v.question, PALETTE.text, gap * 0.75);
      for (const choice of v.choices) {
        this.button(col, {
          label: choice.label,
          badge: String(choice.key),
          variant: 'choice',
          onPress: () => this.session.send(choice.event),
        });
      }
    }
  }

  /** "You chose: …", a ruled line under the heading; prominent on the outcome page. */
  private chosen(col: Column, text: string, prominent: boolean): void {
    const { gap } = this.layout;
    const y = col.y;
    const colour = prominent ? PALETTE.brass : PALETTE.textMuted;
    const t = col.text(prominent ? 'strong' : 'small', text, colour, gap, this.layout.indent);
    col.bar(y, t.height, this.layout.stroke.bar, hex(prominent ? PALETTE.brass : PALETTE.inkLine));
  }

  protected override afterBuild(col: Column, samePage: boolean): void {
    const question = col.markAt('question');
    // Moving from the briefing to the choices: bring the question into view.
    if (samePage && question !== undefined) this.scrollTo(question - this.layout.gap, true);
  }

  protected onKey(event: KeyboardEvent): boolean {
    const v = this.view();
    if (v === null) return false;
    const n = choiceNumber(event);
    if (n !== null && v.screen === 'decision') {
      const choice = v.choices.find((c) => c.key === n);
      if (choice !== undefined) this.session.send(choice.event);
      return choice !== undefined;
    }
    if (isProceed(event) && v.proceed !== null) {
      this.session.send(v.proceed.event);
      return true;
    }
    return false;
  }
}
