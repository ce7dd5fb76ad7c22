/**
 * Presenter mode end to end in Chromium: a short lesson driven from the keyboard with tallies,
 * a bad tally refused with its message, a reload mid-lesson that resumes, the debrief printed
 * to PDF (A4 and Letter, at most two pages each) and downloaded as CSV and JSON, axe on every
 * kind of presenter page, and the start of a full lesson.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, blocking, type AxeViolation } from './a11y.ts';
import { launch, openGame, gameListening } from './browser.ts';
import { loadClassroom } from '../../src/classroom/pack.ts';
import { activate, clickCanvas, en } from './drive.ts';
import { content } from './play.ts';
import {
  eachPart,
  founders,
  openPresenter,
  pdfPages,
  presenterView,
  pressOn,
  startLesson,
  tallyFor,
  typeTally,
  jaPresenter,
  PRESENTER_SCREENS,
} from './presenter.ts';

const classroom = loadClassroom(content);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** axe on the page now, keyed by the kind of page, once per kind. */
async function checkOnce(page: Page, found: Record<string, AxeViolation[]>): Promise<void> {
  const v = await presenterView(page);
  if (v.screen in found) return;
  found[v.screen] = blocking(await axe(page));
}

/** From a decision's briefing: votes the founders' choice, then every page and prompt. */
async function throughDecision(page: Page, found: Record<string, AxeViolation[]>): Promise<void> {
  await checkOnce(page, found);
  let v = await pressOn(page, 'ArrowRight');
  if (v.screen !== 'voting') throw new Error(`not voting: ${v.screen}`);
  await checkOnce(page, found);
  // The outcome is locked while the class votes: nothing of it is on the page.
  expect(await page.locator('#presenter').textContent()).not.toContain(en['ui.history.heading']);
  await typeTally(page, tallyFor(v));
  await page.locator('#pr-heading').focus();
  v = await pressOn(page, 'PageDown');
  expect(v.screen).toBe('decided');
  await checkOnce(page, found);
  v = await pressOn(page, ' ');
  expect(v.screen).toBe('outcome');
  await checkOnce(page, found);
  v = await pressOn(page, 'ArrowRight');
  expect(v.screen).toBe('history');
  await checkOnce(page, found);
  v = await pressOn(page, 'ArrowRight');
  if (v.screen !== 'discussion') throw new Error(`not discussing: ${v.screen}`);
  await checkOnce(page, found);
  // Each prompt, one at a time: its sources linked, its quote exactly as in quotes.json.
  const prompts = classroom.prompts[v.decision ?? '']!;
  expect(v.total).toBe(prompts.length);
  for (const [i, prompt] of prompts.entries()) {
    // A prompt too long for the screen is split into parts: read them all.
    const on = page.locator('.pr-discussion');
    let links = 0;
    const quotes: string[] = [];
    await eachPart(page, async () => {
      links += await on.locator('.tl-sources a').count();
      quotes.push(...(await on.locator('blockquote').allTextContents()));
    });
    expect(links, `${v.decision} ${i}`).toBe(prompt.sources.length);
    expect(quotes).toEqual(prompt.quotes.map((q) => content.quotes.get(q)!.text));
    await pressOn(page, 'ArrowRight');
  }
}

describe('presenter mode', () => {
  it('runs a short lesson with tallies to the debrief, which prints on two pages at most and downloads', async () => {
    const { page, problems } = await openPresenter(browser, { width: 1920, height: 1080 });
    const found: Record<string, AxeViolation[]> = {};
    await checkOnce(page, found);
    await startLesson(page, 'short');
    await checkOnce(page, found);
    let v = await pressOn(page, 'ArrowRight');
    const voted: string[] = [];
    for (let guard = 0; v.screen !== 'ending' && guard < 12; guard++) {
      if (v.screen === 'recap') {
        await checkOnce(page, found);
        expect(v.items.length).toBeGreaterThan(0);
        v = await pressOn(page, 'ArrowRight');
        continue;
      }
      voted.push(v.decision ?? '');
      await throughDecision(page, found);
      v = await presenterView(page);
    }
    expect(voted).toEqual(['funding', 'azure', 'control', 'structure', 'microsoft']);
    await checkOnce(page, found);
    v = await pressOn(page, 'ArrowRight');
    if (v.screen !== 'debrief') throw new Error(v.screen);
    await checkOnce(page, found);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    // Every screen but the tie-break (these tallies never tie).
    expect(Object.keys(found).sort()).toEqual(
      PRESENTER_SCREENS.filter((screen) => screen !== 'tieBreak').sort(),
    );

    // The debrief: every decision, voted or taken as the founders did, and the ending.
    const rows = page.locator('.pr-debrief-table tbody tr');
    expect(await rows.count()).toBe(7);
    const table = (await page.locator('.pr-debrief-table').textContent()) ?? '';
    expect(table).toContain('17');
    expect(table).toContain(en['ui.presenter.how.majority']);
    expect(table).toContain(en['ui.presenter.how.founders']);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = pdfPages(pdf);
      expect(pages, format).toBeGreaterThanOrEqual(1);
      expect(pages, format).toBeLessThanOrEqual(2);
    }

    const download = async (id: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-id="${id}"]`).click(),
      ]);
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    };
    const csv = await download('csv');
    expect(csv.name).toMatch(/^founders-dilemma-debrief-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(7 + 3);
    expect(lines[1]).toMatch(/^1,decision,funding,/);
    const json = JSON.parse((await download('json')).bytes.toString('utf8')) as {
      version: number;
      lesson: string;
      decisions: { decision: string; decidedBy: string; classChoice: { choice: string } }[];
    };
    expect(json.version).toBe(1);
    expect(json.lesson).toBe('short');
    expect(json.decisions.map((d) => d.classChoice.choice)).toEqual([...founders.values()]);
    expect(problems).toEqual([]);
  });

  it('refuses a bad tally with its message, and resumes after a reload with tallies and the question reached', async () => {
    const { page, problems } = await openPresenter(browser);
    await startLesson(page, 'short');
    await pressOn(page, 'ArrowRight');
    await pressOn(page, 'ArrowRight');
    await typeTally(page, ['12', '2.5']);
    await page.locator('[data-id="commit"]').click();
    await page.waitForFunction(() => window.__fdPresenter!.view().screen === 'voting');
    const field = page.getByRole('textbox', { name: /option 2/ });
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pr-err-2').textContent()).toBe(
      en['ui.presenter.tally.error.decimal'],
    );
    expect(await page.getByRole('alert').textContent()).toContain(en['ui.presenter.vote.refused']);
    // Focus went to the field to fix; the class's choice is not committed.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pr-tally-2');
    expect(await page.evaluate(() => window.__fdPresenter!.state())).toEqual({
      decision: 'voting',
    });

    await field.fill('3');
    let v = await pressOn(page, 'PageDown');
    expect(v.screen).toBe('decided');
    await pressOn(page, 'ArrowRight');
    await pressOn(page, 'ArrowRight');
    await pressOn(page, 'ArrowRight');
    v = await pressOn(page, '3');
    expect(v.screen === 'discussion' && v.index).toBe(2);

    await page.reload();
    await page.waitForFunction(() => '__fdPresenter' in window);
    v = await presenterView(page);
    if (v.screen !== 'discussion') throw new Error(v.screen);
    expect(v.index).toBe(2);
    // Back through the pages, never to the vote.
    for (let i = 0; i < 3; i++) await pressOn(page, 'ArrowLeft');
    expect((await presenterView(page)).screen).toBe('history');
    // One more page back is the outcome, and Back goes no further (a long page steps back
    // through its parts, so the presses are many; the last ones change nothing).
    await pressOn(page, 'ArrowLeft');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect((await presenterView(page)).screen).toBe('outcome');

    // A half-typed tally survives a reload too.
    await pressOn(page, 'ArrowRight');
    let next = await pressOn(page, 'ArrowRight');
    for (let i = 0; i < v.total; i++) next = await pressOn(page, 'ArrowRight');
    expect(next.screen).toBe('recap');
    await pressOn(page, 'ArrowRight');
    await pressOn(page, 'ArrowRight');
    await typeTally(page, ['5', '8']);
    await page.reload();
    await page.waitForFunction(() => '__fdPresenter' in window);
    v = await presenterView(page);
    if (v.screen !== 'voting') throw new Error(v.screen);
    expect(v.decision).toBe('azure');
    expect(v.fields.map((f) => f.value)).toEqual(['5', '8', '']);
    expect(await page.getByRole('textbox', { name: /option 2/ }).inputValue()).toBe('8');
    expect(problems).toEqual([]);
  });

  it('gives the messages in Japanese, and starts a full lesson that votes on the second decision', async () => {
    const { page, problems } = await openPresenter(browser, { locale: 'ja-JP' });
    const ja = jaPresenter;
    expect(await page.locator('#pr-heading').textContent()).toBe(ja['ui.presenter.setup.heading']);
    await startLesson(page, 'full');
    await pressOn(page, 'ArrowRight');
    await pressOn(page, 'ArrowRight');
    await typeTally(page, ['-3', 'abc']);
    await page.locator('[data-id="commit"]').click();
    await expect
      .poll(() => page.locator('#pr-err-1').textContent())
      .toBe(ja['ui.presenter.tally.error.negative']);
    expect(await page.locator('#pr-err-2').textContent()).toBe(
      ja['ui.presenter.tally.error.notNumber'],
    );
    expect(blocking(await axe(page))).toEqual([]);
    await page.locator('#pr-tally-1').fill('0');
    await page.locator('#pr-tally-2').fill('0');
    await page.locator('[data-id="commit"]').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(ja['ui.presenter.tally.error.allZero']);
    await page.locator('#pr-tally-2').fill('9');
    await page.locator('[data-id="commit"]').click();
    await page.waitForFunction(() => window.__fdPresenter!.view().screen === 'decided');
    // The teacher overrides the class: recorded as such.
    await page.locator('[data-id="override-open"]').click();
    await page.locator('[data-id="override-1"]').click();
    // The second step (tests/e2e/presenterOverride.test.ts covers it).
    await page.locator('[data-id="override-yes"]').click();
    await page.waitForFunction(() => {
      const v = window.__fdPresenter!.view();
      return v.screen === 'decided' && v.decidedBy === '教師による変更';
    });
    await pressOn(page, 'ArrowRight');
    await pressOn(page, 'ArrowRight');
    let v = await pressOn(page, 'ArrowRight');
    if (v.screen !== 'discussion') throw new Error(v.screen);
    const prompts = v.total;
    for (let i = 0; i < prompts; i++) v = await pressOn(page, 'ArrowRight');
    // The full lesson votes on the launch-day counteroffers; the short one reads them as a recap.
    expect(v.screen).toBe('briefing');
    expect(v.decision).toBe('counteroffers');
    expect(problems).toEqual([]);
  });

  it('plays a full lesson in Japanese to a debrief that prints on two pages at most', async () => {
    const { page, problems } = await openPresenter(browser, { locale: 'ja-JP' });
    const found: Record<string, AxeViolation[]> = {};
    await startLesson(page, 'full');
    let v = await pressOn(page, 'ArrowRight');
    const voted: string[] = [];
    for (let guard = 0; v.screen !== 'ending' && guard < 12; guard++) {
      voted.push(v.decision ?? '');
      await throughDecision(page, found);
      v = await presenterView(page);
    }
    expect(voted).toEqual([...founders.keys()]);
    v = await pressOn(page, 'ArrowRight');
    expect(v.screen).toBe('debrief');
    expect(await page.locator('.pr-debrief-table tbody tr').count()).toBe(founders.size);
    for (const format of ['A4', 'Letter'] as const)
      expect(pdfPages(await page.pdf({ format })), format).toBeLessThanOrEqual(2);
    expect(Object.values(found).flat()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is opened from the title screen, in the text layer and on the canvas, and left again', async () => {
    const { page, problems } = await openGame(browser);
    await activate(page, en['ui.presenter.entry']!);
    await page.waitForFunction(() => '__fdPresenter' in window);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('presenter');
    await page.locator('[data-id="leave"]').click();
    await gameListening(page);
    expect(new URL(page.url()).searchParams.has('mode')).toBe(false);
    await clickCanvas(page, en['ui.presenter.entry']!);
    await page.waitForFunction(() => '__fdPresenter' in window);
    expect(problems).toEqual([]);
  });
});
