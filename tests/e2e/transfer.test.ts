/**
 * The player's data on the built game: saved to a file, loaded in a fresh browser with the same
 * endings, choices and game; a bad file gets its message and changes nothing; "Forget my data"
 * clears it after a confirm step.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame } from './browser.ts';
import { activate, clickCanvas, en, overlay, playChoices } from './drive.ts';
import { foundersChoices, nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const dataStatus = (page: Page) => page.locator('#text-layer .tl-data [role="status"]');
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => !k.endsWith('.settings'))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
const load = (page: Page, name: string, text: string) =>
  page
    .locator('#text-layer input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('your data', () => {
  it('saves to a file and loads it in a fresh browser; a bad file changes nothing', async () => {
    const { page, context, problems } = await openGame(browser);
    const ending = await playChoices(page, foundersChoices);
    const gallery = await page.evaluate(() => window.__fd!.gallery());
    expect(gallery.reached).toBe(1);

    const download = page.waitForEvent('download');
    await activate(page, en['ui.data.save']!);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^founders-dilemma-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => dataStatus(page).textContent()).toMatch(/^Saved as founders-dilemma-/);
    const text = await readFile(await file.path(), 'utf8');
    await context.close();

    const fresh = await openGame(browser);
    const page2 = fresh.page;
    // On the new device, from the canvas title: its button opens the text layer's file input.
    const chooser = page2.waitForEvent('filechooser');
    await clickCanvas(page2, en['ui.data.load']!);
    await (
      await chooser
    ).setFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => dataStatus(page2).textContent()).toBe(en['ui.data.loaded']);
    await page2.waitForFunction(
      (message) => window.__fd!.canvasTexts().includes(message),
      en['ui.data.loaded']!,
    );
    expect(await page2.evaluate(() => window.__fd!.gallery())).toEqual(gallery);
    const map = await page2.evaluate(() => window.__fd!.map());
    expect(
      map.decisions.flatMap((d) => d.choices.filter((c) => c.mark === 'explored')),
    ).toHaveLength(foundersChoices.length);
    const title = await view(page2);
    if (title.screen !== 'title' || title.resume === null) throw new Error('no game offered');
    await activate(page2, title.resume.label);
    expect(await nextScreen(page2, 'title')).toEqual(ending);

    // Bad files: each gets its own message, and storage stays exactly as it was.
    const before = await stored(page2);
    const foreign = JSON.stringify({ game: 'another-game', saves: [] });
    const damaged = JSON.parse(text) as { saves: { current: unknown } };
    damaged.saves.current = { game: 'founders-dilemma', schema: 1, events: 'lost' };
    for (const [bad, message] of [
      ['not json at all', 'ui.data.notJson'],
      [foreign, 'ui.data.notOurs'],
      [JSON.stringify(damaged), 'ui.data.badSave'],
    ] as const) {
      await load(page2, 'bad.json', bad);
      await expect.poll(() => dataStatus(page2).textContent()).toBe(en[message]);
      expect(await stored(page2)).toEqual(before);
    }
    expect([...problems, ...fresh.problems]).toEqual([]);
    await fresh.context.close();
  });

  it('forgets everything after a confirm step, and the game on screen goes on', async () => {
    const { page, context, problems } = await openGame(browser);
    const v = await playChoices(page, foundersChoices.slice(0, 2));
    expect(Object.keys(await stored(page)).length).toBeGreaterThan(0);
    await activate(page, en['ui.data.forget']!);
    expect(await stored(page)).not.toEqual({});
    await activate(page, en['ui.data.forgetYes']!);
    await expect.poll(() => dataStatus(page).textContent()).toBe(en['ui.data.forgotten']);
    expect(await stored(page)).toEqual({});
    // The settings too: nothing of the player is left in this browser.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(where(await view(page))).toBe(where(v));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads a file from the canvas menu through the same file input, and says what went wrong', async () => {
    const { page, context, problems } = await openGame(browser);
    await playChoices(page, foundersChoices.slice(0, 1));
    await page.keyboard.press('Escape');
    await overlay(page, 'menu');
    const chooser = page.waitForEvent('filechooser');
    await clickCanvas(page, en['ui.data.load']!);
    const picker = await chooser;
    expect(
      await picker.element().evaluate((el) => (el as Element).closest('#text-layer') !== null),
    ).toBe(true);
    await picker.setFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await page.waitForFunction(
      (message) => window.__fd!.canvasTexts().includes(message),
      en['ui.data.notJson']!,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
