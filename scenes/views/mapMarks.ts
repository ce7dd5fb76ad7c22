/**
 * The branch map's marks, drawn (never font glyphs, which a system may lack): a choice's state
 * by shape as well as colour, and the three kinds of route line.
 */
import type Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import type { MapMetrics } from '../../src/ui/mapLayout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { ChoiceMark } from '../../src/view/replayTypes.ts';

export type RouteLine = 'route' | 'historical' | 'earlier';

/** The text colour of a choice in this state. */
export function markColour(mark: ChoiceMark): string {
  switch (mark) {
    case 'route':
      return PALETTE.brass;
    case 'earlier':
      return PALETTE.imaginedLine;
    case 'explored':
      return PALETTE.text;
    case 'locked':
      return PALETTE.textMuted;
  }
}

/** A choice's mark centred on (x, y): a disc (this route), a ring (earlier route), a dot in a
 * ring (explored) or a padlock (locked). */
export function drawMark(
  g: Phaser.GameObjects.Graphics,
  layout: Layout,
  m: MapMetrics,
  mark: ChoiceMark,
  x: number,
  y: number,
): void {
  const r = m.marker;
  const colour = hex(markColour(mark));
  switch (mark) {
    case 'route':
      g.fillStyle(colour).fillCircle(x, y, r);
      return;
    case 'earlier':
      g.lineStyle(layout.stroke.medium, colour).strokeCircle(x, y, r - layout.stroke.medium / 2);
      return;
    case 'explored':
      g.lineStyle(layout.stroke.hair, colour).strokeCircle(x, y, r);
      g.fillStyle(colour).fillCircle(x, y, r / 2.5);
      return;
    case 'locked': {
      const { width, height } = m.lock;
      const body = Math.round(height * 0.55);
      g.fillStyle(colour).fillRect(x - width / 2, y + height / 2 - body, width, body);
      g.lineStyle(layout.stroke.thin, colour);
      const shackle = width / 2 - layout.stroke.thin;
      g.beginPath();
      g.arc(x, y + height / 2 - body, shackle, Math.PI, 0, false);
      g.strokePath();
      return;
    }
  }
}

/** A route's line from one point to another, as a cubic curve through two control points. */
export function drawRouteCurve(
  g: Phaser.GameObjects.Graphics,
  layout: Layout,
  m: MapMetrics,
  kind: RouteLine | 'base',
  points: readonly [number, number, number, number, number, number, number, number],
): void {
  const [x1, y1, c1x, c1y, c2x, c2y, x2, y2] = points;
  const steps = 24;
  const at = (s: number): [number, number] => {
    const u = 1 - s;
    return [
      u * u * u * x1 + 3 * u * u * s * c1x + 3 * u * s * s * c2x + s * s * s * x2,
      u * u * u * y1 + 3 * u * u * s * c1y + 3 * u * s * s * c2y + s * s * s * y2,
    ];
  };
  const pts = Array.from({ length: steps + 1 }, (_, i) => at(i / steps));
  const style = LINE_STYLE[kind](layout, m);
  g.lineStyle(style.width, hex(style.colour));
  if (style.dashed) {
    dashedPolyline(g, pts, layout.dash);
    return;
  }
  g.beginPath();
  g.moveTo(x1, y1);
  for (const [x, y] of pts.slice(1)) g.lineTo(x, y);
  g.strokePath();
}

/** Dashes along a polyline, the pattern running on across its segments. */
function dashedPolyline(
  g: Phaser.GameObjects.Graphics,
  pts: readonly [number, number][],
  dash: { readonly length: number; readonly gap: number },
): void {
  const period = dash.length + dash.gap;
  let travelled = 0;
  for (let i = 1; i < pts.length; i++) {
    const [ax, ay] = pts[i - 1]!;
    const [bx, by] = pts[i]!;
    const len = Math.hypot(bx - ax, by - ay);
    let d = 0;
    while (d < len) {
      const phase = (travelled + d) % period;
      const span = Math.min(len - d, phase < dash.length ? dash.length - phase : period - phase);
      if (phase < dash.length) {
        const s = d / len;
        const e = (d + span) / len;
        g.lineBetween(
          ax + (bx - ax) * s,
          ay + (by - ay) * s,
          ax + (bx - ax) * e,
          ay + (by - ay) * e,
        );
      }
      d += span;
    }
    travelled += len;
  }
}

const LINE_STYLE: Record<
  RouteLine | 'base',
  (layout: Layout, m: MapMetrics) => { width: number; colour: string; dashed: boolean }
> = {
  base: (_l, m) => ({ width: m.line.base, colour: PALETTE.inkLine, dashed: false }),
  historical: (_l, m) => ({ width: m.line.history, colour: PALETTE.up, dashed: false }),
  earlier: (l) => ({ width: l.stroke.medium, colour: PALETTE.imaginedLine, dashed: true }),
  route: (_l, m) => ({ width: m.line.route, colour: PALETTE.brass, dashed: false }),
};

/** A short straight sample of a route line, for the legend. */
export function drawLineSample(
  g: Phaser.GameObjects.Graphics,
  layout: Layout,
  m: MapMetrics,
  kind: RouteLine,
  x: number,
  y: number,
  length: number,
): void {
  drawRouteCurve(g, layout, m, kind, [x, y, x, y, x + length, y, x + length, y]);
}
