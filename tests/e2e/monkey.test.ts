/**
 * Monkey test: two minutes of random keys (digits, arrows, Enter, Space, Escape, Tab, letters)
 * and clicks at random points of the canvas and of the text layer (when it shows) on the built
 * game. Then: no console error, page error or off-origin request; the game still answers a
 * known key; its screen is one the game knows; the autosave, if any, parses and replays.
 *
 * The title's "Classroom / presenter" leaves the game for presenter mode, a page of its own; the
 * monkey plays on there (it is the same product), and at the end checks whichever page it is on,
 * then leaves presenter mode as a teacher would and checks the game too.
 *
 * Seeded: the seed is printed, and FD_MONKEY_SEED=<n> replays the same inputs (their timing,
 * and so what each one meets, can still differ a little). FD_MONKEY_MS shortens the run locally.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoryMachine } from '../../src/machine/storyMachine.ts';
import { replayEvents } from '../../src/machine/restore.ts';
import { DAMAGED_KEY, SAVE_KEY, parseSave } from '../../src/persistence/save.ts';
import {
  CLASSROOM_DAMAGED_KEY,
  CLASSROOM_SAVE_KEY,
  readClassroomSave,
} from '../../src/classroom/save.ts';
import { gameListening, launch, openGame } from './browser.ts';
import { PRESENTER_SCREENS } from './presenter.ts';
import { content, view, where } from './play.ts';

const SEED = Number(process.env.FD_MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUN_MS = Number(process.env.FD_MONKEY_MS ?? 120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** mulberry32: a small, seedable generator, so one number replays a whole run. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

const KEYS = [
  ...'123456789'.split('').map((d) => `Digit${d}`),
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Enter',
  'Enter',
  'Enter',
  'Space',
  'Escape',
  'Tab',
  'Shift+Tab',
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `Key${c.toUpperCase()}`),
];

/** A random point inside the element's box, or null when it is not on screen. */
async function pointIn(page: Page, selector: string, r: ReturnType<typeof generator>) {
  const box = await evaluateSettled(page, () =>
    page.evaluate((s) => {
      const rect = document.querySelector(s)?.getBoundingClientRect();
      if (rect === undefined) return null;
      // Only the part inside the window can be clicked.
      const left = Math.max(0, rect.left);
      const top = Math.max(0, rect.top);
      const right = Math.min(window.innerWidth, rect.right);
      const bottom = Math.min(window.innerHeight, rect.bottom);
      return { x: left, y: top, width: right - left, height: bottom - top };
    }, selector),
  );
  if (box === null || box.width < 2 || box.height < 2) return null;
  return { x: box.x + r.next() * box.width, y: box.y + r.next() * box.height };
}

declare global {
  interface Window {
    __trail?: string[];
  }
}

/**
 * Runs in the page: after every key and click, notes where the game is, what covers it, and
 * whether the canvas shows the heading of the machine's screen — the trail a failure prints.
 */
function recordTrail(): void {
  window.__trail = [];
  const note = (input: string) =>
    setTimeout(() => {
      const fd = window.__fd;
      if (fd === undefined) return;
      const v = fd.view();
      const at = 'decision' in v ? `${v.screen}:${v.decision}:${v.phase}` : v.screen;
      const shown = fd.canvasTexts().includes(v.heading) ? '' : ' (canvas shows another page)';
      window.__trail!.push(`${input} → ${at}, scene ${fd.screen()}, over ${fd.overlay()}${shown}`);
      window.__trail!.splice(0, window.__trail!.length - 40);
    }, 0);
  window.addEventListener('keydown', (e) => note(e.key), true);
  window.addEventListener('pointerdown', (e) => note(`click ${e.clientX},${e.clientY}`), true);
}

/** Closes whatever covers the page, then checks a known key still moves the game on. */
async function stillResponds(page: Page): Promise<string> {
  for (let i = 0; i < 6; i++) {
    // The map or the menu, or the settings (which the hook does not name, but which hide the
    // page's heading from the canvas).
    const covered = await page.evaluate(
      () =>
        window.__fd!.overlay() !== null ||
        !window.__fd!.canvasTexts().includes(window.__fd!.view().heading),
    );
    if (!covered) break;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const before = where(await view(page));
  // Enter goes on (a first press may only finish typing out the page); 1 picks on a choice.
  for (const key of ['Enter', 'Digit1', 'Enter', 'Enter']) {
    const unmoved = JSON.stringify(await view(page));
    await page.keyboard.press(key);
    const moved = await page
      .waitForFunction((b) => JSON.stringify(window.__fd!.view()) !== b, unmoved, {
        timeout: 2500,
      })
      .then(() => true)
      .catch(() => false);
    if (moved) return `${before} → ${where(await view(page))} on ${key}`;
  }
  const state = await page.evaluate(() => ({
    screen: window.__fd!.screen(),
    overlay: window.__fd!.overlay(),
    typing: window.__fd!.typing(),
    focus: document.activeElement?.outerHTML.slice(0, 120),
    trail: window.__trail,
  }));
  await page.screenshot({ path: `tests/e2e/artifacts/monkey-${SEED}.png` });
  throw new Error(
    `the game no longer answers Enter or 1 on ${before}: ${JSON.stringify(state, null, 1)}`,
  );
}

/**
 * Waits out a navigation the monkey caused (the title opening presenter mode, presenter mode
 * leaving for the game): the new page has loaded and one of the two hooks is there.
 */
async function settled(page: Page): Promise<void> {
  const { started, loaded } = navigations(page);
  for (const until = Date.now() + 30_000; loaded() < started(); await page.waitForTimeout(100))
    if (Date.now() > until) throw new Error(`a navigation did not end (${loaded()}/${started()})`);
  await page.waitForFunction(() => '__fd' in window || '__fdPresenter' in window);
}

const counted = new WeakMap<Page, { started: () => number; loaded: () => number }>();
/** Counts the page's own navigations begun and loads finished, from the first call on. */
function navigations(page: Page): { started: () => number; loaded: () => number } {
  const known = counted.get(page);
  if (known !== undefined) return known;
  let started = 0;
  let loaded = 0;
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) started += 1;
  });
  page.on('load', () => (loaded += 1));
  // A navigation cut short by the next one never loads: it ends here instead.
  page.on('requestfailed', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loaded += 1;
  });
  const counts = { started: () => started, loaded: () => loaded };
  counted.set(page, counts);
  return counts;
}

/** `page.evaluate`, once more after a navigation destroyed the page it was evaluated in. */
async function evaluateSettled<T>(page: Page, read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      const navigated = /context was destroyed|navigat/i.test(String(error));
      if (!navigated || attempt >= 3) throw error;
      await settled(page);
    }
  }
}

/** True when the page is presenter mode (reached from the title), not the game. */
async function inPresenter(page: Page): Promise<boolean> {
  return evaluateSettled(page, () =>
    page.evaluate(() => '__fdPresenter' in window && !('__fd' in window)),
  );
}

/**
 * Presenter mode after the monkey: a screen it knows, its saved lesson (if any) valid, and a
 * key still answered — Right goes on, Left goes back, wherever one of them moves.
 */
async function presenterStillResponds(page: Page, tail: string): Promise<string> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Which page (and part) is shown, not its clock: a countdown changes the view every second.
  const screen = () =>
    page.evaluate(() => {
      const v = window.__fdPresenter!.view();
      const index = 'index' in v ? v.index : null;
      // A long page is shown in parts (src/dom/classroom/fit.ts): the part is the screen's own.
      const part = document.getElementById('presenter')?.dataset['part'] ?? null;
      return JSON.stringify({
        screen: v.screen,
        heading: v.heading,
        kicker: v.kicker,
        index,
        part,
      });
    });
  const before = JSON.parse(await screen()) as { screen: string };
  expect(PRESENTER_SCREENS as readonly string[], tail).toContain(before.screen);
  const stored = await page.evaluate(
    ([save, damaged]) => ({
      save: localStorage.getItem(save!),
      damaged: localStorage.getItem(damaged!),
    }),
    [CLASSROOM_SAVE_KEY, CLASSROOM_DAMAGED_KEY],
  );
  expect(stored.damaged, tail).toBeNull();
  if (stored.save !== null) {
    const raw = stored.save;
    const read = readClassroomSave({
      getItem: (k) => (k === CLASSROOM_SAVE_KEY ? raw : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    });
    expect(read.kind, `the saved lesson parses (${tail})`).toBe('ok');
  }
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    const unmoved = await screen();
    await page.keyboard.press(key);
    const moved = await page
      .waitForFunction(
        (b) => {
          const v = window.__fdPresenter!.view();
          const index = 'index' in v ? v.index : null;
          const part = document.getElementById('presenter')?.dataset['part'] ?? null;
          const id = { screen: v.screen, heading: v.heading, kicker: v.kicker, index, part };
          return JSON.stringify(id) !== b;
        },
        unmoved,
        { timeout: 2500 },
      )
      .then(() => true)
      .catch(() => false);
    if (moved) return `${before.screen} answers ${key}`;
  }
  // Some screens wait for the teacher (a tally, a tie): neither key moves them, by design.
  const view = await page.evaluate(() => window.__fdPresenter!.view());
  if (view.next === null && !view.back) return `${before.screen} waits for the teacher`;
  await page.screenshot({ path: `tests/e2e/artifacts/monkey-${SEED}.png` });
  throw new Error(`presenter mode no longer answers Right or Left on ${before.screen} (${tail})`);
}

describe('monkey test', () => {
  it(
    `survives ${RUN_MS / 1000} s of random keys and clicks (seed ${SEED})`,
    async () => {
      console.info(`monkey seed ${SEED} (replay with FD_MONKEY_SEED=${SEED})`);
      const r = generator(SEED);
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await context.addInitScript(recordTrail);
      const { page, problems, url } = await openGame(browser, { context });
      navigations(page);
      // Source links open new tabs: they are closed, and nothing they ask for leaves the machine.
      context.on('page', (opened) => void opened.close());
      const origin = new URL(url).origin;
      await context.route(
        (u) => u.origin !== origin && !/^(data|blob):/.test(u.protocol),
        (route) => route.abort(),
      );
      const log: string[] = [];
      const end = Date.now() + RUN_MS;
      while (Date.now() < end) {
        const roll = r.next();
        if (roll < 0.6) {
          const key = r.pick(KEYS);
          log.push(key);
          await page.keyboard.press(key);
        } else {
          const inText = roll > 0.85;
          const target = (await inPresenter(page))
            ? '#presenter'
            : inText
              ? '#text-layer:focus-within'
              : '#game canvas';
          const at = await pointIn(page, target, r);
          if (at !== null) {
            log.push(`click ${target} ${Math.round(at.x)},${Math.round(at.y)}`);
            await page.mouse.click(at.x, at.y);
          }
        }
        await page.waitForTimeout(20 + r.int(120));
      }
      // The last input may have started a navigation (a key or click is answered within a
      // frame or two; the request follows at once): the checks read the page it leads to.
      await page.waitForTimeout(500);
      await settled(page);
      const tail = `seed ${SEED}; last inputs: ${log.slice(-15).join(', ')}`;
      console.info(`${log.length} inputs; ${tail}`);

      expect(problems, tail).toEqual([]);
      if (await inPresenter(page)) {
        console.info(`ended in presenter mode: ${await presenterStillResponds(page, tail)}`);
        // Out as the teacher leaves: the game's own address, without the mode.
        const game = new URL(page.url());
        game.searchParams.delete('mode');
        await page.goto(game.href);
        await gameListening(page);
      }
      const moved = await stillResponds(page);
      console.info(`still responds: ${moved}`);
      const v = await view(page);
      expect(['title', 'prologue', 'decision', 'reveal', 'ending'], tail).toContain(v.screen);
      const scene = await page.evaluate(() => window.__fd!.screen());
      expect(['title', 'story', 'ending'], tail).toContain(scene);

      const stored = await page.evaluate(
        ([save, damaged]) => ({
          save: localStorage.getItem(save!),
          damaged: localStorage.getItem(damaged!),
        }),
        [SAVE_KEY, DAMAGED_KEY],
      );
      expect(stored.damaged, tail).toBeNull();
      if (stored.save !== null) {
        const read = parseSave(stored.save);
        if (read.kind !== 'ok') throw new Error(`the autosave does not parse (${tail})`);
        const replayed = replayEvents(createStoryMachine(content), read.save.events, {
          state: read.save.state,
          path: read.save.path,
        });
        expect(replayed, `the autosave replays (${tail})`).not.toBeNull();
        replayed?.stop();
      }
      expect(problems, tail).toEqual([]);
      await context.close();
    },
    RUN_MS + 90_000,
  );
});
