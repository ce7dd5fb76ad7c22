/**
 * Presenter pages fit a 1280×720 projector without scrolling: every page of a full lesson, in
 * English and Japanese, on the founders' route and on another (the first option every time),
 * walked with the keys a teacher uses. Each page (or part of a page too long for the screen)
 * must not overflow, and its body type must not be below the floor (20 px at 1280×720).
 * Back from a page's first part opens the page before on its last part.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { founders, openPresenter, presenterView, startLesson, typeTally } from './presenter.ts';
import { presenterBase, presenterFloor } from '../../src/ui/presenterType.ts';

const WIDTH = 1280;
const HEIGHT = 720;
const FLOOR = presenterFloor(presenterBase(WIDTH, HEIGHT));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface Shown {
  readonly id: string;
  readonly screen: string;
  /** How far the page's content runs past the screen, in CSS px (0: it fits). */
  readonly overflow: number;
  readonly body: number;
  /** "Part 2 of 3", or '' for a page shown whole. */
  readonly part: string;
}

/** What is on screen: the page, its part, how far it overflows, its body type size. */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const v = window.__fdPresenter!.view();
    const box = document.getElementById('presenter')!;
    const part = document.querySelector('.pr-part')?.textContent ?? '';
    const extra = v.screen === 'discussion' ? v.index : '';
    return {
      id: `${v.screen}:${v.heading}:${v.kicker}:${extra}:${part}`,
      screen: v.screen,
      overflow: box.scrollHeight - box.clientHeight,
      body: parseFloat(getComputedStyle(box).fontSize),
      part,
    };
  });
}

/** Presses a key and waits until another page, or another part of it, is shown. */
async function step(page: Page, key: string): Promise<Shown> {
  const before = (await shown(page)).id;
  await page.keyboard.press(key);
  await page.waitForFunction((b) => {
    const v = window.__fdPresenter!.view();
    const part = document.querySelector('.pr-part')?.textContent ?? '';
    const extra = v.screen === 'discussion' ? v.index : '';
    return `${v.screen}:${v.heading}:${v.kicker}:${extra}:${part}` !== b;
  }, before);
  return shown(page);
}

type Route = 'founders' | 'first';

/** Every page and part of a full lesson, from the prologue to the debrief. */
async function walk(locale: string, route: Route): Promise<{ seen: Shown[]; problems: string[] }> {
  const { page, problems } = await openPresenter(browser, { width: WIDTH, height: HEIGHT, locale });
  await startLesson(page, 'full');
  await page.locator('#pr-heading').focus();
  const seen: Shown[] = [];
  let now = await shown(page);
  for (let guard = 0; now.screen !== 'debrief' && guard < 400; guard++) {
    seen.push(now);
    const v = await presenterView(page);
    if (v.screen === 'voting') {
      const wanted = route === 'founders' ? founders.get(v.decision ?? '') : v.fields[0]!.id;
      await typeTally(
        page,
        v.fields.map((f) => (f.id === wanted ? '17' : '4')),
      );
      await page.locator('#pr-heading').focus();
    }
    now = await step(page, 'ArrowRight');
  }
  expect(now.screen).toBe('debrief');
  await page.context().close();
  return { seen, problems };
}

describe(`presenter pages fit ${WIDTH}×${HEIGHT} (body type at least ${FLOOR} px)`, () => {
  for (const locale of ['en-US', 'ja-JP'])
    for (const route of ['founders', 'first'] as const)
      it(`${locale}, ${route === 'founders' ? "the founders' route" : 'the first option every time'}`, async () => {
        const { seen, problems } = await walk(locale, route);
        const screens = new Set(seen.map((s) => s.screen));
        for (const kind of ['prologue', 'briefing', 'voting', 'decided', 'outcome', 'history'])
          expect(screens, kind).toContain(kind);
        expect(screens).toContain('discussion');
        expect(screens).toContain('ending');
        expect(seen.filter((s) => s.overflow > 0).map((s) => `${s.id} +${s.overflow}px`)).toEqual(
          [],
        );
        expect(seen.filter((s) => s.body < FLOOR).map((s) => `${s.id} ${s.body}px`)).toEqual([]);
        // Long pages were split, not shrunk past the floor.
        expect(seen.some((s) => s.part !== '')).toBe(true);
        expect(problems).toEqual([]);
      });

  it('steps through the parts with Next and Back; Back from a first part opens the page before on its last', async () => {
    const { page, problems } = await openPresenter(browser, { width: WIDTH, height: HEIGHT });
    await startLesson(page, 'full');
    await page.locator('#pr-heading').focus();
    let now = await shown(page);
    expect(now.screen).toBe('prologue');
    expect(now.part).toMatch(/^Part 1 of (\d+)$/);
    const parts = Number(/of (\d+)/.exec(now.part)![1]);
    let historyParts = 0;
    for (let i = 2; i <= parts; i++) {
      now = await step(page, 'PageDown');
      expect(now.part).toBe(`Part ${i} of ${parts}`);
      // Focus is on the heading, so the next key press still reaches the presenter.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pr-heading');
    }
    now = await step(page, ' ');
    expect(now.screen).toBe('briefing');
    expect(now.part).toMatch(/^Part 1 of/);
    // On to the first decision's discussion, through the vote and the record.
    for (let guard = 0; now.screen !== 'discussion' && guard < 40; guard++) {
      const v = await presenterView(page);
      if (v.screen === 'voting') {
        await typeTally(page, ['17', '4']);
        await page.locator('#pr-heading').focus();
      }
      if (now.screen === 'history') historyParts = Number(/of (\d+)/.exec(now.part)?.[1] ?? 1);
      now = await step(page, 'ArrowRight');
    }
    expect(historyParts).toBeGreaterThan(1);
    now = await step(page, 'ArrowLeft');
    expect(now.screen).toBe('history');
    expect(now.part).toBe(`Part ${historyParts} of ${historyParts}`);
    now = await step(page, 'PageUp');
    expect(now.part).toBe(`Part ${historyParts - 1} of ${historyParts}`);
    // The buttons do the same as the keys: "Continue" within a page.
    expect(await page.locator('[data-id="next"]').textContent()).toContain('Continue');
    await page.locator('[data-id="next"]').click();
    await page.waitForFunction(
      (p) => document.querySelector('.pr-part')?.textContent === p,
      `Part ${historyParts} of ${historyParts}`,
    );
    expect(problems).toEqual([]);
  });
});
