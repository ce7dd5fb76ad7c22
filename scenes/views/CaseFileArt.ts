/**
 * Draws the title's case file (src/ui/caseFile.ts) in the palette, `width` pixels wide: one
 * Graphics per sheet, drawn once, rotated by its container. The dated stamp lands on the papers
 * a moment after the title appears; under reduced motion it is simply there.
 */
import Phaser from 'phaser';
import { CASE_FILE, caseFileSize, type Shape, type Sheet } from '../../src/ui/caseFile.ts';
import type { Layout } from '../../src/ui/layout.ts';
import { DURATION, PALETTE, hex } from '../../src/ui/theme.ts';
import { addText } from './typography.ts';

const DEG = Math.PI / 180;

export class CaseFileArt extends Phaser.GameObjects.Container {
  readonly boxHeight: number;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    animate: boolean,
  ) {
    super(scene, x, y);
    const size = caseFileSize(layout, width);
    this.boxHeight = size.height;
    const scale = size.width / CASE_FILE.width;
    for (const sheet of CASE_FILE.sheets) {
      const group = this.sheet(layout, sheet, scale);
      this.add(group);
      if (sheet.stamp === true && animate) this.land(group);
    }
  }

  private sheet(layout: Layout, sheet: Sheet, scale: number): Phaser.GameObjects.Container {
    const group = this.scene.add
      .container(sheet.cx * scale, sheet.cy * scale)
      .setRotation(sheet.angle * DEG);
    const g = this.scene.add.graphics().setScale(scale);
    group.add(g);
    for (const shape of sheet.shapes) {
      if (shape.kind === 'year') {
        const t = addText(this.scene, layout, 'tag', 0, 0, shape.text, PALETTE[shape.fill]);
        t.setFontSize(Math.max(1, Math.round(shape.size * scale)))
          .setOrigin(0.5, 0.5)
          .setPosition((shape.x - sheet.cx) * scale, (shape.y - sheet.cy) * scale);
        group.add(t);
      } else draw(g, shape, sheet.cx, sheet.cy);
    }
    return group;
  }

  /** The stamp drops onto the page: from larger and see-through to its place. */
  private land(group: Phaser.GameObjects.Container): void {
    group.setScale(CASE_FILE.stampFrom).setAlpha(0);
    this.scene.tweens.add({
      targets: group,
      scale: 1,
      alpha: 1,
      delay: DURATION.stampDelay,
      duration: DURATION.stamp,
      ease: 'Back.easeOut',
    });
  }
}

/** One shape, in design units about the sheet's centre (cx, cy). */
function draw(
  g: Phaser.GameObjects.Graphics,
  shape: Exclude<Shape, { kind: 'year' }>,
  cx: number,
  cy: number,
): void {
  switch (shape.kind) {
    case 'rect':
      g.fillStyle(hex(PALETTE[shape.fill]), shape.alpha ?? 1).fillRect(
        shape.x - cx,
        shape.y - cy,
        shape.w,
        shape.h,
      );
      return;
    case 'shadow':
      g.fillStyle(0x000000, CASE_FILE.shadow).fillRect(
        shape.x - cx,
        shape.y - cy,
        shape.w,
        shape.h,
      );
      return;
    case 'frame':
      g.lineStyle(shape.weight, hex(PALETTE[shape.line])).strokeRect(
        shape.x - cx,
        shape.y - cy,
        shape.w,
        shape.h,
      );
      return;
    case 'dot':
      g.fillStyle(hex(PALETTE[shape.fill])).fillCircle(shape.x - cx, shape.y - cy, shape.r);
      return;
    case 'line':
      g.lineStyle(shape.weight, hex(PALETTE[shape.line])).lineBetween(
        shape.x1 - cx,
        shape.y1 - cy,
        shape.x2 - cx,
        shape.y2 - cy,
      );
      return;
    case 'poly': {
      const p = shape.points;
      g.fillStyle(hex(PALETTE[shape.fill])).beginPath();
      for (let i = 0; i + 1 < p.length; i += 2)
        if (i === 0) g.moveTo(p[i]! - cx, p[i + 1]! - cy);
        else g.lineTo(p[i]! - cx, p[i + 1]! - cy);
      g.closePath().fillPath();
      return;
    }
    case 'clip': {
      // Down the long side, round the bottom, up, round the top, and back down inside.
      const x = shape.x - cx;
      const y = shape.y - cy;
      const bottom = y + shape.h - 10;
      g.lineStyle(shape.weight, hex(PALETTE[shape.line]))
        .beginPath()
        .moveTo(x, y)
        .lineTo(x, bottom)
        .arc(x + 10, bottom, 10, Math.PI, 0, true)
        .lineTo(x + 20, y + 6)
        .arc(x + 14, y + 6, 6, 0, Math.PI, true)
        .lineTo(x + 8, bottom - 4)
        .strokePath();
      return;
    }
  }
}
