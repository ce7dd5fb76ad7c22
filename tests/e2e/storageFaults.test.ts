/**
 * Browser storage broken before the game loads, as players meet it: disabled (touching
 * localStorage throws, as with cookies blocked), full (every write refused as over quota) and
 * throwing on every call. The game starts, says once that progress cannot be kept, in the
 * player's language, plays to an ending, and logs no error.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame } from './browser.ts';
import { en, playChoices, press } from './drive.ts';
import { content, foundersChoices, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

type Fault = 'disabled' | 'full' | 'throwing';

/** Runs in the page before any of its scripts. */
function breakStorage(fault: Fault): void {
  const refuse = (name: string) => () => {
    throw new DOMException(`storage refused (${fault})`, name);
  };
  if (fault === 'disabled')
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: refuse('SecurityError'),
    });
  else if (fault === 'full') Storage.prototype.setItem = refuse('QuotaExceededError');
  else
    for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const)
      Object.defineProperty(Storage.prototype, method, { value: refuse('UnknownError') });
}

async function openBroken(fault: Fault, locale = 'en-US') {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale,
    // Without stored settings, reduced motion is what shows each page whole at once.
    reducedMotion: 'reduce',
  });
  await context.addInitScript(breakStorage, fault);
  return openGame(browser, { context, settings: null });
}

describe.each(['disabled', 'full', 'throwing'] as const)('storage %s', (fault) => {
  it('starts, tells the player once, and plays to the ending with no error', async () => {
    const { page, context, problems } = await openBroken(fault);
    // The fault is really there: the page cannot store anything.
    const stored = await page.evaluate(() => {
      try {
        localStorage.setItem('probe', '1');
        return true;
      } catch {
        return false;
      }
    });
    expect(stored).toBe(false);
    const title = await view(page);
    if (title.screen !== 'title') throw new Error(where(title));
    const message = en['ui.save.unavailable']!;
    expect(title.notice).toBe(message);
    await expect(page.locator('#text-layer').getByText(message).count()).resolves.toBe(1);

    let v = await playChoices(page, foundersChoices);
    expect(where(v)).toBe('ending:capped-profit-bet:summary');
    await press(page, 'Enter');
    v = await press(page, 'Enter');
    expect(v.screen === 'ending' && v.phase).toBe('epilogue');
    v = await press(page, 'Enter');
    if (v.screen !== 'title') throw new Error(where(v));
    expect(v.notice, 'told once, not again after a play-through').toBeNull();
    await expect(page.locator('#text-layer').getByText(message).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('storage disabled, in Japanese', () => {
  it('says so in Japanese', async () => {
    const { page, context, problems } = await openBroken('disabled', 'ja-JP');
    const v = await view(page);
    const message = content.locales.ja!['ui.save.unavailable']!;
    expect(v.screen === 'title' && v.notice).toBe(message);
    await expect(page.locator('#text-layer').getByText(message).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
