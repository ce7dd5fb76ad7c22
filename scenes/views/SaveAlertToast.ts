/**
 * The canvas note that autosave has stopped working (`GameSession.saveAlert`): a small card
 * under the HUD bar on the screen where saving failed. It takes no input, so it never stands
 * between the player and a choice, and it fades after a while (reduced motion: it just goes).
 * The same words are in the text layer's live region (src/dom/saveAlert.ts).
 */
import type Phaser from 'phaser';
import type { GameSession } from '../../src/session/GameSession.ts';
import { DURATION, PALETTE, hex } from '../../src/ui/theme.ts';
import { redrawOnChange } from '../redraw.ts';
import { layoutFor, reducedMotion } from '../shared.ts';
import { addText } from './typography.ts';

export class SaveAlertToast {
  private card: Phaser.GameObjects.Container | null = null;
  private timer: Phaser.Time.TimerEvent | null = null;
  /** The alert's words as drawn; null while there is no alert. */
  private shown: string | null = null;
  /** This alert has had its time on screen: it is not drawn again, even on a resize. */
  private done = false;
  private top = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly session: GameSession,
  ) {
    redrawOnChange(scene, session, (force) => this.refresh(force));
  }

  /** Where the page begins (the HUD bar's bottom edge); the card sits just below it. */
  setTop(y: number): void {
    if (y === this.top) return;
    this.top = y;
    this.refresh(true);
  }

  private refresh(force: boolean): void {
    const text = this.session.saveAlert();
    if (text === null) {
      this.timer?.remove();
      this.timer = null;
      this.clear();
      this.shown = null;
      this.done = false;
      return;
    }
    if (this.done || (!force && text === this.shown)) return;
    const raised = this.shown === null;
    this.shown = text;
    this.draw(text);
    if (raised) this.timer = this.scene.time.delayedCall(DURATION.saveAlertHold, () => this.end());
  }

  private draw(text: string): void {
    this.clear();
    const layout = layoutFor(this.scene);
    const { x, width } = layout.column;
    const pad = layout.card.pad;
    const accent = layout.stroke.bar;
    const words = addText(
      this.scene,
      layout,
      'small',
      pad + accent,
      pad,
      text,
      PALETTE.text,
      width - 2 * pad - accent,
    );
    const height = words.height + 2 * pad;
    const bg = this.scene.add.graphics();
    bg.fillStyle(hex(PALETTE.inkRaised)).fillRect(0, 0, width, height);
    bg.lineStyle(layout.stroke.hair, hex(PALETTE.inkLine)).strokeRect(0, 0, width, height);
    // The same mark as the text layer's notices: a bar in the "down" colour on the left.
    bg.fillStyle(hex(PALETTE.down)).fillRect(0, 0, accent, height);
    this.card = this.scene.add.container(x, this.top + layout.space.sm, [bg, words]);
  }

  private end(): void {
    this.timer = null;
    this.done = true;
    const card = this.card;
    if (card === null) return;
    if (reducedMotion(this.scene)) {
      this.clear();
      return;
    }
    this.scene.tweens.add({
      targets: card,
      alpha: 0,
      duration: DURATION.saveAlertFade,
      onComplete: () => {
        if (this.card === card) this.clear();
      },
    });
  }

  private clear(): void {
    if (this.card !== null) this.scene.tweens.killTweensOf(this.card);
    this.card?.destroy();
    this.card = null;
  }
}
