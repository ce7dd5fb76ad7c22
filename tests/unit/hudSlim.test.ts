/**
 * The phone's slim HUD: at 360×640 the always-visible bar (rail, five meters, Menu) takes at
 * most HUD_SHARE_MAX of the screen (the compact HUD took 162 px, 25 %), at every device pixel
 * ratio, in both languages; its meters stay inside the bar and the screen, the last row sharing
 * out the width; wider and landscape screens keep their HUD.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout, HUD_SHARE_MAX, hudGeometry } from '../../src/ui/layout.ts';

const METERS = 5;

describe('the slim HUD on a phone', () => {
  for (const dpr of [1, 2, 3])
    for (const locale of ['en', 'ja'] as const)
      it(`takes at most ${HUD_SHARE_MAX * 100}% of 360×640 at dpr ${dpr} (${locale})`, () => {
        const layout = computeLayout(360 * dpr, 640 * dpr, dpr, METERS, {
          size: 'medium',
          locale,
        });
        expect(layout.hud.meterStyle).toBe('line');
        expect(layout.hudHeight / layout.height).toBeLessThanOrEqual(HUD_SHARE_MAX);
        const geo = hudGeometry(layout, METERS, layout.css(80));
        expect(geo.meters).toHaveLength(METERS);
        for (const m of geo.meters) {
          expect(m.x).toBeGreaterThanOrEqual(0);
          expect(m.x + m.width).toBeLessThanOrEqual(layout.width);
          expect(m.y + m.height).toBeLessThanOrEqual(layout.hudHeight);
        }
        // Two rows of three and two: the second row's two cells share the whole width.
        const [first, , , fourth, fifth] = geo.meters;
        expect(fourth!.width).toBeGreaterThan(first!.width);
        expect(fifth!.x).toBeGreaterThan(fourth!.x + fourth!.width);
        // The Menu button keeps a 44 px touch target inside the bar.
        expect(geo.menu.height).toBe(layout.css(44));
        expect(geo.menu.y + geo.menu.height).toBeLessThanOrEqual(layout.hudHeight);
      });

  it('still fits the largest text size in under a quarter of the screen', () => {
    const layout = computeLayout(360, 640, 1, METERS, { size: 'xlarge', locale: 'en' });
    expect(layout.hudHeight / layout.height).toBeLessThan(0.25);
  });

  it('leaves tablets and laptops their own HUD', () => {
    expect(computeLayout(768, 1024, 1, METERS).hud.meterStyle).toBe('bar');
    expect(computeLayout(1280, 720, 1, METERS).hud.meterStyle).toBe('dial');
    // A phone on its side is not narrow portrait.
    expect(computeLayout(640, 360, 1, METERS).hud.meterStyle).toBe('bar');
  });
});
