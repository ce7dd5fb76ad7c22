import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/ui/layout.ts';
import { computeLayout } from '../../src/ui/layout.ts';
import { cardWidth, mapMetrics, mapSide, placeCards } from '../../src/ui/mapLayout.ts';

/** Eight bands like the real story: one stacked pair, endings last. */
const counts = [1, 1, 1, 1, 2, 1, 1, 7];

function place(width: number, height: number) {
  const layout = computeLayout(width, height, 1, 5);
  const full = width - 2 * mapSide(layout);
  const m = mapMetrics(layout, full, counts.length);
  const widths = counts.map((n, b) => cardWidth(m, full, n, b === counts.length - 1, layout.css));
  const bands = counts.map((n, b) => ({
    heights: Array.from({ length: n }, (_, i) => 100 + 37 * ((b + i) % 4)),
  }));
  return { m, full, placed: placeCards(m, full, bands, widths) };
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('branch map layout', () => {
  for (const [width, height, orientation] of [
    [360, 640, 'down'],
    [1280, 720, 'across'],
    [1920, 1080, 'across'],
  ] as const) {
    it(`lays the map ${orientation} at ${width}×${height}: inside the width, no card on another`, () => {
      const { m, full, placed } = place(width, height);
      expect(m.orientation).toBe(orientation);
      const cards = placed.cards.flat();
      expect(cards).toHaveLength(counts.reduce((a, b) => a + b, 0));
      for (const c of cards) {
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.x + c.width).toBeLessThanOrEqual(full);
        expect(c.y + c.height).toBeLessThanOrEqual(placed.height);
      }
      for (let i = 0; i < cards.length; i++)
        for (let j = i + 1; j < cards.length; j++)
          expect(overlap(cards[i]!, cards[j]!)).toBe(false);
    });
  }

  it('keeps the timeline in order: across, band after band to the right; down, band under band', () => {
    for (const [width, height] of [
      [1280, 720],
      [360, 640],
    ] as const) {
      const { m, placed } = place(width, height);
      const key = m.orientation === 'across' ? 'x' : 'y';
      const starts = placed.cards.map((band) => band[0]![key]);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      expect(new Set(starts).size).toBe(starts.length);
    }
  });
});
