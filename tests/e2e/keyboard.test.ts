/**
 * The founders' route played with the keyboard alone, on the built game: number keys pick a
 * choice, Enter goes on. Every "what really happened" screen must show its sources as links.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame } from './browser.ts';
import { content, foundersChoices, historySourceUrls, nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('keyboard only, the founders’ route', () => {
  it('plays from the title to the historical ending with number keys and Enter', async () => {
    const { page, problems } = await openGame(browser);
    let v = await view(page);
    expect(v.screen).toBe('title');
    const press = async (key: string) => {
      const before = where(await view(page));
      await page.keyboard.press(key);
      return nextScreen(page, before);
    };

    v = await press('Enter');
    expect(v.screen).toBe('prologue');
    v = await press('Enter');
    for (const choice of foundersChoices) {
      expect(v.screen).toBe('decision');
      v = await press('Enter');
      if (v.screen !== 'decision' || v.phase !== 'choosing') throw new Error(where(v));
      const key = v.choices.find((c) => c.id === choice)?.key;
      expect(key, `${choice} is offered`).toBeDefined();
      v = await press(String(key));
      expect(where(v)).toMatch(/^reveal:.*:outcome$/);
      v = await press('Enter');
      if (v.screen !== 'reveal') throw new Error(where(v));
      expect(v.phase).toBe('history');
      const decision = v.decision;
      const links = await page
        .locator('#text-layer a[href^="https://"]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const url of historySourceUrls(decision))
        expect(links, `${decision} links ${url}`).toContain(url);
      v = await press('Enter');
    }
    expect(where(v)).toBe('ending:capped-profit-bet:summary');
    expect(v.screen === 'ending' && v.historical).toBe(true);
    v = await press('Enter');
    expect(where(v)).toBe('ending:capped-profit-bet:compare');
    // The screen's own comparison table (the menu holds another one, for the map).
    const screen = page.locator('#text-layer .tl-screen');
    expect(await screen.getByRole('table').count()).toBe(1);
    const rows = await screen.locator('table tbody tr').count();
    expect(rows).toBe(foundersChoices.length);
    v = await press('Enter');
    expect(where(v)).toBe('ending:capped-profit-bet:epilogue');
    expect(await page.locator('#text-layer h1').textContent()).toBe(
      content.locales.en![content.story.epilogue.title],
    );
    expect(problems).toEqual([]);
  });
});

describe('keyboard only, through the text layer (as a screen-reader user)', () => {
  it('finishes the game with Tab and Enter on real buttons', async () => {
    const { page, problems } = await openGame(browser);
    /** Tabs until a button with this name has focus, then presses Enter on it. */
    const activate = async (name: RegExp) => {
      const before = where(await view(page));
      for (let tab = 0; tab < 80; tab++) {
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el instanceof HTMLButtonElement ? (el.textContent ?? '') : '';
        });
        if (name.test(focused)) {
          await page.keyboard.press('Enter');
          return nextScreen(page, before);
        }
        await page.keyboard.press('Tab');
      }
      throw new Error(`no button named ${name} reachable by Tab on ${before}`);
    };
    let v = await activate(/^Start a new game$/);
    v = await activate(new RegExp(`^${v.proceed!.label}$`));
    // First offered choice every time: a different route from the keyboard test above.
    while (v.screen !== 'ending') {
      if (v.screen === 'decision' && v.phase === 'choosing') v = await activate(/^1\. /);
      else v = await activate(new RegExp(`^${v.proceed!.label.replace(/[$()]/g, '\\$&')}$`));
    }
    while (v.screen === 'ending' && v.proceed !== null)
      v = await activate(new RegExp(`^${v.proceed.label}$`));
    expect(v.screen === 'ending' && v.phase).toBe('epilogue');
    await expect(page.getByRole('button', { name: 'Play again' }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });
});
