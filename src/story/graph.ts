/**
 * Reading the story graph: which choices a decision offers on this timeline, which briefing
 * it shows, where a choice leads, and every node a choice could lead to.
 */
import type { Block, Choice, Decision, Route } from '../content/schema.ts';
import { holds, type Timeline } from './timeline.ts';

/** The choices a decision offers on this timeline, in authored order. */
export function visibleChoices(decision: Decision, timeline: Timeline): Choice[] {
  return decision.choices.filter((choice) => holds(choice.when, timeline));
}

/** The briefing of the first variant whose condition holds, or the default briefing. */
export function briefingFor(decision: Decision, timeline: Timeline): Block[] {
  return (
    decision.briefingVariants.find((v) => holds(v.when, timeline))?.briefing ?? decision.briefing
  );
}

/** The node id a route leads to on this timeline (the first route whose condition holds). */
export function resolveRoute(route: Route, timeline: Timeline): string {
  if (typeof route === 'string') return route;
  const match = route.find((r) => holds(r.when, timeline));
  // The schema guarantees an unconditional last route, so a match always exists.
  if (match === undefined) throw new Error('route without an unconditional fallback');
  return match.to;
}

/** Every node id any of the decision's choices could lead to, whatever the timeline. */
export function possibleTargets(decision: Decision): string[] {
  const targets = decision.choices.flatMap((c) =>
    typeof c.next === 'string' ? [c.next] : c.next.map((r) => r.to),
  );
  return [...new Set(targets)];
}
