/**
 * Faults in the game's files. The game loads no image file (its fonts are the system's, the
 * title's case-file art is drawn in code, and Phaser's own built-in textures are data: URIs
 * inside its script), so the files that can fail are the sounds. tests/e2e/look.test.ts covers
 * every sound request refused by the network and every file arriving as garbage; this covers the
 * third way, Howler's HTTP-status branch: every sound file answered with 404. The game plays from
 * the title to its ending, sound is asked for on the way, each missing file is given up on, and
 * nothing is logged but the browser's own note of each 404.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame } from './browser.ts';
import { playChoices, press } from './drive.ts';
import { foundersChoices, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const SOUND = /\.(mp3|ogg|wav|m4a)$/;

describe('every sound file missing (404)', () => {
  it('the game plays to its ending in silence, with no error of its own', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const asked: string[] = [];
    await context.route(SOUND, (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 404, body: 'not found' });
    });
    const { page, problems } = await openGame(browser, { context });
    expect(where(await playChoices(page, foundersChoices))).toMatch(/^ending:.*:summary$/);
    await press(page, 'Enter');
    const v = await press(page, 'Enter');
    expect(where(v)).toBe('ending:capped-profit-bet:epilogue');
    // The keyboard unlocked sound, so files were asked for and every one of them failed.
    // (the music of the three eras and the larger cues: five files when this was written).
    expect(new Set(asked).size).toBeGreaterThanOrEqual(3);
    const missingNotes = (p: string) =>
      /^console: Failed to load resource: the server responded with a status of 404/.test(p);
    expect(problems.filter((p) => !missingNotes(p))).toEqual([]);
    // A broken file is given up on, not asked for again on every cue.
    const perFile = new Map<string, number>();
    for (const url of asked) perFile.set(url, (perFile.get(url) ?? 0) + 1);
    expect(Math.max(...perFile.values())).toBeLessThanOrEqual(2);
    await context.close();
  });
});
