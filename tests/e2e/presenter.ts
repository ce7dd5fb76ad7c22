/** Driving presenter mode from a Playwright page: its view, keys, tally fields, page counts. */
import type { Browser, Page } from 'playwright-core';
import type { PresenterView } from '../../src/classroom/presenterTypes.ts';
import { openGame, type Watched } from './browser.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { content } from './play.ts';
import jaPresenterLines from '../../src/content/locales/ja/presenter.json';

/** Presenter mode's Japanese lines, as a test reads them to compare with the page. */
export const jaPresenter: Record<string, string> = jaPresenterLines;

/** Every screen presenter mode has (PresenterView's `screen`). */
export const PRESENTER_SCREENS = [
  'setup',
  'prologue',
  'briefing',
  'voting',
  'tieBreak',
  'decided',
  'outcome',
  'history',
  'discussion',
  'recap',
  'ending',
  'debrief',
] as const;

export const founders = new Map(historicalRoute(content).steps.map((s) => [s.decision, s.choice]));

/**
 * Presenter mode in a fresh page (settings as a first visit would have them). The built page's
 * CSP forbids inline scripts, and axe-core is injected as one: the context bypasses the CSP.
 */
export async function openPresenter(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    locale: options.locale ?? 'en-US',
    bypassCSP: true,
  });
  return openGame(browser, { context, query: '?mode=presenter', hook: '__fdPresenter' });
}

export function presenterView(page: Page): Promise<PresenterView> {
  return page.evaluate(() => window.__fdPresenter!.view());
}

/** The screen's identity: "voting:funding", "discussion:2"… */
async function screenId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const v = window.__fdPresenter!.view();
    return `${v.screen}:${v.heading}:${v.kicker}:${v.screen === 'discussion' ? v.index : ''}`;
  });
}

/** The part of a page too long for the screen that is showing ("Part 2 of 3"), or ''. */
function partShown(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.pr-part')?.textContent ?? '');
}

/**
 * Presses a key and waits until the presenter shows another page. A page split into parts (see
 * src/dom/classroom/fit.ts) takes one press per part: each is awaited before the next.
 */
export async function pressOn(page: Page, key: string): Promise<PresenterView> {
  const before = await screenId(page);
  for (let guard = 0; guard < 30; guard++) {
    const part = await partShown(page);
    await page.keyboard.press(key);
    await page.waitForFunction(
      ([b, p]) => {
        const v = window.__fdPresenter!.view();
        const id = `${v.screen}:${v.heading}:${v.kicker}:${v.screen === 'discussion' ? v.index : ''}`;
        return id !== b || (document.querySelector('.pr-part')?.textContent ?? '') !== p;
      },
      [before, part] as const,
    );
    if ((await screenId(page)) !== before) return presenterView(page);
  }
  throw new Error(`${key} did not leave ${before}`);
}

/**
 * Runs `read` on every part of the page showing (one call for a page shown whole), stepping
 * through the parts with Right; leaves the page on its last part.
 */
export async function eachPart(page: Page, read: () => Promise<void>): Promise<void> {
  const part = () =>
    page.evaluate(() => document.getElementById('presenter')?.dataset['part'] ?? '1/1');
  for (let now = await part(); ; now = await part()) {
    await read();
    const [n, of] = now.split('/').map(Number);
    if (n === undefined || of === undefined || n >= of) return;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (p) => document.getElementById('presenter')?.dataset['part'] !== p,
      now,
    );
  }
}

/** Starts a lesson from the set-up screen with the keyboard. */
export async function startLesson(page: Page, lesson: 'full' | 'short'): Promise<void> {
  await page.locator(`[data-id="lesson-${lesson}"]`).check();
  await page.locator('[data-id="start"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__fdPresenter!.view().screen === 'prologue');
}

/** Types each option's hands into its field, found by number key as a teacher would. */
export async function typeTally(page: Page, hands: readonly string[]): Promise<void> {
  for (const [i, value] of hands.entries()) {
    await page.locator('#pr-heading').focus();
    await page.keyboard.press(String(i + 1));
    await page.keyboard.type(value);
  }
}

/** The tally that makes the founders' choice win (or the first option where they had none). */
export function tallyFor(view: Extract<PresenterView, { screen: 'voting' }>): string[] {
  const winner = founders.get(view.decision ?? '') ?? view.fields[0]!.id;
  return view.fields.map((f) => (f.id === winner ? '17' : '4'));
}

/** Pages a PDF has: its `/Type /Page` objects (not the `/Pages` tree nodes). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
