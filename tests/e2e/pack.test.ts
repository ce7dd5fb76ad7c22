/**
 * The teacher pack on the built game: opened from the title by keyboard alone and from the
 * in-game menu (text layer and canvas), read section by section, closed by Escape, Back and the
 * browser's back with the game exactly as it was; switched to Japanese; printed to PDF at A4
 * and Letter; and checked with axe-core in both languages. Its page and text are fetched the
 * first time it is asked for: if they cannot be, the player is told and the game goes on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClassroom } from '../../src/classroom/pack.ts';
import { PACK_SECTIONS, packView } from '../../src/pack/packModel.ts';
import { axe, blocking } from './a11y.ts';
import { launch, openGame } from './browser.ts';
import { openPresenter, presenterView, startLesson } from './presenter.ts';
import { clickCanvas, overlay } from './drive.ts';
import { content, nextScreen, view, where } from './play.ts';

const classroom = loadClassroom(content);
const en = packView(content, classroom, 'en');
const ja = packView(content, classroom, 'ja');
const headings = (v: typeof en) => v.sections.map((s) => s.heading);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** What must not change while the pack is open: the view, the save, the screen, the overlay. */
async function gameState(page: Page) {
  return page.evaluate(() => ({
    view: JSON.stringify(window.__fd!.view()),
    screen: window.__fd!.screen(),
    overlay: window.__fd!.overlay(),
    storage: JSON.stringify(
      Object.keys(localStorage)
        .filter((k) => k !== 'founders-dilemma.settings')
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  }));
}

/** Tabs (at most 60 times) until the focused element's text is `name`; true if found. */
async function tabTo(page: Page, name: string | RegExp): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (typeof name === 'string' ? text === name : name.test(text)) return true;
  }
  return false;
}

const packOpen = (page: Page) =>
  page.evaluate(() => document.getElementById('teacher-pack')?.hidden === false);
/** Waits for the pack to show: the first time, its chunk is fetched before it opens. */
const packOpens = async (page: Page) => {
  await page.waitForFunction(() => document.getElementById('teacher-pack')?.hidden === false);
  return true;
};
const focusedId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? '');

describe('the teacher pack', () => {
  it('opens from the title by keyboard, moves between sections and goes back untouched', async () => {
    const { page, problems } = await openGame(browser);
    const before = await gameState(page);
    expect(await tabTo(page, 'Teacher pack')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await packOpens(page)).toBe(true);
    expect(await focusedId(page)).toBe('pk-title');
    expect(await page.title()).toBe("Teacher pack — Founders' Dilemma");
    // The game beneath is out of reach while the pack is open.
    expect(await page.evaluate(() => document.getElementById('text-layer')!.inert)).toBe(true);

    // Every section, in order, reachable from the contents menu by Tab and Enter.
    const sectionHeadings = await page.locator('.pk-section h2').allTextContents();
    expect(sectionHeadings).toEqual(headings(en));
    for (const section of ['Glossary', 'Timeline, 2015 to 2019', 'Reflection questions']) {
      await page.locator('#pk-title').focus();
      expect(await tabTo(page, section), `contents link ${section}`).toBe(true);
      await page.keyboard.press('Enter');
      const id = await focusedId(page);
      expect(await page.locator(`#${id}`).textContent()).toBe(section);
      const top = await page.locator(`#${id}`).evaluate((e) => e.getBoundingClientRect().top);
      expect(top, `${section} scrolled into view`).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(720 / 2);
    }
    // A citation jumps to its entry in the pack's own source list.
    const ref = page.locator('#pk-timeline a.pk-ref').first();
    const cited = (await ref.textContent())!;
    await ref.focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`pk-source-${cited}`);
    // Sources are links the reader follows, in a new tab, with no handle on the game.
    const links = await page.locator('.pk-sources a').evaluateAll((as) =>
      as.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    expect(links.map((l) => l.href)).toEqual([...content.sources.values()].map((s) => s.url));
    for (const l of links) {
      expect(l.target).toBe('_blank');
      expect(l.rel.split(' ')).toContain('noopener');
    }

    // Keys pressed in the pack are the pack's: Enter on its heading does not start the game
    // beneath, now or when the game resumes.
    await page.locator('#pk-title').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    expect(await packOpen(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Teacher pack');
    expect(await page.title()).toBe("Founders' Dilemma");
    expect(await gameState(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('opens from the in-game menu and comes back to it, by Back, Escape and browser back', async () => {
    const { page, problems } = await openGame(browser);
    await page.keyboard.press('Enter');
    await nextScreen(page, 'title');
    await page.keyboard.press('Escape');
    await overlay(page, 'menu');
    const before = await gameState(page);
    expect(where(await view(page))).toBe('prologue');

    await clickCanvas(page, 'Teacher pack');
    expect(await packOpens(page)).toBe(true);
    await page.getByRole('button', { name: '← Back to the game' }).click();
    expect(await packOpen(page)).toBe(false);
    expect(await gameState(page)).toEqual(before);

    // From the text layer's menu, then out by the browser's back button.
    await page.locator('[data-id="menu-pack-open"]').focus();
    await page.keyboard.press('Enter');
    expect(await packOpens(page)).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('teacher-pack')?.hidden === true);
    expect(page.url()).not.toMatch(/about:blank/);
    expect(await gameState(page)).toEqual(before);

    // Escape closes the pack only: the canvas menu stays open under it.
    await clickCanvas(page, 'Teacher pack');
    await page.keyboard.press('Escape');
    expect(await packOpen(page)).toBe(false);
    await overlay(page, 'menu');
    expect(await gameState(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('opens in presenter mode during a lesson; a clicker press in it leaves the lesson where it was', async () => {
    const { page, problems } = await openPresenter(browser);
    await startLesson(page, 'short');
    const before = await presenterView(page);
    await page.locator('[data-id="pack-open"]').focus();
    await page.keyboard.press('Enter');
    expect(await packOpens(page)).toBe(true);
    // Focus left on the page itself, as after a click on its text: the lesson still must not move.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await page.locator('#teacher-pack').press('Escape');
    expect(await packOpen(page)).toBe(false);
    expect(await presenterView(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('switches to Japanese in place, keeping focus on the switch', async () => {
    const { page, problems } = await openGame(browser);
    await page.locator('[data-id="pack-open"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-id="pack-lang"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('teacher-pack')?.lang === 'ja');
    expect(await page.locator('.pk-section h2').allTextContents()).toEqual(headings(ja));
    expect(await page.locator('#pk-title').textContent()).toBe(ja.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['id'])).toBe(
      'pack-lang',
    );
    expect(await page.title()).toBe(`${ja.title} — ${content.locales.ja!['ui.title']}`);
    const glossary = await page.locator('.pk-glossary dt').allTextContents();
    expect(glossary).toEqual(
      ja.sections.flatMap((s) => (s.id === 'glossary' ? s.terms : [])).map((g) => g.term),
    );
    await page.keyboard.press('Escape');
    expect(await page.title()).toBe(content.locales.ja!['ui.title']);
    // Back on the button that opened the pack, redrawn in Japanese meanwhile.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      content.locales.ja!['ui.pack.open'],
    );
    expect(problems).toEqual([]);
  });

  it('says so when its page cannot be fetched, the game goes on, and a later request fetches it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // The pack's chunks fail as they would offline after an update.
    await context.route(/\/assets\/(PackPage|gamePack)-[^/]*\.js$/, (r) => r.abort('failed'));
    const { page, problems } = await openGame(browser, { context });
    const before = await gameState(page);
    const said = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.message());
        void d.accept();
      }),
    );
    await page.locator('[data-id="pack-open"]').focus();
    await page.keyboard.press('Enter');
    const message = await said;
    expect(message).toMatch(
      /^The teacher pack could not be opened \(.+\)\. The game itself is unaffected\.$/,
    );
    expect(await packOpen(page)).toBe(false);
    expect(await gameState(page)).toEqual(before);
    // Back online, the next request fetches it again and the pack opens; Escape closes it.
    await context.unrouteAll();
    await page.locator('[data-id="pack-open"]').focus();
    await page.keyboard.press('Enter');
    expect(await packOpens(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await packOpen(page)).toBe(false);
    // Keys reach the game again (focus left on the text layer's button would open it again).
    const v = await view(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Enter');
    expect(where(await nextScreen(page, where(v)))).not.toBe(where(v));
    // Only the failures made here: the chunks' requests, and Chromium's own line for each.
    const made = /^(failed: .*\/assets\/(PackPage|gamePack)-|console: Failed to load resource)/;
    expect(problems.some((p) => p.startsWith('failed: '))).toBe(true);
    expect(problems.filter((p) => !made.test(p))).toEqual([]);
    await context.close();
  });
});

/** `/Type /Page` objects (not `/Pages`, the page tree) in a PDF. */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** The outline (bookmark) titles of a PDF, decoded: Chromium writes one per heading. */
function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)].map(([, raw]) => {
    if (raw!.startsWith('<')) {
      const hex = raw!.slice(1, -1).replace(/\s/g, '');
      const bytes = Buffer.from(hex, 'hex');
      if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return bytes.subarray(2).swap16().toString('utf16le');
      return bytes.toString('latin1');
    }
    return raw!.slice(1, -1).replace(/\\(.)/g, '$1');
  });
}

describe('the printed teacher pack', () => {
  it.each([
    ['en', en],
    ['ja', ja],
  ] as const)('prints in %s at A4 and Letter with every section, and no game', async (lang, v) => {
    const { page, problems } = await openGame(browser, {
      settings: { textSpeed: 'instant', locale: lang, textSize: 'xlarge', highContrast: true },
    });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.locator('[data-id="pack-open"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-id="pack-print"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (sel: string) =>
        [...document.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none');
      const link = document.querySelector('.pk-sources a')!;
      return {
        game: shown('#game'),
        layer: shown('#text-layer'),
        toolbar: shown('.pk-bar'),
        breaks: [...document.querySelectorAll('.pk-section')].map(
          (s) => getComputedStyle(s).breakBefore,
        ),
        url: getComputedStyle(link, '::after').content,
        headings: [...document.querySelectorAll('.pk-section h2')].map((h) => h.textContent),
      };
    });
    expect(printed.game).toBe(false);
    expect(printed.layer).toBe(false);
    expect(printed.toolbar).toBe(false);
    expect(printed.breaks).toEqual(PACK_SECTIONS.map((_, i) => (i === 0 ? 'auto' : 'page')));
    expect(printed.url).toContain(content.sources.get('S1')!.url);
    expect(printed.headings).toEqual(headings(v));
    await page.screenshot({ path: `/tmp/shots-pack/e2e-print-${lang}.png`, fullPage: true });

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, outline: true, tagged: true, printBackground: true });
      const pages = pageCount(pdf);
      console.log(`teacher pack, ${lang}, ${format}: ${pages} pages, ${pdf.length} bytes`);
      // Eight sections, seven of them on a new page; the sources and glossary run longest.
      expect(pages, `${lang} ${format}`).toBeGreaterThanOrEqual(8);
      expect(pages, `${lang} ${format}`).toBeLessThanOrEqual(24);
      // Chromium's bookmarks repeat a Japanese heading that starts a new page ("用語集用語集"),
      // so each heading must be in a bookmark, not be one exactly.
      const titles = outlineTitles(pdf);
      for (const heading of [v.title, ...headings(v)])
        expect(
          titles.some((t) => t.includes(heading)),
          `${lang} ${format} bookmarks "${heading}"`,
        ).toBe(true);
      // Every source's link survives into the PDF (one link annotation per address).
      const uris = new Set(
        [...pdf.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]),
      );
      for (const s of content.sources.values()) expect(uris, s.id).toContain(s.url);
    }
    expect(problems).toEqual([]);
  });
});

describe('axe-core on the teacher pack', () => {
  it.each([
    ['en-US', 'en', { textSpeed: 'instant', highContrast: true, textSize: 'xlarge' }],
    ['ja-JP', 'ja', { textSpeed: 'instant' }],
  ] as const)('finds no serious or critical violation (%s)', async (locale, lang, settings) => {
    // The built page's CSP forbids inline scripts, and axe-core is injected as one.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale,
      bypassCSP: true,
    });
    const { page, problems } = await openGame(browser, {
      context,
      settings: { ...settings, locale: lang },
    });
    await page.locator('[data-id="pack-open"]').focus();
    await page.keyboard.press('Enter');
    for (const at of ['pk-title', 'pk-sources-h']) {
      await page.locator(`#${at}`).focus();
      const violations = await axe(page);
      console.log(
        `axe pack ${lang} at ${at}: ${violations.length} violations` +
          (violations.length
            ? ` (${violations.map((x) => `${x.id}:${x.impact}`).join(', ')})`
            : ''),
      );
      expect(blocking(violations), `${lang} ${at}`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});
