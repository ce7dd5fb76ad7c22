/**
 * Browser storage that fills up mid-game: after the first decision every localStorage write
 * is refused as over quota. The player is told once, on the screen where saving stopped (in the
 * text layer's live region and on the canvas), not on the screens after it; the game plays on
 * to the ending, the save made before the quota was reached is kept, and nothing is logged.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/persistence/save.ts';
import { axe, blocking, canvasOnly } from './a11y.ts';
import { launch, openGame } from './browser.ts';
import { playChoices, press } from './drive.ts';
import { content, foundersChoices, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** From now on, every write to localStorage throws as a full browser storage does. */
function fillStorage(page: Page): Promise<void> {
  return page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** Counts in the page every time the save alert's live region goes from empty to words. */
function countAlerts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const region = document.querySelector('#text-layer [data-id="save-alert"]');
    if (region === null) throw new Error('no save-alert region in the text layer');
    const said: string[] = [];
    (window as unknown as { __fdSaid: string[] }).__fdSaid = said;
    let before = region.textContent;
    new MutationObserver(() => {
      const now = region.textContent;
      if (now !== '' && before === '') said.push(now);
      before = now;
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const saidSoFar = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fdSaid: string[] }).__fdSaid);
const region = (page: Page) => page.locator('#text-layer [data-id="save-alert"]');
const onCanvas = (page: Page, text: string) =>
  page.evaluate((t) => window.__fd!.canvasTexts().includes(t), text);

describe.each([
  { lang: 'en', locale: 'en-US', width: 1280, height: 720 },
  { lang: 'ja', locale: 'ja-JP', width: 360, height: 640 },
] as const)('storage filling up mid-game ($lang, $width×$height)', (size) => {
  it('tells once where saving stopped, plays on to the ending, keeps the earlier save', async () => {
    const { page, context, problems } = await openGame(browser, { ...size });
    const message = content.locales[size.lang]!['ui.save.failing']!;
    await countAlerts(page);
    const [first, ...rest] = foundersChoices;
    let v = await playChoices(page, [first!]);
    expect(v.screen === 'decision' && v.phase).toBe('briefing');
    const kept = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
    expect(kept).not.toBeNull();
    await expect(region(page).textContent()).resolves.toBe('');

    await fillStorage(page);
    v = await press(page, 'Enter');
    const failedAt = where(v);
    // The alert is raised with the screen's own change, before the next key: wait on it.
    await page.waitForFunction((t) => window.__fd!.canvasTexts().includes(t), message);
    await expect(region(page).textContent()).resolves.toBe(message);
    await expect(region(page).getAttribute('role')).resolves.toBe('status');
    expect(await saidSoFar(page)).toEqual([message]);
    expect(await canvasOnly(page), 'every canvas text is in the text layer').toEqual([]);
    expect(blocking(await axe(page)), `axe on ${failedAt}`).toEqual([]);

    // Not on the next screen, and never again however far the game goes; the choice on the
    // screen of the note is taken as ever (the note takes no input).
    if (v.screen !== 'decision') throw new Error(`no choice on ${failedAt}`);
    const key = v.choices.find((c) => c.id === rest[0])!.key;
    v = await press(page, String(key));
    expect(where(v)).toBe(failedAt.replace(/^decision:(.+):choosing$/, 'reveal:$1:outcome'));
    await expect(region(page).textContent()).resolves.toBe('');
    expect(await onCanvas(page, message)).toBe(false);
    await press(page, 'Enter');
    await press(page, 'Enter');
    v = await playChoices(page, rest.slice(1));
    expect(where(v)).toBe('ending:capped-profit-bet:summary');
    await press(page, 'Enter');
    v = await press(page, 'Enter');
    expect(v.screen === 'ending' && v.phase).toBe('epilogue');
    expect(await saidSoFar(page), 'told once').toEqual([message]);
    expect(await onCanvas(page, message)).toBe(false);
    // What was saved before storage filled up is still there, untouched.
    await expect(page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).resolves.toBe(kept);
    expect(problems).toEqual([]);
    await context.close();
  });
});
