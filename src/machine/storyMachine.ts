/**
 * The story machine: one state per decision point, generated from the story graph, with the
 * phases of play inside (briefing → choosing → outcome → history). Endings are states too, with
 * their own pages (summary → compare → epilogue). No invoke, after or delays, so xstate/graph
 * can walk it.
 */
import { assign, emit, setup } from 'xstate';
import type { Content } from '../content/load.ts';
import { possibleTargets, resolveRoute, visibleChoices } from '../story/graph.ts';
import { replay } from '../story/route.ts';
import { applyEffects, initialTimeline } from '../story/timeline.ts';
import { TAGS, type Cue, type StoryContext, type StoryEmitted, type StoryEvent } from './events.ts';

export const MACHINE_ID = 'fd';
/** Earlier routes kept for comparison; older ones are dropped. */
const MAX_EARLIER_ROUTES = 8;

/** The state id a node id is entered through: a decision or an ending. */
function targetOf(content: Content, node: string): string {
  return content.endings.has(node) ? `#${MACHINE_ID}.ending.${node}` : `#${MACHINE_ID}.${node}`;
}

/** Builds the machine for a content set; the content is closed over by guards and actions. */
export function createStoryMachine(content: Content) {
  const fresh = (): StoryContext => ({
    timeline: initialTimeline(content.story.meters),
    path: [],
    next: null,
    earlierRoutes: [],
  });

  const machineSetup = setup({
    types: {
      context: {} as StoryContext,
      events: {} as StoryEvent,
      emitted: {} as StoryEmitted,
    },
    guards: {
      choiceAvailable: ({ context, event }, params: { decision: string }) => {
        const decision = content.decisions.get(params.decision);
        return (
          event.type === 'choice.select' &&
          decision !== undefined &&
          visibleChoices(decision, context.timeline).some((c) => c.id === event.choice)
        );
      },
      nextIs: ({ context }, params: { node: string }) => context.next === params.node,
      /** Only a decision already taken can be rewound to. */
      takenBefore: ({ context, event }, params: { decision: string }) =>
        event.type === 'history.rewind' &&
        event.decision === params.decision &&
        context.path.some((s) => s.decision === params.decision),
    },
    actions: {
      reset: assign(() => fresh()),
      applyChoice: assign(({ context, event }, params: { decision: string }) => {
        const decision = content.decisions.get(params.decision);
        const choice = decision?.choices.find(
          (c) => event.type === 'choice.select' && c.id === event.choice,
        );
        if (decision === undefined || choice === undefined) return {};
        const timeline = applyEffects(context.timeline, choice.effects);
        return {
          timeline,
          path: [...context.path, { decision: decision.id, choice: choice.id }],
          next: resolveRoute(choice.next, timeline),
        };
      }),
      rewind: assign(({ context, event }) => {
        if (event.type !== 'history.rewind') return {};
        const keep = context.path.findIndex((s) => s.decision === event.decision);
        const path = context.path.slice(0, keep);
        const replayed = replay(
          content,
          path.map((s) => s.choice),
        );
        return {
          path,
          timeline: replayed?.timeline ?? context.timeline,
          next: null,
          earlierRoutes: [...context.earlierRoutes, context.path].slice(-MAX_EARLIER_ROUTES),
        };
      }),
      cue: emit((_, params: { cue: Cue }) => ({ type: 'cue' as const, cue: params.cue })),
    },
  });

  const decisionStates = Object.fromEntries(
    content.story.decisions.map((decision) => [
      decision.id,
      {
        initial: 'briefing',
        states: {
          briefing: {
            tags: [TAGS.briefing],
            on: {
              'briefing.continue': {
                target: 'choosing',
                actions: { type: 'cue', params: { cue: 'page' } },
              },
            },
          },
          choosing: {
            tags: [TAGS.awaitingChoice],
            on: {
              'choice.select': {
                guard: { type: 'choiceAvailable', params: { decision: decision.id } },
                target: 'outcome',
                actions: [
                  { type: 'applyChoice', params: { decision: decision.id } },
                  { type: 'cue', params: { cue: 'choice' } },
                  { type: 'cue', params: { cue: 'meter' } },
                ],
              },
            },
          },
          outcome: {
            tags: [TAGS.revealing, TAGS.outcome],
            on: {
              'reveal.continue': {
                target: 'history',
                actions: { type: 'cue', params: { cue: 'reveal' } },
              },
            },
          },
          history: {
            tags: [TAGS.revealing, TAGS.history],
            on: {
              'reveal.continue': possibleTargets(decision).map((node) => ({
                guard: { type: 'nextIs', params: { node } },
                target: targetOf(content, node),
                actions: {
                  type: 'cue',
                  params: { cue: content.endings.has(node) ? 'ending' : 'page' },
                },
              })),
            },
          },
        },
      },
    ]),
  );

  const endingStates = Object.fromEntries(
    content.story.endings.map((ending) => [
      ending.id,
      {
        initial: 'summary',
        states: {
          summary: { tags: [TAGS.endingSummary], on: { 'reveal.continue': 'compare' } },
          compare: { tags: [TAGS.endingCompare], on: { 'reveal.continue': 'epilogue' } },
          epilogue: { tags: [TAGS.epilogue] },
        },
      },
    ]),
  );

  return machineSetup.createMachine({
    id: MACHINE_ID,
    context: fresh,
    initial: 'title',
    on: {
      'game.restart': { target: '.title', actions: 'reset' },
      'history.rewind': content.story.decisions.map((decision) => ({
        guard: { type: 'takenBefore', params: { decision: decision.id } },
        target: `.${decision.id}`,
        actions: ['rewind', { type: 'cue', params: { cue: 'page' } }],
      })),
    },
    states: {
      title: {
        tags: [TAGS.title],
        on: {
          'game.start': {
            target: 'prologue',
            actions: ['reset', { type: 'cue', params: { cue: 'page' } }],
          },
        },
      },
      prologue: {
        tags: [TAGS.prologue],
        on: {
          'prologue.continue': {
            target: content.story.start,
            actions: { type: 'cue', params: { cue: 'page' } },
          },
        },
      },
      ...decisionStates,
      // Entered only through its children; `initial` is required by XState, never used.
      ending: {
        tags: [TAGS.ending],
        initial: content.story.endings[0]?.id ?? '',
        states: endingStates,
      },
    },
  });
}

export type StoryMachine = ReturnType<typeof createStoryMachine>;
