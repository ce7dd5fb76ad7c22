// Page-side helpers for scripts/bench.mjs: playing the built game fast with the keyboard, and
// reading frame times and heap size from Chromium. No assertions: the bench reports, tests test.

/** Stored before the game loads: pages show whole at once, so a play-through waits on nothing. */
export const BENCH_SETTINGS = { textSpeed: 'instant' };

export async function seedSettings(context) {
  await context.addInitScript((settings) => {
    if (localStorage.getItem('founders-dilemma.settings') === null)
      localStorage.setItem(
        'founders-dilemma.settings',
        JSON.stringify({ game: 'founders-dilemma', schema: 1, settings }),
      );
  }, BENCH_SETTINGS);
}

/** Records every animation frame's timestamp and every User Timing mark, from page start. */
export async function recordFrames(context) {
  await context.addInitScript(() => {
    const frames = [];
    const tick = (t) => {
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    Object.defineProperty(window, '__benchFrames', { value: frames });
  });
}

/** "decision:funding:choosing", "ending:x:epilogue", "title"…: changes whenever the screen does. */
const whereNow = () => {
  const v = window.__fd.view();
  if (v.screen === 'decision' || v.screen === 'reveal')
    return `${v.screen}:${v.decision}:${v.phase}`;
  if (v.screen === 'ending') return `ending:${v.ending}:${v.phase}`;
  return v.screen;
};

/**
 * Plays from the title to an ending and back to the title (Enter on the epilogue restarts), with
 * number keys and Enter; `route` picks which choice (varied so play-throughs differ). Each key
 * press is marked `bench-press` so frame times can be read around it; `settleMs` waits after
 * each screen change, as a reader would, so transitions do not overlap. Returns the path played
 * ("funding>counteroffers>…>ending"), read from the branch map on reaching the ending.
 */
export async function playThrough(page, route, settleMs = 0) {
  await page.evaluate(() => document.activeElement?.blur?.());
  let path = null;
  for (let step = 0; step < 400; step++) {
    const v = await page.evaluate(() => window.__fd.view());
    if (v.screen === 'title' && path !== null) return path;
    if (v.screen === 'ending' && path === null)
      path = await page.evaluate(() => window.__fd.map().route.join('>'));
    let key = 'Enter';
    if (v.screen === 'decision' && v.phase === 'choosing')
      key = String(v.choices[(route + step) % v.choices.length].key);
    const before = await page.evaluate(whereNow);
    await page.evaluate(() => performance.mark('bench-press'));
    await page.keyboard.press(key);
    await page.waitForFunction((b) => {
      const v = window.__fd.view();
      const w =
        v.screen === 'decision' || v.screen === 'reveal'
          ? `${v.screen}:${v.decision}:${v.phase}`
          : v.screen === 'ending'
            ? `ending:${v.ending}:${v.phase}`
            : v.screen;
      return w !== b;
    }, before);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
  }
  throw new Error('no ending after 400 key presses');
}

/**
 * Frame deltas (ms) inside transitions: between `fd-transition-start` and `fd-transition-end`
 * marks when the game makes them, else in the `windowMs` after each `bench-press` mark.
 */
export async function transitionFrames(page, windowMs) {
  return page.evaluate((windowMs) => {
    const marks = (name) => performance.getEntriesByName(name).map((m) => m.startTime);
    const starts = marks('fd-transition-start');
    const ends = marks('fd-transition-end');
    const windows =
      starts.length > 0
        ? starts.map((s) => [s, ends.find((e) => e >= s) ?? s + windowMs])
        : marks('bench-press').map((s) => [s, s + windowMs]);
    const frames = window.__benchFrames;
    const deltas = [];
    for (let i = 1; i < frames.length; i++)
      if (windows.some(([a, b]) => frames[i] > a && frames[i] <= b))
        deltas.push(frames[i] - frames[i - 1]);
    return { source: starts.length > 0 ? 'fd-transition marks' : 'key presses', deltas };
  }, windowMs);
}

/** Used JS heap (bytes) after forcing garbage collection through the DevTools protocol. */
export async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * A heap snapshot's self sizes summed by node type (bytes), after GC. "code" is V8's compiled
 * code and bytecode, which grows as V8's optimising compilers (Maglev, TurboFan) take on more of
 * the game's functions as their call counts build up, play-through after play-through (the same
 * route replayed grows it as much): it is reported apart from what the game's own objects hold.
 */
export async function heapByType(cdp) {
  await heapAfterGc(cdp);
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const sums = {};
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    sums[type] = (sums[type] ?? 0) + nodes[i + sizeAt];
  }
  return sums;
}

/**
 * The heap ratio taken after a warm-up: `warmUpPlays` play-throughs, enough to have played every
 * distinct route of `routes` once; then used heap after one more play-through against after
 * `plays` more. `curve[i]` is the used heap after i + 1 play-throughs, `routes[i]` that one's path.
 * Reported beside the issue's own ratio (after 1 vs after `plays`), not instead of it.
 */
export function afterWarmUp(curve, routes, plays) {
  const distinct = [...new Set(routes)];
  const warmUpPlays = Math.max(...distinct.map((r) => routes.indexOf(r))) + 1;
  const one = curve[warmUpPlays];
  const many = curve[warmUpPlays + plays - 1];
  if (one === undefined || many === undefined) return { routes: distinct.length, warmUpPlays };
  return {
    routes: distinct.length,
    warmUpPlays,
    warmAfterOneMiB: one / 2 ** 20,
    warmAfterManyMiB: many / 2 ** 20,
    warmGrowth: many / one - 1,
  };
}

/**
 * Forgets what the bench itself keeps in the page: its `bench-press` marks and its log of frame
 * times. The game's own marks and resource entries stay, as in a player's page: the game keeps its
 * transition marks bounded (src/perf/timeline.ts), the browser its resource entries (250).
 */
export async function clearTimeline(page) {
  await page.evaluate(() => {
    performance.clearMarks('bench-press');
    if (Array.isArray(window.__benchFrames)) window.__benchFrames.length = 0;
  });
}
