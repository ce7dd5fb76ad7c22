/**
 * Where the story's endings branch off the founders' route: for each ending, the latest
 * decision of the historical route at which another choice can still lead there. The endings
 * gallery turns it into a hint. Computed from the graph, so a new decision or ending needs no
 * code; cached per content set (content is immutable).
 */
import type { Content } from '../content/load.ts';
import { visibleChoices } from './graph.ts';
import { historicalRoute, replay } from './route.ts';

const cache = new WeakMap<Content, ReadonlyMap<string, string>>();

/** The endings reachable after these choices (whatever the player chooses from there). */
function endingsAfter(
  content: Content,
  choices: readonly string[],
  memo: Map<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  const result = replay(content, choices);
  if (result === null) return new Set();
  if (content.endings.has(result.at)) return new Set([result.at]);
  const key = `${result.at}|${JSON.stringify(result.timeline)}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const decision = content.decisions.get(result.at);
  const found = new Set<string>();
  for (const choice of decision ? visibleChoices(decision, result.timeline) : [])
    for (const ending of endingsAfter(content, [...choices, choice.id], memo)) found.add(ending);
  memo.set(key, found);
  return found;
}

/**
 * Ending id → the id of the last decision on the founders' route where a different choice can
 * still reach that ending. An ending missing from the map cannot be reached by leaving the route.
 */
export function branchPoints(content: Content): ReadonlyMap<string, string> {
  const cached = cache.get(content);
  if (cached !== undefined) return cached;
  const steps = historicalRoute(content).steps;
  const memo = new Map<string, ReadonlySet<string>>();
  const points = new Map<string, string>();
  steps.forEach((step, i) => {
    const before = steps.slice(0, i).map((s) => s.choice);
    const at = replay(content, before);
    const decision = content.decisions.get(step.decision);
    if (at === null || decision === undefined) return;
    for (const choice of visibleChoices(decision, at.timeline)) {
      if (choice.id === step.choice) continue;
      for (const ending of endingsAfter(content, [...before, choice.id], memo))
        points.set(ending, step.decision);
    }
  });
  cache.set(content, points);
  return points;
}
