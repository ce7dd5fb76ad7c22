/**
 * The key to the branch map: every choice mark and route line with its words, flowing in as
 * many columns as fit.
 */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import type { MapMetrics } from '../../src/ui/mapLayout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { ChoiceMark } from '../../src/view/replayTypes.ts';
import { drawLineSample, drawMark, type RouteLine } from './mapMarks.ts';
import { addText } from './typography.ts';

export type LegendEntry =
  | { readonly kind: 'mark'; readonly mark: ChoiceMark; readonly label: string }
  | { readonly kind: 'line'; readonly line: RouteLine; readonly label: string }
  | { readonly kind: 'historical'; readonly label: string };

/** Every entry of the key, in the game's words: the route lines, then the choice marks. */
export function mapLegendEntries(t: (line: string) => string): LegendEntry[] {
  return [
    { kind: 'line', line: 'route', label: t('ui.map.line.route') },
    { kind: 'line', line: 'historical', label: t('ui.map.line.historical') },
    { kind: 'line', line: 'earlier', label: t('ui.map.line.earlier') },
    { kind: 'historical', label: t('ui.map.historical') },
    ...(['route', 'earlier', 'explored', 'locked'] as const).map((mark) => ({
      kind: 'mark' as const,
      mark,
      label: t(`ui.map.mark.${mark}`),
    })),
  ];
}

export class MapLegend extends Phaser.GameObjects.Container {
  readonly boxHeight: number;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    m: MapMetrics,
    entries: readonly LegendEntry[],
  ) {
    super(scene, x, y);
    const g = scene.add.graphics();
    this.add(g);
    const sample = layout.css(28);
    const gap = layout.space.lg;
    const cell = Math.min(width, layout.css(280));
    const columns = Math.max(1, Math.floor((width + gap) / (cell + gap)));
    const cellW = (width - (columns - 1) * gap) / columns;
    let rowTop = 0;
    let rowHeight = 0;
    entries.forEach((entry, i) => {
      const col = i % columns;
      if (col === 0 && i > 0) {
        rowTop += rowHeight + layout.space.sm;
        rowHeight = 0;
      }
      const cx = col * (cellW + gap);
      const t = addText(
        scene,
        layout,
        'small',
        cx + sample + layout.space.sm,
        rowTop,
        entry.label,
        PALETTE.textMuted,
        cellW - sample - layout.space.sm,
      );
      this.add(t);
      const mid = rowTop + layout.font.small * 0.65;
      if (entry.kind === 'mark') drawMark(g, layout, m, entry.mark, cx + sample / 2, mid);
      else if (entry.kind === 'line') drawLineSample(g, layout, m, entry.line, cx, mid, sample);
      else
        g.fillStyle(hex(PALETTE.up)).fillRect(
          cx + sample / 2 - m.accent / 2,
          rowTop,
          m.accent,
          t.height,
        );
      rowHeight = Math.max(rowHeight, t.height);
    });
    this.boxHeight = rowTop + rowHeight;
  }
}
