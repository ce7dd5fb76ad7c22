/**
 * Settings: chosen with the keyboard in the text layer or with the mouse on the canvas, applied
 * at once to both, and still there after a reload. Reduced motion follows the browser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame, gameListening } from './browser.ts';
import { content, nextScreen, view } from './play.ts';

const en = content.locales.en!;
const ja = content.locales.ja!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The canvas button with this label (waits until it can be clicked). */
async function canvasButton(page: Page, label: string) {
  const handle = await page.waitForFunction(
    (l) => window.__fd!.buttons().find((b) => b.label === l) ?? null,
    label,
  );
  return (await handle.jsonValue())!;
}

async function click(page: Page, label: string): Promise<void> {
  const b = await canvasButton(page, label);
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

const focusedId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id']);

describe('settings', () => {
  it('are chosen by keyboard in the text layer and survive a reload', async () => {
    const { page, problems } = await openGame(browser, { settings: null });
    const startBefore = await canvasButton(page, en['ui.title.start']!);
    // From the title, Tab to Settings: Enter opens them and moves focus into them.
    for (let tab = 0; tab < 20 && (await focusedId(page)) !== 'settings-open'; tab++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('settings-summary');
    await expect(page.locator('#tl-settings').getAttribute('open')).resolves.toBe('');

    const press = async (id: string, key: string) => {
      await page.locator(`[data-id="${id}"]`).focus();
      await page.keyboard.press(key);
    };
    await press('size-large', 'ArrowRight'); // arrows move within a radio group, as native
    await press('speed-instant', 'Space');
    await press('contrast', 'Space');
    await press('mute', 'Space');
    await press('volume-master', 'ArrowLeft');
    await press('volume-master', 'ArrowLeft');
    await press('locale-ja', 'Space');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(await focusedId(page), 'focus stays on the control').toBe('locale-ja');

    await page.reload();
    await gameListening(page);
    const stored = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      contrast: document.documentElement.dataset['contrast'],
      scale: document.documentElement.style.getPropertyValue('--fd-text-scale'),
      checked: [...document.querySelectorAll<HTMLInputElement>('#tl-settings input:checked')].map(
        (i) => i.dataset['id'],
      ),
      master: document.querySelector<HTMLInputElement>('[data-id="volume-master"]')?.value,
    }));
    expect(stored).toEqual({
      lang: 'ja',
      contrast: 'high',
      scale: '1.45',
      checked: ['locale-ja', 'size-xlarge', 'speed-instant', 'contrast', 'mute'],
      master: '60',
    });
    expect((await view(page)).heading).toBe(ja['ui.title']);
    // Bigger text on the canvas too: the Start button grows with it.
    const startAfter = await canvasButton(page, ja['ui.title.start']!);
    expect(startAfter.height / startBefore.height).toBeGreaterThan(1.25);
    expect(problems).toEqual([]);
  });

  it('are changed with the mouse on the canvas, and the text layer follows', async () => {
    const { page, problems } = await openGame(browser, { settings: null });
    await click(page, en['ui.settings.open']!);
    const contrast = en['ui.settings.contrast']!;
    const off = `${contrast}: ${en['ui.settings.off']}`;
    await click(page, off);
    await canvasButton(page, `✓ ${contrast}: ${en['ui.settings.on']}`);
    await click(page, en['ui.settings.textSize.small']!);
    await click(page, en['ui.settings.done']!);
    const dom = await page.evaluate(() => ({
      contrast: document.documentElement.dataset['contrast'],
      box: document.querySelector<HTMLInputElement>('[data-id="contrast"]')?.checked,
      small: document.querySelector<HTMLInputElement>('[data-id="size-small"]')?.checked,
    }));
    expect(dom).toEqual({ contrast: 'high', box: true, small: true });
    // Closed, the title takes keys again.
    await page.keyboard.press('Enter');
    expect((await nextScreen(page, 'title')).screen).toBe('prologue');
    expect(problems).toEqual([]);
  });

  it('default to reduced motion when the browser asks for it: no typing, no sweeps', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const { page, problems } = await openGame(browser, { context, settings: null });
    await expect(
      page.locator('[data-id="motion"]').evaluate((i) => (i as HTMLInputElement).checked),
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await nextScreen(page, 'title');
    expect(await page.evaluate(() => window.__fd!.typing())).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
