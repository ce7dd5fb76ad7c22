// `npm run bench`: ratios measured side by side in one run on this machine, never absolute
// targets and never a test. Needs a built game (`npm run build`).
//  1. navigation → first rendered frame of the title, as a ratio to a bare Phaser hello-world
//     page built here with the same Phaser version (both served the same way, fresh contexts);
//  2. JavaScript shipped, gzip;
//  3. JS heap after 30 full play-throughs in one page against after one (GC forced).
// Prints a Markdown table for the README.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PLAYS = Number(process.env.BENCH_PLAYS ?? 30);
const work = 'node_modules/.cache/bench-hello';

async function buildHelloWorld() {
  mkdirSync(work, { recursive: true });
  writeFileSync(
    join(work, 'index.html'),
    '<!doctype html><html><body style="margin:0"><div id="game"></div>' +
      '<script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(work, 'main.js'),
    `import Phaser from 'phaser';
class Hello extends Phaser.Scene {
  create() {
    this.add.text(40, 40, 'Hello', { fontSize: '48px' });
    this.game.events.once('postrender', () => performance.mark('fd-title-frame'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, parent: 'game', width: 1280, height: 720, audio: { noAudio: true }, banner: false, scene: Hello });
`,
  );
  await build({ root: work, base: './', logLevel: 'warn', build: { outDir: 'dist' } });
  return join(work, 'dist');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeToTitle(browser, url) {
  const times = [];
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url);
    const t = await page.waitForFunction(
      () => performance.getEntriesByName('fd-title-frame')[0]?.startTime ?? null,
    );
    if (run > 0) times.push(await t.jsonValue()); // run 0 warms the server and the disk cache
    await context.close();
  }
  return median(times);
}

function gzipKiB(dir) {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({
      file: f,
      kib: gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024,
    }));
}

/** Plays the game to an ending and back to the title with the keyboard, `times` times. */
async function playThrough(page, times) {
  for (let i = 0; i < times; i++) {
    for (let step = 0; step < 200; step++) {
      const v = await page.evaluate(() => window.__fd.view());
      if (v.screen === 'ending' && v.phase === 'epilogue') {
        // "Play again" by keyboard on the text layer's real button.
        await page.locator('#text-layer button', { hasText: v.restart.label }).first().focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__fd.view().screen === 'title');
        break;
      }
      const key =
        v.screen === 'decision' && v.phase === 'choosing'
          ? String(1 + (i % v.choices.length))
          : 'Enter';
      await page.keyboard.press(key);
      await page.waitForTimeout(30);
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--js-flags=--expose-gc',
  ],
});
const helloDist = await buildHelloWorld();
const game = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const hello = await preview({
  root: work,
  build: { outDir: 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
try {
  const gameMs = await timeToTitle(browser, game.resolvedUrls.local[0]);
  const helloMs = await timeToTitle(browser, hello.resolvedUrls.local[0]);
  const gameJs = gzipKiB('dist');
  const helloJs = gzipKiB(helloDist);
  const total = (xs) => xs.reduce((s, x) => s + x.kib, 0);

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(game.resolvedUrls.local[0]);
  await page.waitForFunction(() => '__fd' in window);
  const heap = async () => {
    await page.evaluate(() => window.gc?.());
    return page.evaluate(() => performance.memory.usedJSHeapSize / 1024 / 1024);
  };
  await playThrough(page, 1);
  const afterOne = await heap();
  await playThrough(page, PLAYS - 1);
  const afterMany = await heap();

  console.log(`| measure | game | hello world | ratio |`);
  console.log(`| --- | --- | --- | --- |`);
  console.log(
    `| navigation → first title frame, median of ${RUNS} (ms) | ${gameMs.toFixed(0)} | ${helloMs.toFixed(0)} | ${(gameMs / helloMs).toFixed(2)} |`,
  );
  console.log(
    `| JavaScript shipped, gzip -9 (KiB) | ${total(gameJs).toFixed(1)} | ${total(helloJs).toFixed(1)} | ${(total(gameJs) / total(helloJs)).toFixed(2)} |`,
  );
  console.log(
    `| JS heap after ${PLAYS} play-throughs vs after 1 (MiB) | ${afterMany.toFixed(1)} | ${afterOne.toFixed(1)} | ${(afterMany / afterOne).toFixed(2)} |`,
  );
  for (const f of gameJs) console.log(`  ${f.file}: ${f.kib.toFixed(1)} KiB gzip`);
} finally {
  await browser.close();
  await game.close();
  await hello.close();
}
