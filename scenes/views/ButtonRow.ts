/** Buttons side by side, wrapping onto more rows when the width runs out (tabs, actions). */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { Button, type ButtonOptions } from './Button.ts';

export type RowButton = Omit<ButtonOptions, 'width' | 'hug' | 'allowPress'>;

export class ButtonRow extends Phaser.GameObjects.Container {
  readonly boxHeight: number;
  readonly buttons: readonly Button[];

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    items: readonly RowButton[],
    allowPress: () => boolean,
  ) {
    super(scene, x, y);
    const gap = layout.space.md;
    let cx = 0;
    let cy = 0;
    let rowHeight = 0;
    this.buttons = items.map((item) => {
      const b = new Button(scene, layout, 0, 0, { ...item, width, hug: true, allowPress });
      if (cx > 0 && cx + b.boxWidth > width) {
        cx = 0;
        cy += rowHeight + gap;
        rowHeight = 0;
      }
      b.setPosition(cx, cy);
      cx += b.boxWidth + gap;
      rowHeight = Math.max(rowHeight, b.boxHeight);
      this.add(b);
      return b;
    });
    this.boxHeight = cy + rowHeight;
  }
}
