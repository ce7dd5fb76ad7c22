/**
 * The prologue, each decision (briefing, then the question and its choices) and each reveal
 * (your timeline, then what really happened). Renders the view; sends events; nothing else.
 */
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE, TYPING, hex } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { choiceNumber, isProceed } from './keys.ts';
import { PageScene } from './PageScene.ts';
import { SCENE, barAction, settingsOf } from './shared.ts';
import type { BlockCard } from './views/BlockCard.ts';
import type { Column } from './views/Column.ts';
import { caps } from './views/typography.ts';
import { arriveInTurn } from './views/transition.ts';
import { Typewriter } from './views/Typewriter.ts';

type StoryView = Extract<View, { screen: 'prologue' | 'decision' | 'reveal' }>;

export class StoryScene extends PageScene {
  /** Pages already typed out once: they appear whole from then on (kept across restarts). */
  private readonly typed = new Set<string>();
  private cards: BlockCard[] = [];
  private typewriter: Typewriter | null = null;

  constructor(session: GameSession) {
    super(SCENE.story, session);
  }

  override create(): void {
    this.typewriter = null;
    super.create();
    // A click or tap on the page (not a drag) shows the rest of the text at once.
    this.input.on('pointerup', () => {
      if (this.allowPress()) this.typewriter?.finish();
    });
  }

  /** True while the page's text is still typing out. */
  typing(): boolean {
    return this.typewriter?.running() ?? false;
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
    col.text('kicker', caps(this.layout, v.kicker), PALETTE.brass, space.sm);
    col.text('heading', v.heading, PALETTE.text, gap);
    if (v.screen === 'reveal') this.chosen(col, v.chosen, v.phase === 'outcome');
    this.cards = this.blocks(col, v.blocks);
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
    // The record arrives card by card.
    const v = this.view();
    if (!samePage && v?.screen === 'reveal' && v.phase === 'history')
      arriveInTurn(this, this.layout, this.cards, settingsOf(this).reducedMotion);
    this.typeOut();
  }

  /** Types a page's text the first time it is shown, at the player's text speed. */
  private typeOut(): void {
    this.typewriter?.stop();
    this.typewriter = null;
    const { textSpeed, reducedMotion, locale } = settingsOf(this);
    const page = this.pageKey();
    if (textSpeed === 'instant' || reducedMotion || this.typed.has(page)) return;
    // Marked at once: a page redrawn mid-typing (language, text size) appears whole.
    this.typed.add(page);
    this.typewriter = new Typewriter(this, this.cards, TYPING[locale][textSpeed]);
  }

  protected onKey(event: KeyboardEvent): boolean {
    const v = this.view();
    if (v === null) return false;
    if (isProceed(event) && this.typing()) {
      this.typewriter?.finish();
      return true;
    }
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
