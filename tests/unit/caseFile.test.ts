/** The title's case file: its shapes stay in their design box, and it fits every screen. */
import { describe, expect, it } from 'vitest';
import { CASE_FILE, caseFileSize, type Shape } from '../../src/ui/caseFile.ts';
import { computeLayout } from '../../src/ui/layout.ts';
import { PALETTES } from '../../src/ui/theme.ts';

/** The corners of a shape's box, in design units (before its sheet's small rotation). */
function corners(shape: Shape): [number, number][] {
  switch (shape.kind) {
    case 'rect':
    case 'shadow':
    case 'frame':
      return [
        [shape.x, shape.y],
        [shape.x + shape.w, shape.y + shape.h],
      ];
    case 'dot':
      return [
        [shape.x - shape.r, shape.y - shape.r],
        [shape.x + shape.r, shape.y + shape.r],
      ];
    case 'line':
      return [
        [shape.x1, shape.y1],
        [shape.x2, shape.y2],
      ];
    case 'poly': {
      const points: [number, number][] = [];
      for (let i = 0; i + 1 < shape.points.length; i += 2)
        points.push([shape.points[i]!, shape.points[i + 1]!]);
      return points;
    }
    case 'clip':
      return [
        [shape.x, shape.y],
        [shape.x + 20, shape.y + shape.h],
      ];
    case 'year':
      return [[shape.x, shape.y]];
  }
}

describe('the case file', () => {
  it('keeps every shape inside its design box', () => {
    for (const sheet of CASE_FILE.sheets)
      for (const shape of sheet.shapes)
        for (const [x, y] of corners(shape)) {
          expect(x, `${shape.kind} x`).toBeGreaterThanOrEqual(0);
          expect(x, `${shape.kind} x`).toBeLessThanOrEqual(CASE_FILE.width);
          expect(y, `${shape.kind} y`).toBeGreaterThanOrEqual(0);
          expect(y, `${shape.kind} y`).toBeLessThanOrEqual(CASE_FILE.height);
        }
  });

  it('draws only in palette colours (so high contrast applies) and shows only years as text', () => {
    const keys = Object.keys(PALETTES.standard);
    for (const sheet of CASE_FILE.sheets)
      for (const shape of sheet.shapes) {
        const colour = 'fill' in shape ? shape.fill : 'line' in shape ? shape.line : null;
        if (colour !== null) expect(keys).toContain(colour);
        if (shape.kind === 'year') expect(shape.text).toMatch(/^\d{4}$/);
      }
  });

  it.each([
    [360, 640, 2],
    [768, 1024, 1],
    [1280, 720, 1],
    [1920, 1080, 1],
  ])('fits the column at %i×%i and leaves most of the screen to the title', (w, h, dpr) => {
    const layout = computeLayout(w * dpr, h * dpr, dpr, 5);
    const size = caseFileSize(layout, layout.column.width);
    expect(size.width).toBeLessThanOrEqual(layout.column.width);
    expect(size.height).toBeLessThanOrEqual(layout.height * 0.25);
    expect(size.height).toBeGreaterThan(layout.css(80));
    expect(size.width / size.height).toBeCloseTo(CASE_FILE.width / CASE_FILE.height, 1);
  });
});
