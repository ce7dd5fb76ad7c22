/** Accessibility checks run inside the page: axe-core, and the canvas's words in the text layer. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on the whole page, with the
 * text layer shown (focus inside it), and returns every violation.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, which the page's CSP does not govern (an injected <script> tag
  // would be inline script, which it forbids).
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(await readFile(axePath, 'utf8'));
  await page.evaluate(() => {
    const layer = document.getElementById('text-layer');
    if (layer !== null && !layer.contains(document.activeElement))
      layer.querySelector<HTMLElement>('h1')?.focus();
  });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Serious and critical violations only: what must never ship. */
export function blocking(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Letters and digits only, lower-cased: line breaks, quotes, arrows and spacing differ by design. */
const normalise = (text: string) =>
  text.toLowerCase().replace(/[\s“”"'’‘↗—–\-:：、。,.()（）]/g, '');

/**
 * The texts drawn on the canvas that the text layer does not contain. Key badges ("Enter",
 * "Esc") name canvas keys and the rail's year labels (2016, or ’16 where narrow) are scale marks; neither carries content.
 */
export async function canvasOnly(page: Page): Promise<string[]> {
  const { texts, layer } = await page.evaluate(() => ({
    texts: window.__fd!.canvasTexts(),
    layer: document.getElementById('text-layer')?.textContent ?? '',
  }));
  const all = normalise(layer);
  return texts.filter(
    (t) => !/^(enter|esc|\d{4}|’\d{2})$/i.test(t.trim()) && !all.includes(normalise(t)),
  );
}
