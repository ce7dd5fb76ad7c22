/**
 * axe-core on every kind of screen, in Japanese (standard palette) and in English (high
 * contrast, extra-large text): no serious or critical violation anywhere in the text layer.
 * The title is checked with the settings open, a decision with the menu's sources open.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, blocking, canvasOnly, type AxeViolation } from './a11y.ts';
import { launch, openGame } from './browser.ts';
import { nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** "decision:funding:choosing" → "decision:choosing": the kind of screen. */
const kind = (w: string) => w.replace(/:[^:]+:/, ':');

/** Opens or closes a disclosure of the text layer from the keyboard, as its users do. */
async function toggle(page: Page, summary: string): Promise<void> {
  await page.locator(`#text-layer summary`, { hasText: summary }).first().focus();
  await page.keyboard.press('Enter');
}

/** Plays a non-historical route (imagined outcomes too), checking each new kind of screen. */
async function checkEveryScreen(page: Page, settingsLabel: string, sourcesLabel: RegExp) {
  const found: Record<string, AxeViolation[]> = {};
  const check = async (name: string) => {
    found[name] = await axe(page);
    const drawn = await page.evaluate(() => window.__fd!.canvasTexts().length);
    expect(drawn, `texts on the canvas of ${name}`).toBeGreaterThan(3);
    expect(await canvasOnly(page), `canvas-only text on ${name}`).toEqual([]);
  };
  await check('title');
  await toggle(page, settingsLabel);
  await check('title + settings');
  await toggle(page, settingsLabel);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const go = async (key: string) => {
    const before = where(await view(page));
    await page.keyboard.press(key);
    return nextScreen(page, before);
  };
  let v = await go('Enter');
  let first = true;
  while (true) {
    const name = kind(where(v));
    if (!(name in found)) {
      await check(name);
      if (name === 'decision:choosing') {
        await toggle(page, sourcesLabel.source);
        await check('menu + all sources');
      }
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    }
    if (v.screen === 'ending' && v.proceed === null) break;
    if (v.screen === 'decision' && v.phase === 'choosing') {
      v = await go(first ? '2' : '1');
      first = false;
    } else v = await go('Enter');
  }
  return found;
}

function report(language: string, found: Record<string, AxeViolation[]>): void {
  for (const [screen, violations] of Object.entries(found))
    console.log(
      `axe ${language} ${screen}: ${violations.length} violations` +
        (violations.length ? ` (${violations.map((v) => `${v.id}:${v.impact}`).join(', ')})` : ''),
    );
}

describe('axe-core', () => {
  it('finds no serious or critical violation on any screen, in Japanese', async () => {
    const { page, problems } = await openGame(browser, { locale: 'ja-JP' });
    const found = await checkEveryScreen(page, '設定', /すべての出典/);
    report('ja', found);
    expect(Object.keys(found)).toHaveLength(11);
    for (const [screen, violations] of Object.entries(found))
      expect(blocking(violations), screen).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds none in English with high contrast and extra-large text', async () => {
    const { page, problems } = await openGame(browser, {
      settings: { textSpeed: 'instant', highContrast: true, textSize: 'xlarge' },
    });
    const found = await checkEveryScreen(page, 'Settings', /All sources/);
    report('en', found);
    for (const [screen, violations] of Object.entries(found))
      expect(blocking(violations), screen).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('does report a violation when there is one (the check can fail)', async () => {
    const { page } = await openGame(browser);
    await page.evaluate(() => {
      const layer = document.getElementById('text-layer')!;
      const nameless = document.createElement('button');
      const faint = document.createElement('p');
      faint.textContent = 'faint';
      faint.style.cssText = 'color:#333;background:#222';
      layer.prepend(nameless, faint);
    });
    const ids = blocking(await axe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });
});
