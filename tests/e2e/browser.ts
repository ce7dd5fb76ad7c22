/**
 * Debian's Chromium under playwright-core, and a page that records everything a test must
 * refuse: console errors, uncaught exceptions, failed loads and any request off localhost.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
}

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors, failed requests and off-origin requests, as text. */
  readonly problems: string[];
  readonly url: string;
}

/**
 * Settings stored before the game loads, unless the test stores its own: the story pages show
 * whole at once, so a play-through is not waiting on the canvas typewriter (tested on its own).
 */
export const TEST_SETTINGS = { textSpeed: 'instant' } as const;

/**
 * A fresh context and page, watched; the game's address is baseURL (+ query). `locale` is the
 * browser's language; `settings` are stored on the first visit only (null: none, as a new player).
 */
export async function openGame(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    query?: string;
    context?: BrowserContext;
    locale?: string;
    settings?: Record<string, unknown> | null;
    /** The test hook the page is ready with: the game's, or presenter mode's `__fdPresenter`. */
    hook?: string;
  } = {},
): Promise<Watched> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
      locale: options.locale ?? 'en-US',
    }));
  const seed = options.settings === undefined ? TEST_SETTINGS : options.settings;
  if (seed !== null)
    await context.addInitScript((settings) => {
      if (localStorage.getItem('founders-dilemma.settings') === null)
        localStorage.setItem(
          'founders-dilemma.settings',
          JSON.stringify({ game: 'founders-dilemma', schema: 1, settings }),
        );
    }, seed);
  const page = await context.newPage();
  const base = inject('baseURL');
  const origin = new URL(base).origin;
  const problems: string[] = [];
  page.on('console', (m) => {
    // Software WebGL prints driver performance notes as warnings; errors are what we refuse.
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Leaving the page (a test's goto or reload) cancels what it was still loading, e.g. a music
  // bed fetched after the first key: those requests fail as ERR_ABORTED and are no fault.
  let pageLoads = 0;
  const loadOf = new WeakMap<Request, number>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) pageLoads += 1;
    loadOf.set(r, pageLoads);
  });
  page.on('requestfailed', (r) => {
    const leftBehind = loadOf.get(r) !== pageLoads;
    if (leftBehind && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`off-origin request: ${u}`);
  });
  const url = base + (options.query ?? '');
  await page.goto(url);
  const hook = options.hook ?? '__fd';
  await page.waitForFunction((h) => h in window, hook);
  if (hook === '__fd') await gameListening(page);
  return { page, context, problems, url };
}

/**
 * Waits until the scene the game routed to is drawn (its page's heading is among the canvas's
 * texts) and the text layer is built. The hook exists before Phaser has booted and created that
 * scene, and a key pressed in between reaches no scene (a test's first Enter was lost so on a
 * loaded CI machine); the text layer is built just after the first page is painted
 * (src/perf/firstPage.ts).
 */
export async function gameListening(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const fd = window.__fd;
    const layerBuilt = (document.getElementById('text-layer')?.childElementCount ?? 0) > 0;
    return (
      fd !== undefined &&
      fd.screen() !== null &&
      fd.canvasTexts().includes(fd.view().heading) &&
      layerBuilt
    );
  });
}
