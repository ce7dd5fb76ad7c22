/**
 * Rewind and the branch map on the built game: back to the third decision from the text layer,
 * another ending, then the map (canvas and text) with this route, the one left and the
 * founders'; and back again from the map on the canvas, after its confirm step. Going back from
 * the canvas menu asks the same question; Cancel there leaves the game where it was.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historicalRoute, replay } from '../../src/story/route.ts';
import type { MapView } from '../../src/view/replayTypes.ts';
import { launch, openGame } from './browser.ts';
import { activate, clickCanvas, decisionName, en, overlay, playChoices, press } from './drive.ts';
import { content, foundersChoices, nextScreen, view, where } from './play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const founders = historicalRoute(content);
const foundersNodes = [...founders.steps.map((s) => s.decision), founders.at];
/** After the founders' first two choices: turn Microsoft down, then Musk's way. */
const detour = ['decline', 'give-musk-control', 'keep-separate', 'decline'];
const detourRoute = replay(content, [...foundersChoices.slice(0, 2), ...detour])!;
const detourNodes = [...detourRoute.steps.map((s) => s.decision), detourRoute.at];
const nodeName = (id: string) =>
  content.decisions.has(id) ? decisionName(id) : en[content.endings.get(id)!.title]!;

describe('rewind and the branch map', () => {
  it('goes back to the third decision, reaches another ending, and maps both routes beside history', async () => {
    const { page, problems } = await openGame(browser);
    let v = await playChoices(page, foundersChoices);
    expect(where(v)).toBe(`ending:${founders.at}:summary`);

    // Back to the third decision, by keyboard in the text layer, after its confirm step.
    const third = founders.steps[2]!.decision;
    await activate(page, `Choose again: ${decisionName(third)}`);
    const yes = page.locator('#text-layer').getByRole('button', { name: 'Yes, go back' });
    await expect(yes.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    expect(where(await view(page))).toBe(`ending:${founders.at}:summary`);
    await page.keyboard.press('Enter');
    v = await nextScreen(page, `ending:${founders.at}:summary`);
    expect(where(v)).toBe(`decision:${third}:briefing`);

    v = await playChoices(page, detour);
    expect(detourRoute.at).not.toBe(founders.at);
    expect(where(v)).toBe(`ending:${detourRoute.at}:summary`);

    // The map, opened from the ending screen on the canvas.
    await clickCanvas(page, en['ui.map.open']!);
    await overlay(page, 'map:map');
    const map: MapView = await page.evaluate(() => window.__fd!.map());
    expect(map.route).toEqual(detourNodes);
    expect(map.earlierRoutes).toEqual([foundersNodes]);
    expect(map.historical).toEqual(foundersNodes);
    expect(map.endings.filter((e) => e.reached).map((e) => e.id)).toEqual(
      content.story.endings
        .map((e) => e.id)
        .filter((id) => [founders.at, detourRoute.at].includes(id)),
    );
    const canvas = await page.evaluate(() => window.__fd!.canvasTexts());
    for (const id of detourNodes.slice(0, -1))
      expect(canvas).toContain(en[content.decisions.get(id)!.title]);
    expect(canvas).toContain(en[content.endings.get(detourRoute.at)!.title]);

    // The same routes in the text version, as ordered lists, built when the player opens them.
    expect(await page.locator('#text-layer .tl-route').count()).toBe(0);
    await page
      .locator('#text-layer .tl-map-details')
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('#text-layer .tl-route').first().waitFor();
    const routes = await page.locator('#text-layer .tl-route').evaluateAll((divs) =>
      divs.map((d) => ({
        label: d.querySelector('.tl-kind')?.textContent,
        nodes: [...d.querySelectorAll('li')].map((li) => li.textContent),
      })),
    );
    expect(routes).toEqual([
      { label: en['ui.map.yourRoute'], nodes: detourNodes.map(nodeName) },
      { label: en['ui.map.foundersRoute'], nodes: foundersNodes.map(nodeName) },
      { label: 'Route you left (1)', nodes: foundersNodes.map(nodeName) },
    ]);
    const explored = await page
      .locator(`#text-layer [data-decision="${third}"] li`)
      .allTextContents();
    expect(explored.join('\n')).toMatch(/On your route/);
    expect(explored.join('\n')).toMatch(/On a route you left by going back · The founders' choice/);

    // Back again from the map on the canvas: it asks first.
    await clickCanvas(page, en['ui.map.chooseAgain']!);
    await clickCanvas(page, en['ui.rewind.yes']!);
    v = await nextScreen(page, `ending:${detourRoute.at}:summary`);
    expect(where(v)).toBe(`decision:${founders.steps[0]!.decision}:briefing`);
    await overlay(page, null);
    const after: MapView = await page.evaluate(() => window.__fd!.map());
    expect(after.earlierRoutes).toEqual([foundersNodes, detourNodes]);
    expect(after.taken).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens the map from the menu and closes it with Escape, the game untouched', async () => {
    const { page, problems } = await openGame(browser);
    const v = await playChoices(page, foundersChoices.slice(0, 1));
    const before = where(v);
    await page.keyboard.press('Escape');
    await overlay(page, 'menu');
    await clickCanvas(page, en['ui.map.open']!);
    await overlay(page, 'map:map');
    await clickCanvas(page, 'Endings (0 of 7 endings)');
    await page.waitForFunction(() => window.__fd!.overlay() === 'map:endings');
    const gallery = await page.evaluate(() => window.__fd!.gallery());
    expect(gallery.progress).toBe('0 of 7 endings');
    await page.keyboard.press('Escape');
    await overlay(page, null);
    expect(where(await view(page))).toBe(before);
    // Keys reach the page again.
    expect(where(await press(page, 'Enter'))).not.toBe(before);
    expect(problems).toEqual([]);
  });

  it('goes back from the canvas menu only after asking; Cancel keeps the game', async () => {
    const { page, problems } = await openGame(browser);
    const v = await playChoices(page, foundersChoices.slice(0, 2));
    const before = where(v);
    const first = (await page.evaluate(() => window.__fd!.map())).taken[0]!;
    const item = en['ui.rewind.item']!.replace('{date}', first.dateLine).replace(
      '{decision}',
      first.title,
    );
    const question = en['ui.rewind.confirm']!.replace('{decision}', first.title).replace(
      '{date}',
      first.dateLine,
    );
    const asked = () => page.evaluate((q) => window.__fd!.canvasTexts().includes(q), question);
    await page.keyboard.press('Escape');
    await overlay(page, 'menu');
    await clickCanvas(page, en['ui.rewind.heading']!);

    await clickCanvas(page, item);
    await page.waitForFunction((q) => window.__fd!.canvasTexts().includes(q), question);
    expect(where(await view(page)), 'asking changes nothing yet').toBe(before);
    await clickCanvas(page, en['ui.rewind.no']!);
    await page.waitForFunction((q) => !window.__fd!.canvasTexts().includes(q), question);
    expect(await asked()).toBe(false);
    expect(where(await view(page))).toBe(before);

    await clickCanvas(page, item);
    await page.waitForFunction((q) => window.__fd!.canvasTexts().includes(q), question);
    await clickCanvas(page, en['ui.rewind.yes']!);
    const back = await nextScreen(page, before);
    expect(where(back)).toBe(`decision:${first.decision}:briefing`);
    await overlay(page, null);
    expect(problems).toEqual([]);
  });
});
