/**
 * `mapModel`: the branch map as data, generated from the story graph, the machine's context
 * and the memory across play-throughs — never drawn by hand, so a decision added to the story
 * appears on it with no code change. Pure: no Phaser, no DOM.
 */
import type { Content } from '../content/load.ts';
import type { Choice, Decision } from '../content/schema.ts';
import type { Translate } from '../i18n/translate.ts';
import type { StoryContext } from '../machine/events.ts';
import { choiceKey, type Memory } from '../persistence/memory.ts';
import { possibleTargets } from '../story/graph.ts';
import { historicalRoute, replay, type RouteStep } from '../story/route.ts';
import { comparison } from './model.ts';
import type {
  ChoiceMark,
  MapBand,
  MapChoice,
  MapDecision,
  MapEnding,
  MapLink,
  MapView,
  TakenStep,
} from './replayTypes.ts';

/** Decisions in timeline order (by date; authored order within a date). */
export function decisionsByDate(content: Content): Decision[] {
  return [...content.story.decisions].sort((a, b) => a.date.localeCompare(b.date));
}

/** Date bands: decisions in the same month share a band, stacked in authored order. */
function dateBands(decisions: readonly Decision[]): Decision[][] {
  const bands: Decision[][] = [];
  for (const d of decisions) {
    const last = bands.at(-1);
    if (last?.[0]?.date.slice(0, 7) === d.date.slice(0, 7)) last.push(d);
    else bands.push([d]);
  }
  return bands;
}

/** Node ids of a list of steps, then the node it leads to (a decision to play, or an ending). */
function nodesOf(content: Content, steps: readonly RouteStep[]): string[] {
  const at = replay(
    content,
    steps.map((s) => s.choice),
  )?.at;
  return [...steps.map((s) => s.decision), ...(at === undefined ? [] : [at])];
}

/** Every pair of consecutive nodes of the routes, as "from>to". */
function pairs(routes: readonly (readonly string[])[]): Set<string> {
  return new Set(routes.flatMap((r) => r.slice(1).map((to, i) => `${r[i]}>${to}`)));
}

function targetsOf(choice: Choice): string[] {
  return [
    ...new Set(typeof choice.next === 'string' ? [choice.next] : choice.next.map((r) => r.to)),
  ];
}

/**
 * The branch map for this play-through. `atDecisions` is false on the title and the prologue:
 * the first decision is then the next stop, not where the player is.
 */
export function mapModel(
  content: Content,
  t: Translate,
  context: StoryContext,
  memory: Memory,
  atDecisions = true,
): MapView {
  const route = nodesOf(content, context.path);
  const founders = historicalRoute(content);
  const historical = [...founders.steps.map((s) => s.decision), founders.at];
  const earlierRoutes = context.earlierRoutes.map((r) => nodesOf(content, r));
  const earlierChoices = new Set(
    context.earlierRoutes.flat().map((s) => choiceKey(s.decision, s.choice)),
  );
  const routeChoices = new Set(context.path.map((s) => choiceKey(s.decision, s.choice)));
  const onEarlier = new Set(earlierRoutes.flat());

  const ordered = decisionsByDate(content);
  const bands = dateBands(ordered);
  const place = new Map<string, { band: number; stack: number }>();
  bands.forEach((band, b) => band.forEach((d, stack) => place.set(d.id, { band: b, stack })));
  content.story.endings.forEach((e, stack) => place.set(e.id, { band: bands.length, stack }));

  const endingTitle = (id: string) => {
    const ending = content.endings.get(id);
    if (ending === undefined) return id;
    if (memory.endings.has(id)) return t(ending.title);
    return t(ending.historical ? 'ui.ending.historical' : 'ui.map.endingLocked');
  };
  const nodeTitle = (id: string) => {
    const decision = content.decisions.get(id);
    return decision ? `${t(decision.dateLine)}: ${t(decision.title)}` : endingTitle(id);
  };
  const node = (id: string, title: string) => ({
    id,
    title,
    band: place.get(id)?.band ?? 0,
    stack: place.get(id)?.stack ?? 0,
    onRoute: route.includes(id),
    onHistorical: historical.includes(id),
    onEarlier: onEarlier.has(id),
  });

  const markOf = (key: string): ChoiceMark =>
    routeChoices.has(key)
      ? 'route'
      : earlierChoices.has(key)
        ? 'earlier'
        : memory.explored.has(key)
          ? 'explored'
          : 'locked';

  const decisions: MapDecision[] = ordered.map((d) => {
    const reached = context.path.some((s) => s.decision === d.id);
    const choices: MapChoice[] = d.choices.map((c) => {
      const mark = markOf(choiceKey(d.id, c.id));
      return {
        id: c.id,
        label: t(c.label),
        mark,
        historical: c.historical,
        status: t(`ui.map.mark.${mark}`),
        leadsTo: mark === 'locked' ? null : targetsOf(c).map(nodeTitle),
      };
    });
    return {
      kind: 'decision',
      ...node(d.id, t(d.title)),
      date: d.date,
      dateLine: t(d.dateLine),
      choices,
      reached,
      current: atDecisions && route.at(-1) === d.id,
      rewind: reached ? { type: 'history.rewind', decision: d.id } : null,
    };
  });

  const endings: MapEnding[] = content.story.endings.map((e) => ({
    kind: 'ending',
    ...node(e.id, endingTitle(e.id)),
    reached: memory.endings.has(e.id),
    historical: e.historical,
  }));

  const onRoute = pairs([route]);
  const onHistory = pairs([historical]);
  const onEarlierRoute = pairs(earlierRoutes);
  const links: MapLink[] = ordered.flatMap((d) =>
    possibleTargets(d).map((to) => ({
      from: d.id,
      to,
      route: onRoute.has(`${d.id}>${to}`),
      historical: onHistory.has(`${d.id}>${to}`),
      earlier: onEarlierRoute.has(`${d.id}>${to}`),
    })),
  );

  const mapBands: MapBand[] = [
    ...bands.map((band) => ({
      label: band[0]?.date.slice(0, 4) ?? '',
      nodes: band.map((d) => d.id),
    })),
    { label: t('ui.map.endings'), nodes: content.story.endings.map((e) => e.id) },
  ];

  const taken = takenSteps(content, t, context.path);

  return {
    bands: mapBands,
    decisions,
    endings,
    links,
    route,
    historical,
    earlierRoutes,
    taken,
    comparison: comparison(content, t, context),
  };
}

/**
 * The decisions taken on this route, for "choose again": the only part of the map the text
 * layer shows outside a closed disclosure, so it is cheap to have without the whole map.
 */
export function takenSteps(
  content: Content,
  t: Translate,
  path: StoryContext['path'],
): TakenStep[] {
  return path.flatMap((step) => {
    const d = content.decisions.get(step.decision);
    const choice = d?.choices.find((c) => c.id === step.choice);
    if (d === undefined || choice === undefined) return [];
    return [
      {
        decision: d.id,
        dateLine: t(d.dateLine),
        title: t(d.title),
        chosen: t(choice.label),
        event: { type: 'history.rewind' as const, decision: d.id },
      },
    ];
  });
}
