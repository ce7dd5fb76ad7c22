/** Small helpers to read and wait on the game's view from a Playwright page. */
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content/bundled.ts';
import { historicalRoute } from '../../src/story/route.ts';
import type { View } from '../../src/view/types.ts';

export const content = loadContent();
export const foundersChoices = historicalRoute(content).steps.map((s) => s.choice);

export function view(page: Page): Promise<View> {
  return page.evaluate(() => window.__fd!.view());
}

/** "decision:funding:briefing", "ending:capped-profit-bet:compare", "title"… */
export function where(v: View): string {
  if (v.screen === 'decision' || v.screen === 'reveal')
    return `${v.screen}:${v.decision}:${v.phase}`;
  if (v.screen === 'ending') return `ending:${v.ending}:${v.phase}`;
  return v.screen;
}

/** Waits until the game shows a different screen than `before`, and returns the new view. */
export async function nextScreen(page: Page, before: string): Promise<View> {
  await page.waitForFunction((b) => {
    const v = window.__fd!.view();
    const w =
      v.screen === 'decision' || v.screen === 'reveal'
        ? `${v.screen}:${v.decision}:${v.phase}`
        : v.screen === 'ending'
          ? `ending:${v.ending}:${v.phase}`
          : v.screen;
    return w !== b;
  }, before);
  return view(page);
}

/** The source URLs a history screen must link to, from the content itself. */
export function historySourceUrls(decisionId: string): string[] {
  const decision = content.decisions.get(decisionId)!;
  const ids = decision.history.flatMap((b) => (b.kind === 'history' ? b.sources : []));
  return [...new Set(ids)].map((id) => content.sources.get(id)!.url);
}
