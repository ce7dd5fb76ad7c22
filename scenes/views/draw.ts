/** Small drawing helpers Phaser's Graphics lacks. */
import type Phaser from 'phaser';

/** A straight dashed line from (x1, y1) to (x2, y2). */
export function dashedLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: { readonly length: number; readonly gap: number },
): void {
  const total = Math.hypot(x2 - x1, y2 - y1);
  if (total === 0) return;
  const ux = (x2 - x1) / total;
  const uy = (y2 - y1) / total;
  for (let d = 0; d < total; d += dash.length + dash.gap) {
    const end = Math.min(total, d + dash.length);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * end, y1 + uy * end);
  }
}

/** The outline of a rectangle in dashes: the mark of an imagined block. */
export function dashedRect(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  width: number,
  height: number,
  lineWidth: number,
  colour: number,
  dash: { readonly length: number; readonly gap: number },
): void {
  const h = lineWidth / 2;
  g.lineStyle(lineWidth, colour);
  dashedLine(g, x + h, y + h, x + width - h, y + h, dash);
  dashedLine(g, x + width - h, y + h, x + width - h, y + height - h, dash);
  dashedLine(g, x + width - h, y + height - h, x + h, y + height - h, dash);
  dashedLine(g, x + h, y + height - h, x + h, y + h, dash);
}

/**
 * A vertical fade from transparent (top) to `colour` (bottom), in flat bands: Phaser's
 * `fillGradientStyle` is drawn by the WebGL renderer only, and the game ships Phaser's Canvas
 * renderer (scripts/phaserBuild.ts), so the gradient is built from steps both renderers draw.
 */
export function verticalFade(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: number,
  steps = 16,
): void {
  const band = height / steps;
  for (let i = 0; i < steps; i++) {
    const top = Math.round(y + i * band);
    const bottom = Math.round(y + (i + 1) * band);
    g.fillStyle(colour, (i + 1) / steps).fillRect(x, top, width, bottom - top);
  }
}
