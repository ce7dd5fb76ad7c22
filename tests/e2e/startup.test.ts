/**
 * The built page's start-up path (issue 7, time to the title): the page itself asks for every
 * script the title waits for (scripts/preloadGame.ts), so none of them waits for boot.ts to run
 * first; the preloads are fetched, never run, in presenter mode; and the content, validated at
 * build time, is what the game and presenter mode show.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGame, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * The .js files fetched before the title's first frame, and the scripts the served page itself
 * names (its entry and its preloads; Vite's loader adds more links later, which do not count).
 */
function startupScripts(page: Page) {
  return page.evaluate(async () => {
    const mark = 'fd-title-frame';
    while (performance.getEntriesByName(mark).length === 0)
      await new Promise((r) => requestAnimationFrame(r));
    const title = performance.getEntriesByName(mark)[0]!.startTime;
    const served = new DOMParser().parseFromString(
      await (await fetch(location.href)).text(),
      'text/html',
    );
    const urls = (selector: string, attribute: string) =>
      [...served.querySelectorAll(selector)].map(
        (e) => new URL(e.getAttribute(attribute) ?? '', location.href).href,
      );
    return {
      fetched: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime < title)
        .map((r) => r.name),
      preloaded: urls('link[rel="modulepreload"]', 'href'),
      entry: urls('script[type="module"][src]', 'src'),
    };
  });
}

describe('start-up', () => {
  it('preloads from the page every script the title waits for', async () => {
    const { page, context, problems } = await openGame(browser);
    const { fetched, preloaded, entry } = await startupScripts(page);
    expect(entry).toHaveLength(1);
    expect(preloaded.some((u) => /\/phaser-[\w-]+\.js$/.test(u))).toBe(true);
    expect(fetched.length).toBeGreaterThan(entry.length);
    expect(fetched.filter((u) => !preloaded.includes(u) && !entry.includes(u))).toEqual([]);
    // English needs no Japanese chunk before the title.
    expect(fetched.filter((u) => /\/japanese-/.test(u))).toEqual([]);
    expect(await page.evaluate(() => window.__fd?.view().screen)).toBe('title');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('presenter mode never runs the game it preloads', async () => {
    const { page, context, problems } = await openGame(browser, {
      query: '?mode=presenter',
      hook: '__fdPresenter',
    });
    expect(await page.evaluate(() => '__fd' in window)).toBe(false);
    expect(await page.locator('#game canvas').count()).toBe(0);
    // Its content and teacher pack come from the build-time-checked files, in both languages.
    const view = await page.evaluate(() => JSON.stringify(window.__fdPresenter?.view()));
    expect(view.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    await context.close();
  });
});
