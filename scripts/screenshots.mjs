// Screenshots of the BUILT game (run `npm run build` first) at phone, tablet, laptop and projector
// sizes: `npm run screenshots [outDir]` shoots every kind of screen at every size, for looking
// at changes; `npm run screenshots -- --readme` writes the README's gallery into
// assets/screenshots/. FD_DIST=folder serves another build than dist/.
// Plays with the keyboard (and the canvas buttons for the menu's pages), choosing the first
// choice at every decision until an ending.
import { copyFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const readme = process.argv.includes('--readme');
const outDir =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests/e2e/artifacts/screens';
const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
];
/** The README gallery: one screen per size, together showing most kinds of screen. */
const README_SHOTS = ['phone-choices', 'tablet-title', 'laptop-history', 'projector-outcome'];
/** Long enough for a page's fade and a meter's sweep to settle (src/ui/theme.ts DURATION). */
const SETTLE = 700;

mkdirSync(outDir, { recursive: true });
const server = await preview({
  build: { outDir: process.env.FD_DIST ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});

const where = (page) =>
  page.evaluate(() => {
    const v = window.__fd.view();
    return 'phase' in v ? `${v.screen}:${v.phase}` : v.screen;
  });

/** Clicks the canvas button whose label starts with `label`. */
async function clickCanvas(page, label) {
  await page.waitForFunction(
    (l) => window.__fd.buttons().some((b) => b.label.startsWith(l)),
    label,
  );
  const b = await page.evaluate(
    (l) => window.__fd.buttons().find((x) => x.label.startsWith(l)),
    label,
  );
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

async function shoot(page, size, shot) {
  await page.waitForTimeout(SETTLE);
  await page.screenshot({ path: `${outDir}/${size.name}-${shot}.png` });
}

/** Presses `key` until the game shows `target` (a screen, or screen:phase). */
async function pressUntil(page, key, target) {
  for (let i = 0; i < 60 && (await where(page)) !== target; i++) {
    const before = await where(page);
    await page.keyboard.press(
      key === 'choose' && !before.endsWith('choosing') ? 'Enter' : key === 'choose' ? '1' : key,
    );
    await page.waitForFunction((b) => {
      const v = window.__fd.view();
      return ('phase' in v ? `${v.screen}:${v.phase}` : v.screen) !== b;
    }, before);
  }
}

try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    // Typing finished at once: the screenshots show whole pages.
    await page.addInitScript(() =>
      localStorage.setItem(
        'founders-dilemma.settings',
        JSON.stringify({ game: 'founders-dilemma', schema: 1, settings: { textSpeed: 'instant' } }),
      ),
    );
    await page.goto(url);
    await page.waitForFunction(() => '__fd' in window);
    await shoot(page, size, 'title');
    for (const [shot, key] of [
      ['prologue', 'Enter'],
      ['briefing', 'Enter'],
      ['choices', 'Enter'],
      ['outcome', '1'],
      ['history', 'Enter'],
    ]) {
      await page.keyboard.press(key);
      await shoot(page, size, shot);
    }
    await page.keyboard.press('Escape');
    await shoot(page, size, 'menu');
    await clickCanvas(page, 'Settings');
    await shoot(page, size, 'settings');
    await page.keyboard.press('Escape');
    await clickCanvas(page, 'Branch map');
    await shoot(page, size, 'map');
    // The map and the menu close on Escape, one at a time.
    for (let i = 0; i < 3 && (await page.evaluate(() => window.__fd.overlay())) !== null; i++) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(SETTLE);
    }
    await pressUntil(page, 'choose', 'ending:summary');
    await shoot(page, size, 'ending');
    await page.keyboard.press('Enter');
    await shoot(page, size, 'compare');
    await page.close();
  }
  if (readme)
    for (const shot of README_SHOTS)
      copyFileSync(`${outDir}/${shot}.png`, `assets/screenshots/${shot}.png`);
  console.log(`screenshots written to ${outDir}${readme ? ' and assets/screenshots/' : ''}`);
} finally {
  await browser.close();
  await server.close();
}
