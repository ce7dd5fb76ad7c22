/** Shared traversal set-up for the path tests: every event the story can ever be sent. */
import type { AnyStateMachine } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { Content } from '../../src/content/load.ts';
import type { StoryEvent } from '../../src/machine/events.ts';
import { createStoryMachine } from '../../src/machine/storyMachine.ts';

/** Page turns plus a choice.select for every choice id in the story (payloads must be explicit,
 * or the traversal only knows event types and never gets past the first decision). */
export function storyEvents(content: Content, withRestart = false): StoryEvent[] {
  const choiceIds = new Set(content.story.decisions.flatMap((d) => d.choices.map((c) => c.id)));
  return [
    { type: 'game.start' },
    { type: 'prologue.continue' },
    { type: 'briefing.continue' },
    { type: 'reveal.continue' },
    ...[...choiceIds].map((choice) => ({ type: 'choice.select' as const, choice })),
    ...(withRestart ? [{ type: 'game.restart' as const }] : []),
  ];
}

/** A state's identity for the traversal: where it is and the timeline (not the cue history). */
export const serializeState = (s: { value: unknown; context: { path: unknown } }) =>
  JSON.stringify([s.value, s.context.path]);

export function reachable(content: Content) {
  const machine = createStoryMachine(content);
  return getShortestPaths(machine, { events: storyEvents(content), serializeState });
}

interface TraversedState {
  value: unknown;
  context: { path: unknown };
  hasTag(tag: string): boolean;
}

/** Every reachable state by its serialised key, with where each event takes it. */
export function adjacency(
  content: Content,
): Record<
  string,
  { state: TraversedState; transitions: Record<string, { state: TraversedState }> }
> {
  // The graph's generic signature cannot see emitted-event types; the machine is an ordinary one.
  const machine = createStoryMachine(content) as AnyStateMachine;
  return { ...getAdjacencyMap(machine, { events: storyEvents(content), serializeState }) };
}

/** "funding" from { funding: 'briefing' }, "ending:win" from { ending: { win: 'summary' } }. */
export function nodeOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const [node, inner] = Object.entries(value as object)[0] as [string, unknown];
  return node === 'ending' ? `ending:${Object.keys(inner as object)[0]}` : node;
}
