/**
 * Rebuilding a play-through by replaying events through the machine. Saves keep the events the
 * machine accepted; share links keep only the choices, which `eventsForPath` turns back into
 * events. Whatever the machine refuses makes the restore fail instead of guessing.
 */
import { createActor, type Actor } from 'xstate';
import type { StoryEvent } from './events.ts';
import type { StoryMachine } from './storyMachine.ts';

/** From the title through every choice and its two reveal pages: lands on the next decision's
 * briefing, or on the ending's first page. */
export function eventsForPath(path: readonly string[]): StoryEvent[] {
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

export interface ReplayExpectation {
  /** The state value the replay must end in. */
  readonly state?: unknown;
  /** The choices the replay must have made, in order. */
  readonly path?: readonly string[];
}

/** A started actor after `events`, or null when one is refused or the result is not as expected. */
export function replayEvents(
  machine: StoryMachine,
  events: readonly StoryEvent[],
  expected: ReplayExpectation = {},
): Actor<StoryMachine> | null {
  const actor = createActor(machine).start();
  try {
    for (const event of events) {
      const before = actor.getSnapshot();
      actor.send(event);
      if (actor.getSnapshot() === before) throw new Error(`refused ${event.type}`);
    }
  } catch {
    actor.stop();
    return null;
  }
  const snap = actor.getSnapshot();
  const ok =
    (expected.state === undefined || same(snap.value, expected.state)) &&
    (expected.path === undefined ||
      same(
        snap.context.path.map((s) => s.choice),
        expected.path,
      ));
  if (ok) return actor;
  actor.stop();
  return null;
}
