/**
 * Types a page's block texts out, one card after another, at a set speed. The text is wrapped
 * once, in full, before typing starts, so lines never reflow as it grows; a card's quotes and
 * source links appear when its text is done. `finish()` shows everything at once. Only the
 * canvas types: the text layer always holds the whole page from the start.
 */
import type Phaser from 'phaser';

/** A card to type: its text, and what appears when the text is done. */
export type TypedCard = Phaser.GameObjects.Container & {
  readonly words: Phaser.GameObjects.Text;
  readonly extras: readonly Phaser.GameObjects.Components.Visible[];
};

/** How often the typed text is redrawn (ms); the count itself follows the clock. */
const TICK = 33;

export class Typewriter {
  private readonly texts: string[][];
  /** Characters of each card on screen now. */
  private readonly shown: number[];
  private readonly timer: Phaser.Time.TimerEvent;
  private done = false;

  /** Starts typing `cards` at `charsPerSecond`; `onDone` runs once, when all are shown. */
  constructor(
    scene: Phaser.Scene,
    private readonly cards: readonly TypedCard[],
    private readonly charsPerSecond: number,
    private readonly onDone: () => void = () => {},
  ) {
    this.texts = cards.map(({ words }) => Array.from(words.getWrappedText().join('\n')));
    this.shown = cards.map(() => 0);
    cards.forEach((card, i) => {
      const { words, extras } = card;
      card.setVisible(i === 0);
      words.setText('');
      extras.forEach((e) => e.setVisible(false));
    });
    const start = scene.time.now;
    this.timer = scene.time.addEvent({
      delay: TICK,
      loop: true,
      callback: () => this.show(((scene.time.now - start) * this.charsPerSecond) / 1000),
    });
  }

  running(): boolean {
    return !this.done;
  }

  /** Shows every card whole, now. */
  finish(): void {
    this.show(Number.POSITIVE_INFINITY);
  }

  /** Stops typing without showing the rest (the page is being rebuilt). */
  stop(): void {
    this.done = true;
    this.timer.remove();
  }

  private show(count: number): void {
    if (this.done) return;
    let left = Math.floor(count);
    this.cards.forEach((card, i) => {
      const { words, extras } = card;
      const chars = this.texts[i] ?? [];
      const shown = Math.max(0, Math.min(chars.length, left));
      card.setVisible(left >= 0);
      if (this.shown[i] !== shown) words.setText(chars.slice(0, shown).join(''));
      this.shown[i] = shown;
      extras.forEach((e) => e.setVisible(shown === chars.length && left >= 0));
      left -= chars.length;
    });
    if (left >= 0) {
      this.stop();
      this.onDone();
    }
  }
}
