/**
 * Whole routes through the story: the founders' route, and replaying a list of choices.
 * Used by the ending comparison, the golden transcript test and save recovery.
 */
import type { Content } from '../content/load.ts';
import { resolveRoute, visibleChoices } from './graph.ts';
import { applyEffects, initialTimeline, type Timeline } from './timeline.ts';

export interface RouteStep {
  readonly decision: string;
  readonly choice: string;
}

export interface ReplayResult {
  readonly steps: readonly RouteStep[];
  readonly timeline: Timeline;
  /** The node the last step leads to (a decision still to play, or an ending). */
  readonly at: string;
}

/**
 * Replays choice ids from the start. Returns null when a choice is unknown or not offered at
 * that point, so a tampered or outdated list is refused rather than half-applied.
 */
export function replay(content: Content, choices: readonly string[]): ReplayResult | null {
  let timeline = initialTimeline(content.story.meters);
  let at = content.story.start;
  const steps: RouteStep[] = [];
  for (const choiceId of choices) {
    const decision = content.decisions.get(at);
    if (decision === undefined) return null;
    const choice = visibleChoices(decision, timeline).find((c) => c.id === choiceId);
    if (choice === undefined) return null;
    timeline = applyEffects(timeline, choice.effects);
    steps.push({ decision: decision.id, choice: choice.id });
    at = resolveRoute(choice.next, timeline);
  }
  return { steps, timeline, at };
}

/** The founders' route: the historical choice at every decision, from the start to its ending. */
export function historicalRoute(content: Content): ReplayResult {
  const choices: string[] = [];
  let result = replay(content, choices);
  while (result !== null && content.decisions.has(result.at)) {
    const decision = content.decisions.get(result.at);
    const historical =
      decision && visibleChoices(decision, result.timeline).find((c) => c.historical);
    if (historical === undefined)
      throw new Error(`decision "${result.at}" has no historical choice`);
    choices.push(historical.id);
    result = replay(content, choices);
  }
  if (result === null) throw new Error('the historical route does not replay');
  return result;
}
