// Screenshots of the BUILT game (run `npm run build` first) at phone, laptop and projector
// sizes, for the README and for looking at changes: `npm run screenshots [outDir]`.
// Plays the founders' first decision with the keyboard and shoots each kind of screen.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const outDir = process.argv[2] ?? 'tests/e2e/artifacts/screens';
const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
];
const STEPS = [
  ['title', null],
  ['prologue', 'Enter'],
  ['briefing', 'Enter'],
  ['choices', 'Enter'],
  ['outcome', '1'],
  ['history', 'Enter'],
];

mkdirSync(outDir, { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.goto(url);
    await page.waitForFunction(() => '__fd' in window);
    for (const [shot, key] of STEPS) {
      if (key) await page.keyboard.press(key);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/${size.name}-${shot}.png` });
    }
    await page.close();
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
