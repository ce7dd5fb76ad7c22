/**
 * Rebuilds a play-through by replaying it through the machine: the start, then for every
 * choice its briefing, the choice and its two reveal pages, and finally the pages up to the
 * saved state. Anything the machine refuses makes the restore fail instead of guessing.
 */
import { createActor, type Actor } from 'xstate';
import { TAGS, type StoryEvent } from './events.ts';
import type { StoryMachine } from './storyMachine.ts';

/** Page turns tried after the last choice to reach a saved reading position. */
const MAX_PAGE_TURNS = 4;

function eventsFor(path: readonly string[]): StoryEvent[] {
  const events: StoryEvent[] = [{ type: 'game.start' }, { type: 'prologue.continue' }];
  for (const choice of path) {
    events.push(
      { type: 'briefing.continue' },
      { type: 'choice.select', choice },
      { type: 'reveal.continue' },
      { type: 'reveal.continue' },
    );
  }
  return events;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A started actor at `state` after `path`, or null when that play-through is impossible. */
export function restoreActor(
  machine: StoryMachine,
  path: readonly string[],
  state: unknown,
): Actor<StoryMachine> | null {
  const actor = createActor(machine).start();
  const matches = () => {
    const snap = actor.getSnapshot();
    return (
      same(snap.value, state) &&
      same(
        snap.context.path.map((s) => s.choice),
        path,
      )
    );
  };
  try {
    for (const event of eventsFor(path)) {
      if (matches()) return actor;
      actor.send(event);
    }
    for (let turn = 0; turn < MAX_PAGE_TURNS && !matches(); turn++) {
      const briefing = actor.getSnapshot().hasTag(TAGS.briefing);
      actor.send({ type: briefing ? 'briefing.continue' : 'reveal.continue' });
    }
    if (matches()) return actor;
  } catch {
    // An impossible event sequence is a failed restore, reported below.
  }
  actor.stop();
  return null;
}
