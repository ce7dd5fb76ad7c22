/** Driving the game for the replay tests: keys, text-layer buttons by name, canvas buttons. */
import type { Page } from 'playwright-core';
import type { View } from '../../src/view/types.ts';
import { content, nextScreen, view, where } from './play.ts';

export const en = content.locales.en!;

/** Presses a key and waits for the next screen. */
export async function press(page: Page, key: string): Promise<View> {
  const before = where(await view(page));
  await page.keyboard.press(key);
  return nextScreen(page, before);
}

/**
 * From the title, the prologue or a decision's briefing, makes these choices with the keyboard
 * (number keys, Enter through both reveal pages); returns the screen after the last one.
 */
export async function playChoices(page: Page, choices: readonly string[]): Promise<View> {
  // Keys pressed on a focused text-layer control belong to it, not to the canvas.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let v = await view(page);
  if (v.screen === 'title') v = await press(page, 'Enter');
  if (v.screen === 'prologue') v = await press(page, 'Enter');
  for (const choice of choices) {
    if (v.screen === 'decision' && v.phase === 'briefing') v = await press(page, 'Enter');
    if (v.screen !== 'decision') throw new Error(`no decision to choose ${choice} on: ${where(v)}`);
    const key = v.choices.find((c) => c.id === choice)?.key;
    if (key === undefined) throw new Error(`${choice} is not offered on ${where(v)}`);
    await press(page, String(key));
    await press(page, 'Enter');
    v = await press(page, 'Enter');
  }
  return v;
}

/** Focuses the text layer's button with this exact name and presses Enter on it. */
export async function activate(page: Page, name: string): Promise<void> {
  const button = page.locator('#text-layer').getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The name of a decision in the game's words: "16–21 September 2016: Microsoft's cloud offer". */
export function decisionName(id: string): string {
  const d = content.decisions.get(id)!;
  return `${en[d.dateLine]}: ${en[d.title]}`;
}

/** Clicks the canvas button whose label starts with `label`, wheeling down to it if needed. */
export async function clickCanvas(page: Page, label: string): Promise<void> {
  const find = () =>
    page.evaluate((l) => window.__fd!.buttons().find((b) => b.label.startsWith(l)) ?? null, label);
  // A button drawn just now takes a frame to become clickable.
  await page
    .waitForFunction((l) => window.__fd!.buttons().some((x) => x.label.startsWith(l)), label, {
      timeout: 1500,
    })
    .catch(() => undefined);
  let b = await find();
  for (let wheel = 0; b === null && wheel < 30; wheel++) {
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(120);
    b = await find();
  }
  if (b === null) throw new Error(`no canvas button "${label}"`);
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

/** Waits until the overlay over the page is `overlay` ("map:map", "menu" or null). */
export async function overlay(page: Page, expected: string | null): Promise<void> {
  await page.waitForFunction((o) => window.__fd!.overlay() === o, expected);
}
