/**
 * Page transitions: a new page fades in as it rises into place, and the cards of "What really
 * happened" arrive one after another. Under reduced motion nothing moves: the page is simply
 * there.
 *
 * Each transition is bracketed by `performance.mark('fd-transition-start')` and
 * `performance.mark('fd-transition-end')` (the end once every tween of it has finished, or at
 * once when nothing moves), so the frame-time benchmark can find the frames inside it. Both
 * marks' detail name the scene; the end mark's also says how many tweens the transition ran
 * (none under reduced motion) and whether it was cut short by the next page. Only the last
 * `TRANSITIONS_KEPT` transitions' marks are kept (src/perf/timeline.ts).
 *
 * Only alpha and y of a few containers change per frame: no text is re-rendered, no redraw.
 */
import type Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { TRANSITIONS_KEPT } from '../../src/perf/timeline.ts';
import { DURATION, TRAVEL } from '../../src/ui/theme.ts';

export const TRANSITION_START = 'fd-transition-start';
export const TRANSITION_END = 'fd-transition-end';

type Movable = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.AlphaSingle &
  Phaser.GameObjects.Components.Transform;

/** The transition in progress (one page is entered at a time): its tweens still running. */
let open: { pending: number; tweens: number; scene: string } | null = null;
/** Transitions whose marks are on the page's timeline now (see TRANSITIONS_KEPT). */
let marked = 0;

/** Ends the transition; `cut` when a new page came before its tweens were done. */
function finish(cut = false): void {
  if (open === null) return;
  const { tweens, scene } = open;
  performance.mark(TRANSITION_END, { detail: { tweens, scene, cut } });
  open = null;
}

function settled(): void {
  if (open === null) return;
  open.pending -= 1;
  if (open.pending <= 0) finish();
}

/** Moves `target` from `rise` pixels lower and see-through to where it is, as part of the transition. */
function arrive(
  scene: Phaser.Scene,
  target: Movable,
  rise: number,
  duration: number,
  delay = 0,
): void {
  if (open === null) return;
  const y = target.y;
  target.setAlpha(0).setY(y + rise);
  open.pending += 1;
  open.tweens += 1;
  scene.tweens.add({
    targets: target,
    alpha: 1,
    y,
    delay,
    duration,
    ease: 'Cubic.easeOut',
    onComplete: settled,
    // A page rebuilt mid-way (a resize, a new language) stops its tweens: it is then in place.
    onStop: settled,
  });
}

/** A new page on screen: starts a transition and brings the page in (at once if `reduced`). */
export function enterPage(
  scene: Phaser.Scene,
  layout: Layout,
  page: Movable,
  reduced: boolean,
): void {
  finish(true);
  // The browser keeps marks until they are cleared: the timeline must not grow all visit long.
  if (marked >= TRANSITIONS_KEPT) {
    performance.clearMarks(TRANSITION_START);
    performance.clearMarks(TRANSITION_END);
    marked = 0;
  }
  marked += 1;
  const key = scene.sys.settings.key;
  performance.mark(TRANSITION_START, { detail: { scene: key } });
  open = { pending: 0, tweens: 0, scene: key };
  if (!reduced) arrive(scene, page, layout.css(TRAVEL.pageRise), DURATION.pageIn);
  if (open.pending === 0) finish();
}

/**
 * The record arrives: `cards` come in one after another, as part of the page's transition (when
 * one is in progress: not on a redraw of the same page).
 */
export function arriveInTurn(
  scene: Phaser.Scene,
  layout: Layout,
  cards: readonly Movable[],
  reduced: boolean,
): void {
  if (reduced || open === null) return;
  cards.forEach((card, i) =>
    arrive(
      scene,
      card,
      layout.css(TRAVEL.cardRise),
      DURATION.cardIn,
      (i + 1) * DURATION.cardStagger,
    ),
  );
}
