/** Colour contrast of both palettes (WCAG 2.x relative luminance). */
import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette } from '../../src/ui/theme.ts';

function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(colour.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colours and the surfaces they are drawn on. */
const TEXT_PAIRS: readonly [keyof Palette, keyof Palette][] = [
  ['text', 'ink'],
  ['text', 'inkRaised'],
  ['textMuted', 'ink'],
  ['textMuted', 'inkRaised'],
  ['brass', 'ink'],
  ['brass', 'inkRaised'],
  ['onBrass', 'brass'],
  ['paperText', 'paper'],
  ['paperMuted', 'paper'],
  ['stamp', 'paper'],
  ['link', 'paper'],
  ['imaginedText', 'imagined'],
  ['imaginedLine', 'imagined'],
  ['up', 'ink'],
  ['down', 'ink'],
];

describe('palettes', () => {
  it('keep every text at least 6:1 on its surface (AA is 4.5:1)', () => {
    for (const [fg, bg] of TEXT_PAIRS)
      expect(
        contrast(PALETTES.standard[fg], PALETTES.standard[bg]),
        `${fg} on ${bg}`,
      ).toBeGreaterThan(6);
  });

  it('raise text to 10:1 and outlines to 7:1 in high contrast', () => {
    const high = PALETTES.high;
    for (const [fg, bg] of TEXT_PAIRS)
      expect(contrast(high[fg], high[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(10);
    for (const bg of ['ink', 'inkRaised'] as const)
      expect(contrast(high.inkLine, high[bg]), `inkLine on ${bg}`).toBeGreaterThanOrEqual(7);
    expect(contrast(high.paperEdge, high.paper)).toBeGreaterThanOrEqual(7);
  });
});
