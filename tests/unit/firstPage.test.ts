/**
 * What the first frame does not need waits for it, once, and never for ever (src/perf/firstPage.ts):
 * the text layer is built after the first page is drawn, or after a second if no frame comes.
 */
// Phaser's own emitter and event name: Phaser as a whole cannot load in Node (it reads `navigator`).
import { createRequire } from 'node:module';
import EventEmitter from 'eventemitter3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_PAGE_FALLBACK_MS,
  afterFirstPage,
  type FrameEvents,
} from '../../src/perf/firstPage.ts';

// Phaser.Core.Events.POST_RENDER, from Phaser's own source (its package exports hide the file).
const POST_RENDER = createRequire(import.meta.url)(
  '../../node_modules/phaser/src/core/events/POST_RENDER_EVENT.js',
) as string;

/** Phaser's game events are an eventemitter3 emitter; a frame is one POST_RENDER. */
function frames() {
  const events = new EventEmitter();
  return {
    events: events as unknown as FrameEvents,
    draw: () => events.emit(POST_RENDER),
    listening: () => events.listenerCount(POST_RENDER),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterFirstPage', () => {
  it('listens for the event Phaser emits after each frame', () => {
    expect(POST_RENDER).toBe('postrender');
  });

  it('runs once, in a task after the first frame with the page shown, and stops listening', () => {
    const f = frames();
    let shown = false;
    const then = vi.fn();
    afterFirstPage(f.events, () => shown, then);
    f.draw(); // the boot scene's frame: no page yet
    vi.advanceTimersByTime(0);
    expect(then).not.toHaveBeenCalled();
    shown = true;
    f.draw();
    expect(then).not.toHaveBeenCalled(); // not inside the frame: after its paint
    f.draw(); // a second frame before the task ran queues no second run
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    expect(f.listening()).toBe(0);
    vi.advanceTimersByTime(FIRST_PAGE_FALLBACK_MS * 2);
    f.draw();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after FIRST_PAGE_FALLBACK_MS when no frame is drawn (a hidden tab, a failed canvas)', () => {
    const f = frames();
    const then = vi.fn();
    afterFirstPage(f.events, () => true, then);
    vi.advanceTimersByTime(FIRST_PAGE_FALLBACK_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    expect(f.listening()).toBe(0);
    f.draw();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
