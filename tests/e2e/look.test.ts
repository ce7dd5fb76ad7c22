/**
 * Sound and motion in the built game: the music files decode in Chromium to loops of the right
 * length and level; nothing is fetched or played before the first gesture; the music follows the
 * era and goes quiet in a hidden tab; audio files that fail (refused, or garbage) never stop the
 * game; and under reduced motion a page transition runs no tween and ends at once.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DURATION } from '../../src/ui/theme.ts';
import { launch, openGame, type Watched } from './browser.ts';
import { playChoices, press } from './drive.ts';
import { foundersChoices, view, where } from './play.ts';

const AUDIO = /\.(mp3|ogg|wav)(\?|$)/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Audio URLs the pages of `context` asked for, from before they load. */
function audioRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => {
    if (AUDIO.test(r.url())) urls.push(r.url());
  });
  return urls;
}

const newContext = () => browser.newContext({ viewport: { width: 1280, height: 720 } });

const music = (page: Page) => page.evaluate(() => window.__fd!.music());

/**
 * What Howler itself says of a music bed (Howler puts itself on `window`): whether it is
 * playing, its volume and where its loop starts and ends (seconds), or null if never loaded.
 */
const howlerBed = (page: Page, era: string) =>
  page.evaluate((e) => {
    interface Sound {
      _node?: { bufferSource?: { loop: boolean; loopStart: number; loopEnd: number } };
    }
    interface HowlLike {
      _src: string | string[];
      _sounds: Sound[];
      playing(): boolean;
      volume(): number;
    }
    const howls = (window as unknown as { Howler: { _howls: HowlLike[] } }).Howler._howls;
    const bed = howls.find((h) => String(h._src).includes(`music-${e}`));
    if (bed === undefined) return null;
    const source = bed._sounds.find((s) => s._node?.bufferSource)?._node?.bufferSource;
    return {
      playing: bed.playing(),
      volume: bed.volume(),
      loop: source === undefined ? null : [source.loop, source.loopStart, source.loopEnd],
    };
  }, era);

/** Plays the founders' route from the title to its ending, by keyboard. */
async function playToEnding(page: Page): Promise<string> {
  await playChoices(page, foundersChoices);
  return where(await view(page));
}

/**
 * Problems other than the audio requests this test refused on purpose (Chromium reports each
 * refused request on the console too, without its address).
 */
const otherProblems = (w: Watched) =>
  w.problems.filter(
    (p) => !AUDIO.test(p) && p !== 'console: Failed to load resource: net::ERR_FAILED',
  );

describe('music', () => {
  it('decodes in Chromium: three mono loops of 30–60 s, peaking well below full scale', async () => {
    const w = await openGame(browser);
    // The bundle names the files it imports (relative to itself); fetch each bed and decode it
    // as the game would.
    const beds = await w.page.evaluate(async () => {
      // Every script the page loaded, the chunks it imported on the way included.
      const scripts = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.endsWith('.js'));
      const found = await Promise.all(
        scripts.map(async (src) => {
          const js = await fetch(src).then((r) => r.text());
          return (js.match(/[\w./-]*music-[\w-]+\.mp3/g) ?? []).map((n) => new URL(n, src).href);
        }),
      );
      const names = [...new Set(found.flat())];
      const ctx = new OfflineAudioContext(1, 1, 22050);
      return Promise.all(
        names.map(async (name) => {
          const bytes = await fetch(new URL(name, location.href)).then((r) => r.arrayBuffer());
          const audio = await ctx.decodeAudioData(bytes);
          const samples = audio.getChannelData(0);
          let peak = 0;
          for (const v of samples) peak = Math.max(peak, Math.abs(v));
          return { name, bytes: bytes.byteLength, seconds: audio.duration, peak };
        }),
      );
    });
    expect(beds.map((b) => /music-(2015-16|2017|2018-19)-/.exec(b.name)?.[1]).sort()).toEqual([
      '2015-16',
      '2017',
      '2018-19',
    ]);
    for (const bed of beds) {
      expect(bed.seconds, bed.name).toBeGreaterThan(30);
      expect(bed.seconds, bed.name).toBeLessThan(60);
      expect(bed.peak, bed.name).toBeGreaterThan(0.15);
      expect(bed.peak, bed.name).toBeLessThan(0.6);
      expect(bed.bytes, bed.name).toBeLessThan(250_000);
    }
    expect(w.problems).toEqual([]);
  });

  it('is neither fetched nor played before the first gesture, then follows the era', async () => {
    const context = await newContext();
    const urls = audioRequests(context);
    const w = await openGame(browser, { context });
    await w.page.waitForTimeout(1500);
    // No audio file at all is fetched on the title before the player does anything.
    expect(urls).toEqual([]);
    expect(await music(w.page)).toBeNull();

    await press(w.page, 'Enter'); // the first gesture: the prologue, in 2015
    await w.page.waitForFunction(() => window.__fd!.music() === '2015-16');
    expect(urls.some((u) => u.includes('music-2015-16'))).toBe(true);
    // Howler really plays it, looping the bed's own span (past the MP3's leading delay).
    await expect.poll(() => howlerBed(w.page, '2015-16')).toMatchObject({ playing: true });
    const bed = (await howlerBed(w.page, '2015-16'))!;
    expect(bed.loop?.[0]).toBe(true);
    expect(bed.loop?.[1]).toBeCloseTo(0.05, 2);
    expect(bed.loop?.[2]).toBeCloseTo(0.05 + (12 * 4 * 60) / 84, 2);
    expect(urls.some((u) => u.includes('music-2017'))).toBe(false);

    // On to September 2017 (the fourth decision): the bed of 2017 takes over.
    await playChoices(w.page, foundersChoices.slice(0, 3));
    await w.page.waitForFunction(() => window.__fd!.music() === '2017');
    await expect.poll(() => howlerBed(w.page, '2017')).toMatchObject({ playing: true });
    // The bed of 2015–16 fades out and stops.
    await expect
      .poll(() => howlerBed(w.page, '2015-16'), { timeout: 3 * DURATION.musicCrossfade })
      .toMatchObject({ playing: false });
    expect(w.problems).toEqual([]);
    await context.close();
  });

  it('goes quiet while the tab is hidden and comes back with it', async () => {
    const w = await openGame(browser);
    await press(w.page, 'Enter');
    await w.page.waitForFunction(() => window.__fd!.music() === '2015-16');
    const setHidden = (hidden: boolean) =>
      w.page.evaluate((h) => {
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (h ? 'hidden' : 'visible'),
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    expect(await music(w.page)).toBeNull();
    // Howler holds a pause back while the audio context is still resuming from the first
    // gesture (its "play lock") and applies it on resume: the bed stops within moments.
    await expect.poll(() => howlerBed(w.page, '2015-16')).toMatchObject({ playing: false });
    await setHidden(false);
    expect(await music(w.page)).toBe('2015-16');
    expect(w.problems).toEqual([]);
  });
});

describe('audio that fails never stops the game', () => {
  it('with every audio request refused, the founders’ route plays to its ending', async () => {
    const context = await newContext();
    await context.route('**/*.{mp3,ogg,wav}', (r) => r.abort());
    const urls = audioRequests(context);
    const w = await openGame(browser, { context });
    expect(await playToEnding(w.page)).toMatch(/^ending:/);
    // The music was asked for (and refused): the failure path really ran.
    expect(urls.some((u) => u.includes('music-'))).toBe(true);
    // The last bed's failure arrives a moment after its request: then no music is left playing.
    await expect.poll(() => music(w.page)).toBeNull();
    expect(otherProblems(w)).toEqual([]);
    await context.close();
  });

  it('with garbage served for every audio file, the game plays on and still responds', async () => {
    const context = await newContext();
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
    await context.route('**/*.{mp3,ogg,wav}', (r) =>
      r.fulfill({ status: 200, contentType: 'audio/mpeg', body: garbage }),
    );
    const urls = audioRequests(context);
    const w = await openGame(browser, { context });
    expect(await playToEnding(w.page)).toMatch(/^ending:/);
    expect(urls.some((u) => u.includes('music-'))).toBe(true);
    // The last bed's failure arrives a moment after its request: then no music is left playing.
    await expect.poll(() => music(w.page)).toBeNull();
    for (const era of ['2015-16', '2017', '2018-19'])
      expect((await howlerBed(w.page, era))?.playing ?? false).toBe(false);
    // Still responding: the ending's pages go on.
    const before = where(await view(w.page));
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction((b) => {
      const v = window.__fd!.view();
      return v.screen !== 'ending' || v.phase !== b.split(':')[2];
    }, before);
    expect(w.problems).toEqual([]);
    await context.close();
  });
});

describe('motion', () => {
  /** The transitions so far: how long each took and how many tweens it ran. */
  const transitions = (page: Page) =>
    page.evaluate(() => {
      const starts = performance.getEntriesByName('fd-transition-start');
      const ends = performance.getEntriesByName('fd-transition-end') as PerformanceMark[];
      return ends.map((end, i) => ({
        ms: end.startTime - (starts[i]?.startTime ?? Number.NaN),
        ...(end.detail as { tweens: number; cut: boolean }),
      }));
    });

  /** Waits until the transition on screen has ended. */
  const settled = (page: Page) =>
    page.waitForFunction(
      () =>
        performance.getEntriesByName('fd-transition-end').length ===
        performance.getEntriesByName('fd-transition-start').length,
    );

  /** Title → prologue → briefing → choices (the same page) → outcome → "What really happened". */
  async function throughTheFirstReveal(page: Page) {
    await settled(page);
    for (const key of ['Enter', 'Enter', 'Enter', '1', 'Enter']) {
      await press(page, key);
      await settled(page);
    }
  }

  it('marks every page transition; the record’s cards arrive one after another', async () => {
    const w = await openGame(browser, { settings: { textSpeed: 'instant', reducedMotion: false } });
    await throughTheFirstReveal(w.page);
    const all = await transitions(w.page);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const t of all) {
      expect(t.tweens).toBeGreaterThanOrEqual(1);
      expect(t.cut).toBe(false);
      expect(t.ms).toBeGreaterThanOrEqual(DURATION.pageIn - 20);
    }
    // The history page: the page itself and at least one card.
    expect(all.at(-1)!.tweens).toBeGreaterThanOrEqual(2);
    expect(w.problems).toEqual([]);
  });

  it('under reduced motion, runs no tween and ends each transition at once', async () => {
    const w = await openGame(browser, { settings: { textSpeed: 'instant', reducedMotion: true } });
    await throughTheFirstReveal(w.page);
    const all = await transitions(w.page);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const t of all) {
      expect(t.tweens).toBe(0);
      expect(t.ms).toBeLessThan(5);
    }
    expect(w.problems).toEqual([]);
  });
});
