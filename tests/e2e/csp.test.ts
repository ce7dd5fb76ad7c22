/**
 * The built page's Content-Security-Policy (scripts/csp.ts): the game plays through, with sound,
 * the map, the menu, settings and a file download, and the browser reports no violation; a
 * planted inline script and a request off the origin are both blocked, which proves the policy
 * is on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVED_POLICY, policyText } from '../../scripts/csp.ts';
import { launch, openGame } from './browser.ts';
import { activate, clickCanvas, en, overlay, playChoices } from './drive.ts';
import { foundersChoices } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

declare global {
  interface Window {
    __cspViolations?: string[];
    __planted?: boolean;
  }
}

/** Runs in the page before its scripts: records every CSP violation. */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`),
  );
}

/** The game in a page that records every CSP violation from its first script on. */
async function openWatched() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(recordViolations);
  return openGame(browser, { context });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

describe('Content-Security-Policy of the built page', () => {
  it('is in the page, and the game plays through without one violation', async () => {
    const { page, context, problems } = await openWatched();
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(policyText(SERVED_POLICY));
    const sounds: string[] = [];
    page.on('requestfinished', (r) => {
      if (/\.(mp3|wav|ogg)$/.test(r.url())) sounds.push(r.url());
    });

    // The keyboard gesture unlocks sound: every cue of the route loads and plays on the way.
    await playChoices(page, foundersChoices);
    await clickCanvas(page, en['ui.map.open']!);
    await overlay(page, 'map:map');
    await page.keyboard.press('Escape');
    await overlay(page, null);
    const download = page.waitForEvent('download');
    await activate(page, en['ui.data.save']!);
    await download;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);

    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // Howler fetched its files under connect-src 'self' (the smallest are inlined as data:).
    expect(sounds.length).toBeGreaterThan(0);
    await context.close();
  });

  it('holds in presenter mode too: its pages show without one violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(recordViolations);
    const { page, problems } = await openGame(browser, {
      context,
      query: '?mode=presenter',
      hook: '__fdPresenter',
    });
    const shown = () => page.evaluate(() => JSON.stringify(window.__fdPresenter!.view()));
    const first = await shown();
    for (const key of ['Enter', 'ArrowRight', 'Space', 'ArrowRight', 'PageDown']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    expect(await shown(), 'the keys moved presenter mode on').not.toBe(first);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('blocks a planted inline script and a request off the origin', async () => {
    const { page, context, problems } = await openWatched();
    const offOrigin: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith('https://')) offOrigin.push(r.url());
    });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__planted = true';
      document.head.append(script);
    });
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    expect(await page.evaluate(() => window.__planted)).toBeUndefined();
    await expect
      .poll(() => violations(page))
      .toEqual(['script-src-elem inline', 'connect-src https://example.com/']);
    expect(offOrigin).toEqual([]);
    // The browser says so in the console, where the harness hears both refusals as errors.
    const refusals = problems.filter((p) => /Content Security Policy/.test(p)).join('\n');
    expect(refusals).toMatch(/Executing inline script violates .* The action has been blocked/);
    expect(refusals).toMatch(/Connecting to 'https:\/\/example\.com\/' violates .* blocked/);
    await context.close();
  });
});
