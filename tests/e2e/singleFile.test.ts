/**
 * The single-file build, as a teacher uses it: built here with vite.single.config.ts (or taken
 * from FD_SINGLE), opened from file:// in Chromium with every request that is not the file
 * itself, data: or blob: refused, and played from the title to an ending with the keyboard.
 * Nothing may be requested off the file, nothing logged as an error, nothing refused by the
 * page's own policy; and a reload offers to continue (localStorage works per file on file://).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE_NAME } from '../../scripts/singleFile.ts';
import { launch, gameListening } from './browser.ts';
import { playChoices, press } from './drive.ts';
import { foundersChoices, nextScreen, view, where } from './play.ts';

let browser: Browser;
let file: string;
let built: string | null = null;

beforeAll(async () => {
  if (process.env.FD_SINGLE) file = process.env.FD_SINGLE;
  else {
    built = await mkdtemp(join(tmpdir(), 'fd-single-'));
    await build({
      configFile: 'vite.single.config.ts',
      build: { outDir: built },
      logLevel: 'warn',
    });
    file = join(built, SINGLE_FILE_NAME);
  }
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser.close();
  if (built !== null) await rm(built, { recursive: true, force: true });
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Offline {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors, CSP violations and every request other than the file's own. */
  readonly problems: string[];
}

async function openOffline(): Promise<Offline> {
  const url = pathToFileURL(file).href;
  // Reduced motion shows each page whole at once, without the settings storage would hold.
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    return u === url || /^(data|blob):/.test(u) ? route.continue() : route.abort();
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (u !== url && !/^(data|blob):/.test(u)) problems.push(`request off the file: ${u}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(url);
  await gameListening(page);
  return { context, page, problems };
}

describe('the single-file build, from file://', () => {
  it('is one file, with a policy that hashes its script and style', async () => {
    const { size } = await stat(file);
    console.info(`${SINGLE_FILE_NAME}: ${(size / 1024 / 1024).toFixed(2)} MiB`);
    const { context, page, problems } = await openOffline();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[\w+/=]+'; style-src 'sha256-/);
    expect(policy).not.toMatch(/unsafe-inline|'self'|https?:/);
    const external = await page.evaluate(
      () =>
        document.querySelectorAll('script[src], link[rel="stylesheet"], link[href^="./"]').length,
    );
    expect(external).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('plays from the title to the founders’ ending with the keyboard, and saves on file://', async () => {
    const { context, page, problems } = await openOffline();
    expect((await view(page)).screen).toBe('title');
    let v = await playChoices(page, foundersChoices.slice(0, 2));
    expect(where(v)).toMatch(/^decision:.*:briefing$/);

    await page.reload();
    await gameListening(page);
    const title = await view(page);
    if (title.screen !== 'title') throw new Error(where(title));
    expect(title.resume, 'the autosave survived a reload of the file').not.toBeNull();
    await page.getByRole('button', { name: title.resume!.label }).focus();
    await page.keyboard.press('Enter');
    v = await nextScreen(page, 'title');
    expect(where(v)).toBe(where(await view(page)));
    expect(v.screen === 'decision' && v.progress.step).toBe(2);

    v = await playChoices(page, foundersChoices.slice(2));
    expect(where(v)).toBe('ending:capped-profit-bet:summary');
    await press(page, 'Enter');
    v = await press(page, 'Enter');
    expect(where(v)).toBe('ending:capped-profit-bet:epilogue');
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
