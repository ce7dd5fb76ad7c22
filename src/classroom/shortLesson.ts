/**
 * The short lesson judged by the story's own rules: which decisions the class votes on, which
 * are taken as the founders took them (each with its recap), over every route a class could
 * vote its way through. Pure functions of the story domain, no state.
 */
import type { Content } from '../content/load.ts';
import type { ClassroomData } from '../content/classroomSchema.ts';
import { resolveRoute, visibleChoices } from '../story/graph.ts';
import { applyEffects, initialTimeline, type Timeline } from '../story/timeline.ts';

/** How the short lesson plays out over every route the class could vote its way through. */
export interface ShortLessonFlow {
  /** Decisions of the subset that some route reaches. */
  readonly played: ReadonlySet<string>;
  /** Decisions outside the subset that some route passes, each taken as the founders took it. */
  readonly skipped: ReadonlySet<string>;
  /** The most decisions the class votes on along any one route. */
  readonly longest: number;
  readonly problems: readonly string[];
}

/**
 * Walks every route of a short lesson: the class may take any choice at a decision of the
 * subset; any other decision is taken as the founders took it, so it must offer their choice on
 * every route that reaches it. Every route must end at an ending.
 */
export function shortLessonFlow(content: Content, decisions: readonly string[]): ShortLessonFlow {
  const subset = new Set(decisions);
  const played = new Set<string>();
  const skipped = new Set<string>();
  const problems = new Set<string>();
  let longest = 0;
  const walk = (at: string, timeline: Timeline, votes: number, depth: number): void => {
    const decision = content.decisions.get(at);
    if (decision === undefined) {
      if (!content.endings.has(at)) problems.add(`the short lesson reaches unknown node "${at}"`);
      longest = Math.max(longest, votes);
      return;
    }
    if (depth > content.story.decisions.length) {
      problems.add(`the short lesson loops at "${at}"`);
      return;
    }
    const visible = visibleChoices(decision, timeline);
    const inSubset = subset.has(at);
    (inSubset ? played : skipped).add(at);
    const taken = inSubset ? visible : visible.filter((c) => c.historical);
    if (taken.length === 0)
      problems.add(
        `the short lesson skips "${at}", but on some route it offers no founders' choice`,
      );
    for (const choice of taken) {
      const next = applyEffects(timeline, choice.effects);
      walk(resolveRoute(choice.next, next), next, votes + (inSubset ? 1 : 0), depth + 1);
    }
  };
  walk(content.story.start, initialTimeline(content.story.meters), 0, 0);
  for (const d of subset)
    if (content.decisions.has(d) && !played.has(d))
      problems.add(`short-lesson decision "${d}" is never reached`);
  return { played, skipped, longest, problems: [...problems] };
}

/** Why a short lesson cannot be played as a story; `[]` when it can. */
export function shortLessonProblems(classroom: ClassroomData, content: Content): string[] {
  const { decisions, bridges } = classroom.shortLesson;
  const problems: string[] = [];
  const known = decisions.filter((d) => {
    if (!content.decisions.has(d)) problems.push(`short lesson names unknown decision "${d}"`);
    return content.decisions.has(d);
  });
  if (new Set(decisions).size !== decisions.length)
    problems.push('short lesson names a decision twice');
  const dates = known.map((d) => content.decisions.get(d)?.date ?? '');
  if (dates.some((date, i) => i > 0 && date < (dates[i - 1] ?? '')))
    problems.push('short-lesson decisions are not in story order');
  const flow = shortLessonFlow(content, known);
  problems.push(...flow.problems);
  const bridged = new Set(bridges.map((b) => b.decision));
  for (const d of flow.skipped)
    if (!bridged.has(d)) problems.push(`short lesson takes "${d}" as history but has no recap`);
  for (const d of bridged)
    if (!flow.skipped.has(d))
      problems.push(`short-lesson recap for "${d}", which is never skipped`);
  return problems;
}
