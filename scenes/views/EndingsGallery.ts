/**
 * The endings gallery on the canvas: a card per ending, in as many columns as fit. A reached
 * ending shows its title and one-line summary; a locked one a padlock and where it branches off.
 */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import type { MapMetrics } from '../../src/ui/mapLayout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { GalleryEnding } from '../../src/view/replayTypes.ts';
import { drawMark } from './mapMarks.ts';
import { addText, caps } from './typography.ts';

export interface GalleryLabels {
  readonly reached: string;
  readonly locked: string;
  readonly historical: string;
}

export class EndingsGallery extends Phaser.GameObjects.Container {
  readonly boxHeight: number;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    m: MapMetrics,
    endings: readonly GalleryEnding[],
    labels: GalleryLabels,
  ) {
    super(scene, x, y);
    const gap = layout.space.lg;
    const columns = width >= layout.css(560) ? 2 : 1;
    const cardW = (width - (columns - 1) * gap) / columns;
    let top = 0;
    let bottom = 0;
    endings.forEach((ending, i) => {
      const col = i % columns;
      if (col === 0) top = i === 0 ? 0 : bottom + gap;
      const card = this.card(scene, layout, m, ending, cardW, labels);
      card.setPosition(col * (cardW + gap), top);
      this.add(card);
      bottom = Math.max(bottom, top + card.boxHeight);
    });
    this.boxHeight = bottom;
  }

  private card(
    scene: Phaser.Scene,
    layout: Layout,
    m: MapMetrics,
    e: GalleryEnding,
    width: number,
    labels: GalleryLabels,
  ): Phaser.GameObjects.Container & { boxHeight: number } {
    const c = scene.add.container(0, 0) as Phaser.GameObjects.Container & { boxHeight: number };
    const pad = layout.card.pad;
    const inner = width - 2 * pad;
    const marks = scene.add.graphics();
    c.add(marks);
    let y = pad;
    const line = (kind: Parameters<typeof addText>[2], words: string, colour: string, x = pad) => {
      const t = addText(scene, layout, kind, x, y, words, colour, inner - (x - pad));
      c.add(t);
      y += t.height + layout.space.xs;
      return t;
    };
    if (e.reached) {
      line('tag', caps(layout, e.historical ? labels.historical : labels.reached), PALETTE.up);
      line('strong', e.title ?? '', PALETTE.text);
      line('small', e.summary ?? '', PALETTE.textMuted);
    } else {
      const textX = pad + m.lock.width + layout.space.sm;
      const t = line('tag', caps(layout, labels.locked), PALETTE.textMuted, textX);
      drawMark(marks, layout, m, 'locked', pad + m.lock.width / 2, t.y + t.height / 2);
      if (e.hint !== null) line('small', e.hint, PALETTE.text);
    }
    c.boxHeight = y - layout.space.xs + pad;
    const g = scene.add.graphics();
    g.fillStyle(hex(e.reached ? PALETTE.inkRaised : PALETTE.ink)).fillRoundedRect(
      0,
      0,
      width,
      c.boxHeight,
      layout.card.radius,
    );
    g.lineStyle(
      layout.stroke.hair,
      hex(e.reached ? PALETTE.brass : PALETTE.inkLine),
    ).strokeRoundedRect(0, 0, width, c.boxHeight, layout.card.radius);
    if (e.historical)
      g.fillStyle(hex(PALETTE.up)).fillRect(
        layout.card.radius,
        0,
        width - 2 * layout.card.radius,
        layout.space.xs,
      );
    c.addAt(g, 0);
    return c;
  }
}
