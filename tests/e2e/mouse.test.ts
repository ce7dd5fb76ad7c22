/**
 * A mouse play-through on the canvas to another ending than the founders': every click lands
 * on a Phaser button, found through the game's test hook by its label.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame } from './browser.ts';
import { nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Clicks the canvas button whose label starts with `label`, scrolling down with the mouse
 * wheel as a player would when the button is below the fold, and waits for the next screen.
 */
async function click(page: Page, label: string) {
  const before = where(await view(page));
  const find = () =>
    page.evaluate((l) => window.__fd!.buttons().find((b) => b.label.startsWith(l)) ?? null, label);
  let b = await find();
  for (let wheel = 0; b === null && wheel < 30; wheel++) {
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(120);
    b = await find();
  }
  if (b === null) {
    const shown = await page.evaluate(() => window.__fd!.buttons().map((x) => x.label));
    throw new Error(`no canvas button "${label}" on ${before}; shown: ${shown.join(' | ')}`);
  }
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  return nextScreen(page, before);
}

describe('mouse', () => {
  it('plays to the Tesla ending by clicking the canvas', async () => {
    const { page, problems } = await openGame(browser);
    let v = await view(page);
    v = await click(page, v.proceed!.label);
    const route = ['announce-1b', 'raise-pay', 'counter-no-strings', 'refuse', 'fold-into-tesla'];
    v = await click(page, v.proceed!.label);
    for (const choice of route) {
      v = await click(page, v.proceed!.label);
      if (v.screen !== 'decision' || v.phase !== 'choosing') throw new Error(where(v));
      const label = v.choices.find((c) => c.id === choice)!.label;
      v = await click(page, label);
      v = await click(page, v.proceed!.label);
      v = await click(page, v.proceed!.label);
    }
    expect(where(v)).toBe('ending:tesla-division:summary');
    v = await click(page, v.proceed!.label);
    v = await click(page, v.proceed!.label);
    expect(where(v)).toBe('ending:tesla-division:epilogue');
    if (v.screen !== 'ending') throw new Error(where(v));
    v = await click(page, v.restart.label);
    expect(v.screen).toBe('title');
    expect(problems).toEqual([]);
  });
});
