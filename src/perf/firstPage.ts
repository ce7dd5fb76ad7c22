/**
 * "After the first page is on screen": the moment the composition root builds what the first
 * frame does not need (the hidden text layer, its panels, the teacher pack). Built before it,
 * their DOM and the layout it forces ran ahead of Phaser's boot on every cold load; after it,
 * they land a frame later, before a reader could reach them.
 */

/**
 * If no frame comes (a hidden tab draws none, a canvas that fails draws none), the work runs
 * anyway after this long: the text layer is the whole game for a screen reader.
 */
export const FIRST_PAGE_FALLBACK_MS = 1000;

/** What this needs of Phaser's game events: the event after each frame's rendering. */
export interface FrameEvents {
  on(event: 'postrender', listener: () => void): unknown;
  off(event: 'postrender', listener: () => void): unknown;
}

/**
 * Calls `then` once, in a task after the first frame in which `pageShown()` is true (a task
 * queued while the frame renders runs after the browser has painted it), or after
 * FIRST_PAGE_FALLBACK_MS, whichever comes first. `events` are the game's: 'postrender' is
 * Phaser.Core.Events.POST_RENDER (tests/unit/firstPage.test.ts holds them equal).
 */
export function afterFirstPage(events: FrameEvents, pageShown: () => boolean, then: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    events.off('postrender', onRender);
    then();
  };
  const onRender = () => {
    if (pageShown()) setTimeout(run, 0);
  };
  const fallback = setTimeout(run, FIRST_PAGE_FALLBACK_MS);
  events.on('postrender', onRender);
}
