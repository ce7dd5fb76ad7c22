/**
 * The branch map on the canvas: the 2015→2019 axis, a card per decision and ending placed by
 * src/ui/mapLayout.ts, and the links between them (every possible one faint, then the founders'
 * route, routes left by rewinding and this route over them). Drawn entirely from the map model.
 */
import Phaser from 'phaser';
import type { Layout, Rect } from '../../src/ui/layout.ts';
import {
  cardWidth,
  mapMetrics,
  mapType,
  placeCards,
  type MapMetrics,
} from '../../src/ui/mapLayout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { MapLink, MapView } from '../../src/view/replayTypes.ts';
import { drawRouteCurve } from './mapMarks.ts';
import { MapCard, type MapCardOptions } from './MapCard.ts';
import { addText, caps } from './typography.ts';

type Curve = [number, number, number, number, number, number, number, number];

export class BranchMap extends Phaser.GameObjects.Container {
  readonly boxHeight: number;
  private readonly layout: Layout;
  private readonly metrics: MapMetrics;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    map: MapView,
    options: Omit<MapCardOptions, 'metrics'>,
  ) {
    super(scene, x, y);
    this.layout = layout;
    const m = mapMetrics(layout, width, map.bands.length);
    this.metrics = m;
    const nodes = new Map([...map.decisions, ...map.endings].map((n) => [n.id, n]));
    const last = map.bands.length - 1;
    const type = mapType(layout);
    const widths = map.bands.map((band, b) =>
      cardWidth(m, width, band.nodes.length, b === last, layout.css),
    );
    const cards = map.bands.map((band, b) =>
      band.nodes.flatMap((id) => {
        const node = nodes.get(id);
        return node ? [new MapCard(scene, type, widths[b]!, node, { ...options, metrics: m })] : [];
      }),
    );
    const placed = placeCards(
      m,
      width,
      cards.map((band) => ({ heights: band.map((c) => c.boxHeight) })),
      widths,
    );
    const lines = scene.add.graphics();
    this.add(lines);
    this.axis(lines, width, map, placed.marks);
    const rectOf = (id: string): Rect | undefined => {
      const n = nodes.get(id);
      return n && placed.cards[n.band]?.[n.stack];
    };
    const bandOf = (id: string) => nodes.get(id)?.band ?? 0;
    for (const kind of ['base', 'historical', 'earlier', 'route'] as const) {
      for (const link of map.links) {
        if (kind !== 'base' && !link[kind]) continue;
        const from = rectOf(link.from);
        const to = rectOf(link.to);
        if (from && to)
          drawRouteCurve(lines, layout, m, kind, this.curve(link, from, to, bandOf, width));
      }
    }
    cards.forEach((band, b) =>
      band.forEach((card, i) => {
        const rect = placed.cards[b]?.[i];
        if (rect) this.add(card.setPosition(rect.x, rect.y));
      }),
    );
    this.boxHeight = placed.height;
  }

  /** Where a link runs: side to side across; down the page, or round by the right-hand lane
   * when it skips a band. */
  private curve(
    link: MapLink,
    from: Rect,
    to: Rect,
    bandOf: (id: string) => number,
    width: number,
  ): Curve {
    const port = (r: Rect) => r.y + Math.min(r.height / 2, this.layout.css(34));
    if (this.metrics.orientation === 'across') {
      const [x1, y1, x2, y2] = [from.x + from.width, port(from), to.x, port(to)];
      const dx = (x2 - x1) / 2;
      return [x1, y1, x1 + dx, y1, x2 - dx, y2, x2, y2];
    }
    if (bandOf(link.to) === bandOf(link.from) + 1) {
      const [x1, y1, x2, y2] = [
        from.x + from.width / 2,
        from.y + from.height,
        to.x + to.width / 2,
        to.y,
      ];
      const dy = (y2 - y1) / 2;
      return [x1, y1, x1, y1 + dy, x2, y2 - dy, x2, y2];
    }
    const lane = width - this.metrics.lane * 0.35;
    const [x1, y1, x2, y2] = [from.x + from.width, port(from), to.x + to.width, port(to)];
    return [x1, y1, lane, y1, lane, y2, x2, y2];
  }

  /** Across: a rail with a stop per band and each new year over it. Down: a ruled header per band. */
  private axis(
    g: Phaser.GameObjects.Graphics,
    width: number,
    map: MapView,
    marks: readonly { x: number; y: number }[],
  ): void {
    const { layout, metrics: m } = this;
    const across = m.orientation === 'across';
    const lineY = m.axis - layout.space.lg;
    if (across && marks.length > 1)
      g.lineStyle(layout.rail.line, hex(PALETTE.inkLine)).lineBetween(
        marks[0]!.x,
        lineY,
        marks.at(-1)!.x,
        lineY,
      );
    map.bands.forEach((band, b) => {
      const mark = marks[b];
      if (mark === undefined) return;
      const repeat = b > 0 && map.bands[b - 1]?.label === band.label;
      if (across) {
        g.fillStyle(hex(repeat ? PALETTE.textMuted : PALETTE.brass)).fillCircle(
          mark.x,
          lineY,
          layout.rail.stop,
        );
        if (repeat) return;
        const t = addText(
          this.scene,
          layout,
          'tag',
          0,
          0,
          caps(layout, band.label),
          PALETTE.textMuted,
        );
        t.setPosition(
          Math.round(mark.x - t.width / 2),
          Math.max(0, lineY - layout.space.sm - t.height),
        );
        this.add(t);
        return;
      }
      if (repeat) return;
      const t = addText(this.scene, layout, 'tag', 0, 0, caps(layout, band.label), PALETTE.brass);
      t.setPosition(0, Math.round(mark.y - t.height / 2));
      this.add(t);
      g.lineStyle(layout.stroke.hair, hex(PALETTE.inkLine)).lineBetween(
        t.width + layout.space.md,
        mark.y,
        width - m.lane,
        mark.y,
      );
    });
  }
}
