/**
 * The bar pinned at the bottom of story and ending pages with the page's main action (Enter or
 * Space does the same), so the way on is never scrolled out of reach on a phone or projector.
 */
import Phaser from 'phaser';
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE, hex } from '../src/ui/theme.ts';
import { SCENE, barAction, keyHints, layoutFor } from './shared.ts';
import { redrawOnChange } from './redraw.ts';
import { Button } from './views/Button.ts';

export class ActionBarScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  private stamp = '';

  constructor(private readonly session: GameSession) {
    super({ key: SCENE.actions });
  }

  create(): void {
    this.stamp = '';
    this.root = this.add.container(0, 0);
    redrawOnChange(this, this.session, (force) => this.refresh(force));
    this.refresh(true);
  }

  private refresh(force: boolean): void {
    const action = barAction(this.session.view());
    const stamp = JSON.stringify(action);
    if (!force && stamp === this.stamp) return;
    this.stamp = stamp;
    this.root.removeAll(true);
    if (action === null) return;
    const layout = layoutFor(this);
    const { width, height, actionBarHeight } = layout;
    const top = height - actionBarHeight;
    const bg = this.add.graphics();
    bg.fillStyle(hex(PALETTE.inkRaised)).fillRect(0, top, width, actionBarHeight);
    bg.fillStyle(hex(PALETTE.inkLine)).fillRect(0, top, width, layout.stroke.hair);
    // Clicks on the bar stop here instead of reaching the page beneath.
    const blocker = this.add.zone(0, top, width, actionBarHeight).setOrigin(0, 0).setInteractive();
    const make = (badge: boolean) =>
      new Button(this, layout, layout.column.x, 0, {
        label: action.label,
        badge: badge ? this.session.translate('ui.key.enter') : undefined,
        variant: 'primary',
        width: layout.column.width,
        hug: true,
        onPress: () => this.session.send(action.event),
      });
    let button = make(keyHints());
    // The bar holds one line: at a large text size on a narrow screen, the key badge gives way.
    if (button.boxHeight > layout.button.minHeight) {
      button.destroy();
      button = make(false);
    }
    button.setY(Math.round(top + (actionBarHeight - button.boxHeight) / 2));
    this.root.add([bg, blocker, button]);
  }
}
