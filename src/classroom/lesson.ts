/**
 * The story as the classroom machine drives it: the story machine's snapshot, moved on with
 * XState's pure `transition` (so the story machine alone decides where every choice leads),
 * and read for the decision on screen and the choices it offers.
 */
import { initialTransition, transition } from 'xstate';
import type { Content } from '../content/load.ts';
import type { ClassroomData } from '../content/classroomSchema.ts';
import type { Choice, Decision } from '../content/schema.ts';
import type { StoryEvent } from '../machine/events.ts';
import type { StoryMachine } from '../machine/storyMachine.ts';
import { visibleChoices } from '../story/graph.ts';
import type { DecisionRecord, LessonKind, StorySnapshot } from './events.ts';

/** The story's first snapshot (its title). */
export function storyStart(machine: StoryMachine): StorySnapshot {
  return initialTransition(machine)[0];
}

/** The story after these events; an event the story refuses changes nothing. */
export function storyAfter(
  machine: StoryMachine,
  snapshot: StorySnapshot,
  ...events: readonly StoryEvent[]
): StorySnapshot {
  return events.reduce((snap, event) => transition(machine, snap, event)[0], snapshot);
}

/** Where the story stands: a decision id, "ending", "prologue" or "title"; and the phase. */
export function storyPlace(snapshot: StorySnapshot): { node: string; inner: string | null } {
  const value: unknown = snapshot.value;
  if (typeof value === 'string') return { node: value, inner: null };
  const [node, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['title', null];
  if (typeof inner === 'string') return { node, inner };
  const [ending] = Object.keys(inner ?? {});
  return { node, inner: ending ?? null };
}

/** The decision the story is at, if it is at one. */
export function decisionAt(content: Content, snapshot: StorySnapshot): Decision | undefined {
  return content.decisions.get(storyPlace(snapshot).node);
}

/** The choices the decision on screen offers on this route, in the story's order. */
export function choicesAt(content: Content, snapshot: StorySnapshot): Choice[] {
  const decision = decisionAt(content, snapshot);
  return decision === undefined ? [] : visibleChoices(decision, snapshot.context.timeline);
}

/** The decisions the class votes on: all of them, or the short lesson's subset. */
export function votedDecisions(
  classroom: ClassroomData,
  lesson: LessonKind,
): ReadonlySet<string> | null {
  return lesson === 'short' ? new Set(classroom.shortLesson.decisions) : null;
}

/**
 * Takes every decision the lesson skips, from the briefing the story stands at, as the founders
 * took it; stops at a decision the class votes on, or at an ending. Returns the story then, the
 * records of what was taken, and the decisions skipped (whose recaps the class is shown).
 */
export function takeSkipped(
  machine: StoryMachine,
  content: Content,
  snapshot: StorySnapshot,
  voted: ReadonlySet<string> | null,
): { story: StorySnapshot; records: DecisionRecord[]; skipped: string[] } {
  let story = snapshot;
  const records: DecisionRecord[] = [];
  const skipped: string[] = [];
  for (;;) {
    const decision = decisionAt(content, story);
    if (decision === undefined || voted === null || voted.has(decision.id)) break;
    const founders = choicesAt(content, story).find((c) => c.historical);
    // The short lesson's checks (shortLesson.ts) guarantee a founders' choice wherever it skips.
    if (founders === undefined) break;
    const before = story;
    story = storyAfter(
      machine,
      story,
      { type: 'briefing.continue' },
      { type: 'choice.select', choice: founders.id },
      { type: 'reveal.continue' },
      { type: 'reveal.continue' },
    );
    if (story === before) break;
    records.push({
      decision: decision.id,
      choice: founders.id,
      decidedBy: 'founders',
      hands: null,
      leaders: [],
    });
    skipped.push(decision.id);
  }
  return { story, records, skipped };
}
