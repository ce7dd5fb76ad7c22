/**
 * Japanese end to end: a browser set to Japanese gets the game in Japanese, plays the founders'
 * route with the keyboard alone (the canvas typing out each new page, Enter showing the rest),
 * and a language switch mid-decision re-renders the screen with nothing of the game lost.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasOnly } from './a11y.ts';
import { launch, openGame } from './browser.ts';
import { content, foundersChoices, nextScreen, view, where } from './play.ts';

const ja = content.locales.ja!;
const en = content.locales.en!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const typing = (page: Page) => page.evaluate(() => window.__fd!.typing());

/**
 * Presses `key` to go on. On a page still typing out, Enter first shows the rest at once (the
 * screen stays), then goes on: the typewriter never stands between a player and the game.
 */
async function goOn(page: Page, key: string) {
  const before = where(await view(page));
  if (await typing(page)) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !window.__fd!.typing());
    expect(where(await view(page))).toBe(before);
  }
  await page.keyboard.press(key);
  return nextScreen(page, before);
}

describe('Japanese', () => {
  it('plays the founders’ route in Japanese with the keyboard only', async () => {
    const started = Date.now();
    const { page, problems } = await openGame(browser, { locale: 'ja-JP', settings: null });
    let v = await view(page);
    expect(v.heading).toBe(ja['ui.title']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    v = await goOn(page, 'Enter');
    expect(v.heading).toBe(ja[content.story.prologue.title]);
    expect(await typing(page), 'a new page types out').toBe(true);
    v = await goOn(page, 'Enter');
    let typedPages = 0;
    for (const choice of foundersChoices) {
      if (await typing(page)) typedPages++;
      v = await goOn(page, 'Enter');
      if (v.screen !== 'decision' || v.phase !== 'choosing') throw new Error(where(v));
      expect(v.question).toBe(ja[content.decisions.get(v.decision)!.question]);
      await goOn(page, String(v.choices.find((c) => c.id === choice)!.key));
      v = await goOn(page, 'Enter');
      if (v.screen !== 'reveal') throw new Error(where(v));
      expect(v.heading).toBe(ja['ui.history.heading']);
      // The record quotes the English emails as written, then their translation, marked.
      const quotes = v.blocks.flatMap((b) => b.quotes);
      for (const q of quotes) expect(q.translation?.label).toBe('翻訳');
      const marked = await page.locator('#text-layer blockquote[lang="en"]').count();
      expect(marked).toBe(quotes.length);
      await expect(page.locator('#text-layer .tl-translation').count()).resolves.toBe(
        quotes.length,
      );
      v = await goOn(page, 'Enter');
    }
    expect(typedPages).toBe(foundersChoices.length);
    expect(where(v)).toBe('ending:capped-profit-bet:summary');
    await expect(
      page.locator('#text-layer').getByText(ja['ui.ending.historical']!).count(),
    ).resolves.toBe(1);
    v = await goOn(page, 'Enter');
    expect(where(v)).toBe('ending:capped-profit-bet:compare');
    await goOn(page, 'Enter');
    expect(await page.locator('#text-layer h1').textContent()).toBe(
      ja[content.story.epilogue.title],
    );
    expect(problems).toEqual([]);
    console.log(`Japanese keyboard route: ${Date.now() - started} ms`);
  });

  it('switches language mid-decision, in the text layer and on the canvas, losing nothing', async () => {
    const { page, problems } = await openGame(browser);
    await goOn(page, 'Enter');
    await goOn(page, 'Enter');
    await goOn(page, 'Enter');
    await goOn(page, '1');
    await goOn(page, 'Enter');
    await goOn(page, 'Enter');
    const before = await goOn(page, 'Enter');
    if (before.screen !== 'decision' || before.phase !== 'choosing') throw new Error(where(before));
    expect(before.heading).toBe(en[content.decisions.get(before.decision)!.title]);

    // Keyboard: Tab into the text layer's menu to the switch, which is labelled in Japanese.
    const toSwitch = page.getByRole('button', { name: ja['ui.lang.switchTo'] });
    await toSwitch.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    const after = await view(page);
    if (after.screen !== 'decision' || after.phase !== 'choosing') throw new Error(where(after));
    expect(where(after)).toBe(where(before));
    expect(after.heading).toBe(ja[content.decisions.get(after.decision)!.title]);
    expect(after.choices.map((c) => c.id)).toEqual(before.choices.map((c) => c.id));
    expect(after.meters.map((m) => m.value)).toEqual(before.meters.map((m) => m.value));
    // Focus stays on the switch, which now offers English, in English.
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      lang: document.activeElement?.getAttribute('lang'),
    }));
    expect(focused).toEqual({ text: en['ui.lang.switchTo'], lang: 'en' });
    await page.waitForFunction((h) => window.__fd!.canvasTexts().includes(h), after.heading);
    expect(await canvasOnly(page)).toEqual([]);

    // Mouse: the canvas menu's switch goes back to English, still mid-decision.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    const button = await page.waitForFunction(
      (label) => window.__fd!.buttons().find((b) => b.label === label) ?? null,
      en['ui.lang.switchTo'],
    );
    const box = (await button.jsonValue())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const back = await view(page);
    expect(where(back)).toBe(where(before));
    expect(back.heading).toBe(before.heading);
    // The menu stays open for more changes; closed, the game goes on from the same point.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (label) => window.__fd!.buttons().some((b) => b.label === label),
      before.choices[0]!.label,
    );
    const chosen = await goOn(page, '1');
    expect(where(chosen)).toBe(`reveal:${before.decision}:outcome`);
    expect(problems).toEqual([]);
  });
});
