// `npm run bench`: performance measured side by side in one run on this machine, as ratios where
// a ratio is what matters. A script, never a test: it reports, it does not pass or fail.
//
//  1. navigation → first rendered frame of the interactive title (`fd-title-frame`, see
//     src/perf/marks.ts), against two hello-world pages built here with the same Phaser version
//     (4.2.1), each one scene with one text: the reference, a bare page (stock Phaser,
//     Vite's defaults), and a stricter one built like the game (its vite.config.ts: the trimmed
//     Phaser), which shows what the game's own code and content add; runs interleaved, each in a
//     fresh browser context (cold cache), medians. The stock-Phaser game is timed alongside.
//  2. JavaScript shipped, gzip: all of it, and what the page fetched before the title frame.
//  3. JS heap after BENCH_PLAYS full play-throughs in one page, against after one (GC forced);
//     the curve up to twice BENCH_PLAYS, and the same ratio after a warm-up of every route.
//  4. frame times (rAF deltas) during screen transitions at 1280×720.
// Writes bench/results.json. BENCH_RUNS (default 9) and BENCH_PLAYS (default 30) change the work.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { format } from 'prettier';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { build, preview } from 'vite';
import {
  afterWarmUp,
  clearTimeline,
  heapAfterGc,
  heapByType,
  playThrough,
  recordFrames,
  seedSettings,
  transitionFrames,
} from './bench-page.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PLAYS = Number(process.env.BENCH_PLAYS ?? 30);
const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'node_modules/.cache/fd-bench');
// As the tests launch Chromium, plus GC and precise memory for the heap figures.
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];
/**
 * Chromium's own way of drawing on a machine with no GPU (CPU raster), without the forced
 * SwiftShader GPU emulation the tests use for WebGL: the Canvas-renderer game is drawn this way
 * on such a machine, and emulated GPU compositing alone halves the frame rate of any canvas here.
 */
const CPU_RASTER_ARGS = ARGS.filter((a) => !a.includes('swiftshader'));
const VIEWPORT = { width: 1280, height: 720 };
/**
 * After a key press with no transition marks: the new page's build, its fade-in (DURATION.fadeIn,
 * 160 ms) and the meters' sweep, with slack for a slow machine. The play-through that measures
 * frames waits this long after each screen change, so transitions do not overlap.
 */
const TRANSITION_WINDOW_MS = 700;

/**
 * Builds with the game's vite.config.ts, `phaser` "custom" (trimmed) or "full" (stock); or, for
 * `phaser` "bare", with Vite's defaults and stock Phaser, as a page made without this project.
 */
async function buildWith(phaser, root, outDir) {
  const before = process.env.FD_PHASER;
  process.env.FD_PHASER = phaser;
  try {
    await build({
      configFile: phaser === 'bare' ? false : join(ROOT, 'vite.config.ts'),
      root,
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    });
  } finally {
    if (before === undefined) delete process.env.FD_PHASER;
    else process.env.FD_PHASER = before;
  }
  return outDir;
}

/** The floor: one Phaser scene with one text, marked on its first frame like the title. */
function writeHelloWorld(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hello</title>' +
      '<link rel="icon" href="data:,"></head><body style="margin:0">' +
      '<div id="game" style="width:100vw;height:100vh"></div>' +
      '<script type="module" src="./main.js"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import Phaser from 'phaser';
class Hello extends Phaser.Scene {
  create() {
    this.add.text(40, 40, 'Hello', { fontSize: '48px' });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('fd-title-frame'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, parent: 'game', width: ${VIEWPORT.width}, height: ${VIEWPORT.height},
  audio: { noAudio: true }, banner: false, scene: Hello });
`,
  );
  return dir;
}

async function serve(outDir) {
  const server = await preview({
    configFile: false,
    root: ROOT,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  return { server, url: server.resolvedUrls.local[0] };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const kib = (bytes) => bytes / 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Every .js file of a build, gzip -9 bytes. */
function jsSizes(outDir) {
  const dir = join(outDir, 'assets');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, gz(join(dir, f))]),
  );
}

/**
 * A slow school network, as Chromium's DevTools throttle it: every request waits a round trip
 * and shares 8 Mbit/s down. Null: localhost as it is.
 */
const SCHOOL_NETWORK = {
  offline: false,
  latency: 60,
  downloadThroughput: (8e6 / 8) | 0,
  uploadThroughput: (2e6 / 8) | 0,
};

/** One cold load: ms from navigation to the title mark, and the .js files fetched before it. */
async function coldLoad(browser, url, seed, network = null) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  if (seed) await seedSettings(context);
  const page = await context.newPage();
  if (network !== null) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('fd-title-frame')[0]?.startTime ?? null,
    null,
    { timeout: 60_000 },
  );
  const ms = await handle.jsonValue();
  const js = await page.evaluate(
    (mark) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime < mark)
        .map((r) => r.name.split('/').pop()),
    ms,
  );
  await context.close();
  return { ms, js };
}

/** A fresh page on the title, settings seeded and every frame recorded, with a DevTools session. */
async function openPlaying(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  await seedSettings(context);
  await recordFrames(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__fd?.screen() === 'title');
  return { context, page, cdp };
}

function frameStats({ source, deltas }) {
  return {
    source,
    count: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: Math.max(...deltas),
  };
}

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1];
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as unknown.
  }
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpu ?? cpus()[0]?.model ?? 'unknown',
    memGiB: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

console.log('building the game (trimmed and stock Phaser) and the two hello worlds…');
const dirs = {
  game: await buildWith('custom', ROOT, join(WORK, 'game')),
  full: await buildWith('full', ROOT, join(WORK, 'game-full')),
  hello: await buildWith('custom', writeHelloWorld(join(WORK, 'hello-src')), join(WORK, 'hello')),
  bare: await buildWith('bare', join(WORK, 'hello-src'), join(WORK, 'hello-bare')),
};
const servers = {};
for (const [name, dir] of Object.entries(dirs)) servers[name] = await serve(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
const result = { machine: machine(), runs: RUNS, plays: PLAYS };
try {
  // 1. Load time, interleaved: game, stock game, the two hello worlds, in a rotating order;
  // then the same over a throttled school network.
  const names = Object.keys(servers);
  const timeLoads = async (network) => {
    const loads = Object.fromEntries(names.map((n) => [n, []]));
    for (let run = -1; run < RUNS; run++) {
      const order = names.map((_, i) => names[(i + run + names.length) % names.length]);
      for (const name of order) {
        const seed = name === 'game' || name === 'full';
        const load = await coldLoad(browser, servers[name].url, seed, network);
        if (run >= 0) loads[name].push(load); // run -1 warms the servers and the disk cache
      }
    }
    const ms = Object.fromEntries(names.map((n) => [n, median(loads[n].map((l) => l.ms))]));
    const summary = {
      medianMs: ms,
      allMs: Object.fromEntries(names.map((n) => [n, loads[n].map((l) => Math.round(l.ms))])),
      ratio: ms.game / ms.bare,
      ratioTrimmedHello: ms.game / ms.hello,
      ratioStock: ms.full / ms.bare,
    };
    return { loads, summary };
  };
  console.log(`timing ${RUNS} cold loads of each, interleaved…`);
  const { loads, summary } = await timeLoads(null);
  result.load = summary;
  console.log(`timing ${RUNS} cold loads of each over a throttled network…`);
  result.loadSchool = { network: SCHOOL_NETWORK, ...(await timeLoads(SCHOOL_NETWORK)).summary };

  // 2. JavaScript shipped.
  result.js = {};
  for (const name of names) {
    const sizes = jsSizes(dirs[name]);
    const initial = [...new Set(loads[name].flatMap((l) => l.js))];
    const sum = (files) => files.reduce((s, f) => s + (sizes[f] ?? 0), 0);
    result.js[name] = {
      totalKiB: kib(sum(Object.keys(sizes))),
      titleKiB: kib(sum(initial)),
      files: Object.fromEntries(Object.entries(sizes).map(([f, b]) => [f, kib(b)])),
      beforeTitle: initial,
    };
  }

  // 4, stock Phaser (WebGL) for comparison: one play-through, frames in its transitions.
  const stock = await openPlaying(browser, servers.full.url);
  await playThrough(stock.page, 0, TRANSITION_WINDOW_MS);
  const stockFrames = await transitionFrames(stock.page, TRANSITION_WINDOW_MS);
  await stock.context.close();

  // 3 and 4. One page, BENCH_PLAYS play-throughs, then as many again for the curve; frames
  // recorded throughout. Used heap after every play-through (forcing GC each time changes the
  // figures by under 1 %, measured), heap snapshots after the first and the BENCH_PLAYS-th.
  console.log(`playing ${2 * PLAYS} play-throughs in one page…`);
  const { context, page, cdp } = await openPlaying(browser, servers.game.url);
  const routes = [await playThrough(page, 0, TRANSITION_WINDOW_MS)];
  const frames = await transitionFrames(page, TRANSITION_WINDOW_MS);
  // The bench's own marks and frame log would otherwise count as the game's memory.
  await clearTimeline(page);
  const curve = [await heapAfterGc(cdp)]; // curve[i]: used heap after i + 1 play-throughs
  const typesOne = await heapByType(cdp);
  let typesMany = typesOne;
  let playing = 0;
  for (let play = 1; play < 2 * PLAYS; play++) {
    const started = Date.now();
    routes.push(await playThrough(page, play));
    playing += Date.now() - started;
    await clearTimeline(page);
    curve.push(await heapAfterGc(cdp));
    if (play === PLAYS - 1) typesMany = await heapByType(cdp);
  }
  const afterOne = curve[0];
  const afterMany = curve[PLAYS - 1];
  const withoutCode = (t) => Object.values(t).reduce((a, b) => a + b, 0) - (t.code ?? 0);
  result.heap = {
    afterOneMiB: afterOne / 2 ** 20,
    afterManyMiB: afterMany / 2 ** 20,
    growth: afterMany / afterOne - 1,
    // From heap snapshots: everything but compiled code and bytecode.
    objectsAfterOneMiB: withoutCode(typesOne) / 2 ** 20,
    objectsAfterManyMiB: withoutCode(typesMany) / 2 ** 20,
    objectsGrowth: withoutCode(typesMany) / withoutCode(typesOne) - 1,
    codeAfterOneMiB: (typesOne.code ?? 0) / 2 ** 20,
    codeAfterManyMiB: (typesMany.code ?? 0) / 2 ** 20,
    secondsPerPlay: playing / 1000 / Math.max(1, 2 * PLAYS - 1),
    curveMiB: curve.map((b) => b / 2 ** 20),
    ...afterWarmUp(curve, routes, PLAYS),
  };
  await context.close();

  // 4 again, the game drawn by Chromium's CPU raster (no GPU emulation), one play-through.
  const cpuBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CPU_RASTER_ARGS,
    headless: true,
  });
  try {
    const cpu = await openPlaying(cpuBrowser, servers.game.url);
    await playThrough(cpu.page, 0, TRANSITION_WINDOW_MS);
    const cpuFrames = await transitionFrames(cpu.page, TRANSITION_WINDOW_MS);
    result.frames = {
      game: frameStats(frames),
      full: frameStats(stockFrames),
      gameCpuRaster: frameStats(cpuFrames),
    };
  } finally {
    await cpuBrowser.close();
  }
} finally {
  await browser.close();
  for (const { server } of Object.values(servers)) await server.close();
}

const f1 = (x) => x.toFixed(1);
const REFERENCE = { bare: 'bare Phaser hello world', hello: 'trimmed hello world' };
/** A load-time row: `page`'s median in `series` against the hello world `ref`. */
const loadRow = (label, series, page, ref, target = '') => [
  label,
  f1(series.medianMs[page]),
  `${f1(series.medianMs[ref])} (${REFERENCE[ref]})`,
  (series.medianMs[page] / series.medianMs[ref]).toFixed(2),
  target,
];
const rows = [
  ['measure', 'game', 'reference', 'ratio', 'target'],
  loadRow(
    `navigation → first title frame, median of ${RUNS} (ms)`,
    result.load,
    'game',
    'bare',
    '≤ 1.15',
  ),
  loadRow(
    'same, against a hello world built like the game, trimmed Phaser (ms)',
    result.load,
    'game',
    'hello',
  ),
  loadRow('same, the game with stock Phaser (ms)', result.load, 'full', 'bare'),
  loadRow(
    'navigation → first title frame, school network: 8 Mbit/s, 60 ms round trip (ms)',
    result.loadSchool,
    'game',
    'bare',
  ),
  loadRow('same, against the trimmed hello world (ms)', result.loadSchool, 'game', 'hello'),
  [
    'JS shipped in all, gzip (KiB)',
    f1(result.js.game.totalKiB),
    `${f1(result.js.full.totalKiB)} (stock Phaser)`,
    (result.js.game.totalKiB / result.js.full.totalKiB).toFixed(2),
    '≤ 250 KiB',
  ],
  [
    'JS fetched before the title frame, gzip (KiB)',
    f1(result.js.game.titleKiB),
    `${f1(result.js.bare.titleKiB)} (bare Phaser hello world)`,
    (result.js.game.titleKiB / result.js.bare.titleKiB).toFixed(2),
    '',
  ],
  [
    `JS heap after ${PLAYS} play-throughs vs 1 (MiB)`,
    f1(result.heap.afterManyMiB),
    `${f1(result.heap.afterOneMiB)} (after 1)`,
    (1 + result.heap.growth).toFixed(3),
    '< 1.10',
  ],
  [
    `same, heap snapshot without compiled code (MiB)`,
    f1(result.heap.objectsAfterManyMiB),
    `${f1(result.heap.objectsAfterOneMiB)} (after 1)`,
    (1 + result.heap.objectsGrowth).toFixed(3),
    '< 1.10',
  ],
  [
    `same as JS heap, after a warm-up playing each of the bench's ${result.heap.routes} routes once (MiB)`,
    f1(result.heap.warmAfterManyMiB ?? NaN),
    `${f1(result.heap.warmAfterOneMiB ?? NaN)} (after ${result.heap.warmUpPlays} + 1)`,
    (1 + (result.heap.warmGrowth ?? NaN)).toFixed(3),
    '',
  ],
  [
    `frame time in transitions, p50 / p95 (ms; ${result.frames.game.count} / ${result.frames.full.count} frames)`,
    `${f1(result.frames.game.p50)} / ${f1(result.frames.game.p95)}`,
    `${f1(result.frames.full.p50)} / ${f1(result.frames.full.p95)} (stock Phaser)`,
    (result.frames.game.p95 / result.frames.full.p95).toFixed(2),
    '',
  ],
  [
    `same, Chromium's CPU raster, no GPU emulation (ms; ${result.frames.gameCpuRaster.count} frames)`,
    `${f1(result.frames.gameCpuRaster.p50)} / ${f1(result.frames.gameCpuRaster.p95)}`,
    `${f1(result.frames.game.p50)} / ${f1(result.frames.game.p95)} (GPU emulated)`,
    (result.frames.gameCpuRaster.p95 / result.frames.game.p95).toFixed(2),
    'p95 < 16.7',
  ],
];
console.log();
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.join(' | ')} |`);
  if (i === 0) console.log(`|${row.map(() => ' --- ').join('|')}|`);
}
console.log();
const curvePoints = [1, 2, 5, 10, 20, 30, 45, 60, 90, 120].filter((n) => n <= 2 * PLAYS);
console.log(
  'used JS heap after n play-throughs (MiB): ' +
    curvePoints.map((n) => `${n}: ${result.heap.curveMiB[n - 1].toFixed(2)}`).join(', '),
);
for (const [file, size] of Object.entries(result.js.game.files))
  console.log(
    `  ${file}: ${f1(size)} KiB gzip${result.js.game.beforeTitle.includes(file) ? ' (title)' : ''}`,
  );
const m = result.machine;
console.log(`\n${m.date}, ${m.nproc} × ${m.cpu}, ${m.memGiB} GiB, ${m.chromium}, load ${m.load}`);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
const json = await format(JSON.stringify(result), { parser: 'json' });
writeFileSync(join(ROOT, 'bench/results.json'), json);
console.log('written to bench/results.json');
