/**
 * Share links on the built game: copied, then opened in a fresh browser at the very same
 * point; shown selected in a field when copying is refused; and a broken link gets its message
 * while the player's own game stays offered.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodePath, encodePath } from '../../src/story/pathCode.ts';
import { launch, openGame, gameListening } from './browser.ts';
import { activate, clickCanvas, en, playChoices } from './drive.ts';
import { content, foundersChoices, nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const shareStatus = (page: Page) => page.locator('#text-layer .tl-share [role="status"]');

describe('share links', () => {
  it('opens a copied link in a fresh browser at the same point, once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, problems } = await openGame(browser, { context });
    const shared = await playChoices(page, foundersChoices.slice(0, 3));
    await activate(page, en['ui.share.copy']!);
    await expect.poll(() => shareStatus(page).textContent()).toBe(en['ui.share.copied']);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(
      `${inject('baseURL')}?path=${encodePath(content, foundersChoices.slice(0, 3))}`,
    );

    const fresh = await openGame(browser, { query: new URL(link).search });
    expect(await view(fresh.page)).toEqual(shared);
    expect(await fresh.page.evaluate(() => window.location.search)).toBe('');
    // A reload continues the game: the link is not opened again.
    await fresh.page.reload();
    await gameListening(fresh.page);
    const title = await view(fresh.page);
    if (title.screen !== 'title') throw new Error(where(title));
    expect(title.resume?.detail).toBe(`${en['control.date']}: ${en['control.title']}`);
    expect([...problems, ...fresh.problems]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('shows the link selected in a field when the browser refuses to copy it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
    });
    const { page, problems } = await openGame(browser, { context });
    await playChoices(page, foundersChoices.slice(0, 1));
    await activate(page, en['ui.share.copy']!);
    await expect.poll(() => shareStatus(page).textContent()).toBe(en['ui.share.blocked']);
    const field = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement
        ? { value: el.value, from: el.selectionStart, to: el.selectionEnd }
        : null;
    });
    const code = encodePath(content, foundersChoices.slice(0, 1));
    expect(field).toEqual({
      value: `${inject('baseURL')}?path=${code}`,
      from: 0,
      to: field?.value.length,
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a tampered link with its message, keeps the save, and keeps the own game aside for a good link', async () => {
    const { page, context, problems } = await openGame(browser);
    const saved = await playChoices(page, ['announce-100m', 'hold-line']);
    const good = encodePath(content, foundersChoices.slice(0, 2));
    const [version, hash, digits, sum] = good.split('.') as [string, string, string, string];
    const tampered = `${version}.${hash}.${digits.slice(0, -1)}${digits.endsWith('1') ? '2' : '1'}.${sum}`;
    expect(decodePath(content, tampered)).toEqual({ ok: false, error: 'tampered' });

    await page.goto(`${inject('baseURL')}?path=${tampered}`);
    await gameListening(page);
    const title = await view(page);
    if (title.screen !== 'title') throw new Error(where(title));
    expect(title.notice).toBe(en['ui.share.tampered']);
    await expect(page.locator('#text-layer').getByText(title.notice!).count()).resolves.toBe(1);
    expect(title.resume).not.toBeNull();
    expect(await page.evaluate(() => window.location.search)).toBe('');
    await activate(page, title.resume!.label);
    expect(await nextScreen(page, 'title')).toEqual(saved);

    // A good link replaces the game on screen; the player's own is offered on the title.
    await page.goto(`${inject('baseURL')}?path=${good}`);
    await gameListening(page);
    expect(where(await view(page))).toBe(`decision:${content.story.decisions[2]!.id}:briefing`);
    await activate(page, en['ui.menu.restart']!);
    await activate(page, en['ui.menu.restartYes']!);
    const again = await nextScreen(page, `decision:${content.story.decisions[2]!.id}:briefing`);
    if (again.screen !== 'title') throw new Error(where(again));
    expect(again.resumeEarlier?.label).toBe(en['ui.title.resumeEarlier']);
    await clickCanvas(page, again.resumeEarlier!.label);
    expect(await nextScreen(page, 'title')).toEqual(saved);
    expect(problems).toEqual([]);
    await context.close();
  });
});
