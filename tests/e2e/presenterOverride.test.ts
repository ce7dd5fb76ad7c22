/**
 * The teacher's override takes two steps in presenter mode: picking another option asks first,
 * saying what the debrief will record; Escape or "Cancel" leaves the class's choice; only "Yes"
 * takes it. By keyboard and by mouse, in English and Japanese, at 1280×720 (the page fits, and
 * axe finds nothing serious on the question).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, blocking } from './a11y.ts';
import { launch } from './browser.ts';
import {
  jaPresenter,
  openPresenter,
  presenterView,
  pressOn,
  startLesson,
  typeTally,
} from './presenter.ts';
import type { PresenterView } from '../../src/classroom/presenterTypes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

type Decided = Extract<PresenterView, { screen: 'decided' }>;

async function decided(page: Page): Promise<Decided> {
  const v = await presenterView(page);
  if (v.screen !== 'decided') throw new Error(`not decided: ${v.screen}`);
  return v;
}

/** To the first decision's result, the class giving option 1 the most hands. */
async function toDecided(page: Page): Promise<Decided> {
  await startLesson(page, 'short');
  await page.locator('#pr-heading').focus();
  await pressOn(page, 'ArrowRight');
  await pressOn(page, 'ArrowRight');
  await typeTally(page, ['20', '9']);
  await page.locator('#pr-heading').focus();
  await pressOn(page, 'PageDown');
  return decided(page);
}

const confirmShown = (page: Page, on: boolean) =>
  page.waitForFunction((want) => {
    const v = window.__fdPresenter!.view();
    return v.screen === 'decided' && (v.confirm !== null) === want;
  }, on);

describe('teacher override in presenter mode', () => {
  it('asks first by keyboard, is cancelled with Escape, and is taken only when confirmed (mouse)', async () => {
    const { page, problems } = await openPresenter(browser, { width: 1280, height: 720 });
    let v = await toDecided(page);
    expect(v.decidedBy).toBe('most hands');
    const classChoice = v.tally.find((o) => o.chosen)!.label;
    const other = v.overrides[0]!;

    // Step one, keyboard only: open the fold, pick the other option.
    await page.locator('[data-id="override-open"]').focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-id="override-${other.key}"]`).focus();
    await page.keyboard.press('Enter');
    await confirmShown(page, true);
    expect((await decided(page)).confirm?.choice).toBe(other.id);
    // It says what will be recorded, and the yes button has the focus.
    const records = (await page.locator('#pr-override-records').textContent()) ?? '';
    expect(records).toContain(other.label);
    expect(records).toContain(classChoice);
    expect(records).toContain('20 of 29 hands');
    expect(records).toContain("teacher's override");
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      'override-yes',
    );
    // The page still fits the projector without scrolling.
    expect(
      await page.evaluate(() => {
        const box = document.getElementById('presenter')!;
        return box.scrollHeight - box.clientHeight;
      }),
    ).toBeLessThanOrEqual(0);
    // The question is as accessible as the rest of presenter mode.
    expect(blocking(await axe(page))).toEqual([]);
    // A clicker's Next does not pass the question by.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect((await decided(page)).confirm?.choice).toBe(other.id);

    await page.keyboard.press('Escape');
    await confirmShown(page, false);
    v = await decided(page);
    expect(v.decidedBy).toBe('most hands');
    expect(v.tally.find((o) => o.chosen)!.label).toBe(classChoice);

    // Again with the mouse, and confirmed: recorded as the teacher's override.
    await page.locator('[data-id="override-open"]').click();
    await page.locator(`[data-id="override-${other.key}"]`).click();
    await confirmShown(page, true);
    await page.locator('[data-id="override-yes"]').click();
    await confirmShown(page, false);
    v = await decided(page);
    expect(v.decidedBy).toBe("teacher's override");
    expect(v.tally.find((o) => o.chosen)!.label).toBe(other.label);
    const outcome = await pressOn(page, 'ArrowRight');
    expect(outcome.screen === 'outcome' && outcome.chosen).toContain(other.label);
    expect(problems).toEqual([]);
  });

  it('asks in Japanese, and "Cancel" by mouse leaves the class’s choice', async () => {
    const { page, problems } = await openPresenter(browser, { locale: 'ja-JP' });
    const ja = jaPresenter;
    const v = await toDecided(page);
    await page.locator('[data-id="override-open"]').click();
    await page.locator(`[data-id="override-${v.overrides[0]!.key}"]`).click();
    await confirmShown(page, true);
    const records = (await page.locator('#pr-override-records').textContent()) ?? '';
    expect(records).toContain('振り返りには');
    expect(records).toContain('挙手 20／29');
    expect(await page.locator('[data-id="override-no"]').textContent()).toBe(
      ja['ui.presenter.override.no'],
    );
    expect(blocking(await axe(page))).toEqual([]);
    await page.locator('[data-id="override-no"]').click();
    await confirmShown(page, false);
    expect((await decided(page)).decidedBy).toBe(ja['ui.presenter.how.majority']);
    expect(problems).toEqual([]);
  });
});
