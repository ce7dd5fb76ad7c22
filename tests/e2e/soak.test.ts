/**
 * A long visit leaks nothing (issue 7: "scene restarts and listeners must not leak"). One page
 * plays the same lap again and again: the founders' route to its ending, the menu and the map
 * over it, the language switched both ways, back to the third decision, another ending, and
 * the ending's pages back to the title. Every scene starts and stops several times a lap. On the
 * title after the first lap and after the last, every listener (the game's emitters, the
 * session's, `window`'s and `document`'s), texture, scene and DOM element count must be the
 * same, and the game's page-transition marks stay bounded although more transitions were made
 * than are kept. It fails on a listener left behind by a scene (checked by leaving one out).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceCounts } from '../../src/perf/resources.ts';
import { TRANSITIONS_KEPT } from '../../src/perf/timeline.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { launch, openGame } from './browser.ts';
import { activate, clickCanvas, decisionName, en, overlay, playChoices, press } from './drive.ts';
import { content, foundersChoices, nextScreen, view, where } from './play.ts';

const ja = content.locales.ja!;
const third = historicalRoute(content).steps[2]!.decision;
/** After the founders' first two choices: turn Microsoft down, then Musk's way (another ending). */
const detour = ['decline', 'give-musk-control', 'keep-separate', 'decline'];
const LAPS = 4;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function switchLanguage(page: Page, name: string, lang: string): Promise<void> {
  await page.locator('#text-layer').getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** One lap, from the title back to the title. */
async function lap(page: Page): Promise<void> {
  let v = await playChoices(page, foundersChoices);
  expect(v.screen).toBe('ending');
  await page.keyboard.press('Escape');
  await overlay(page, 'menu');
  await clickCanvas(page, en['ui.map.open']!);
  await overlay(page, 'map:map');
  await page.keyboard.press('Escape');
  await overlay(page, null);
  await switchLanguage(page, ja['ui.lang.switchTo']!, 'ja');
  await switchLanguage(page, en['ui.lang.switchTo']!, 'en');
  const before = where(await view(page));
  await activate(page, `Choose again: ${decisionName(third)}`);
  await page.keyboard.press('Enter'); // "Yes, go back", focused by the confirm step
  await nextScreen(page, before);
  v = await playChoices(page, detour);
  expect(v.screen).toBe('ending');
  while (v.screen !== 'title') v = await press(page, 'Enter');
}

type Counts = ResourceCounts & { windowListeners: number; documentListeners: number };

/** Event listeners on `window` or `document`, as DevTools lists them (the page cannot). */
async function domListeners(cdp: CDPSession, target: 'window' | 'document'): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: target });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
  });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.length;
}

/**
 * The counts once the title has settled: read two frames apart until two readings agree, so a
 * listener that lives for one frame (a button becoming clickable) is not counted by chance.
 */
async function settledCounts(page: Page, cdp: CDPSession): Promise<Counts> {
  let last = '';
  for (let reading = 0; reading < 30; reading++) {
    const game = await page.evaluate(
      () =>
        new Promise<ResourceCounts>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(window.__fd!.resources()))),
        ),
    );
    const now = {
      ...game,
      windowListeners: await domListeners(cdp, 'window'),
      documentListeners: await domListeners(cdp, 'document'),
    };
    if (JSON.stringify(now) === last) return now;
    last = JSON.stringify(now);
  }
  throw new Error(`the counts never settled: ${last}`);
}

describe('a long visit', () => {
  it(`leaves every listener, texture and DOM count as it was after lap 1 after ${LAPS} laps`, async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'en-US',
    });
    // Counts every transition the game marks, also those it has since cleared.
    await context.addInitScript(() => {
      let seen = 0;
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'fd-transition-start') seen += 1;
        return mark(name, options);
      };
      Object.defineProperty(window, '__transitionsSeen', { get: () => seen });
    });
    const { page, problems } = await openGame(browser, { context });
    const cdp = await context.newCDPSession(page);
    await lap(page);
    const afterOne = await settledCounts(page, cdp);
    for (let n = 1; n < LAPS; n++) await lap(page);
    const afterMany = await settledCounts(page, cdp);
    const { transitionMarks, ...counts } = afterMany;
    const { transitionMarks: marksAfterOne, ...countsAfterOne } = afterOne;
    expect(counts).toEqual(countsAfterOne);
    expect(counts.sessionListeners).toBeGreaterThan(0);
    expect(counts.textures).toBeGreaterThan(0);
    expect(counts.windowListeners).toBeGreaterThan(0);
    const seen = await page.evaluate(
      () => (window as unknown as { __transitionsSeen: number }).__transitionsSeen,
    );
    expect(seen, 'more transitions made than are kept').toBeGreaterThan(TRANSITIONS_KEPT);
    expect(marksAfterOne).toBeGreaterThan(0);
    expect(transitionMarks).toBeLessThanOrEqual(TRANSITIONS_KEPT);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
