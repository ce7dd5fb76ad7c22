/** Autosave: a reload mid-game offers to continue; a damaged save gets a message, not a crash. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame, gameListening } from './browser.ts';
import { nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('autosave', () => {
  it('resumes after a reload at the exact screen, with the same meters', async () => {
    const { page, problems } = await openGame(browser);
    const press = async (key: string) => {
      const before = where(await view(page));
      await page.keyboard.press(key);
      return nextScreen(page, before);
    };
    await press('Enter');
    await press('Enter');
    for (let decision = 0; decision < 2; decision++) {
      await press('Enter');
      await press('2');
      await press('Enter');
      await press('Enter');
    }
    await press('Enter');
    const before = await press('1');
    expect(where(before)).toBe('reveal:azure:outcome');

    await page.reload();
    await gameListening(page);
    const title = await view(page);
    if (title.screen !== 'title') throw new Error(where(title));
    expect(title.resume?.detail).toMatch(/2016/);
    await page.getByRole('button', { name: title.resume!.label }).focus();
    await page.keyboard.press('Enter');
    const after = await nextScreen(page, 'title');
    expect(where(after)).toBe('reveal:azure:outcome');
    expect(after).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('shows a clear message for a corrupt save and starts normally', async () => {
    const { page, context, problems } = await openGame(browser);
    await page.evaluate(() => localStorage.setItem('founders-dilemma.save', '{"game":"found'));
    await page.reload();
    await gameListening(page);
    const v = await view(page);
    if (v.screen !== 'title') throw new Error(where(v));
    expect(v.resume).toBeNull();
    expect(v.notice).toMatch(/damaged/);
    await expect(page.locator('#text-layer').getByText(v.notice!).count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    expect(where(await nextScreen(page, 'title'))).toBe('prologue');
    expect(problems).toEqual([]);
    await context.close();
  });
});
