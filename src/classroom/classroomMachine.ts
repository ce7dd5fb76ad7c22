/**
 * The classroom machine: the lesson's flow, wrapped around the story machine.
 *
 * Design: the classroom machine owns the lesson (set-up, the class's vote, discussion, recaps,
 * debrief) and keeps the story machine's snapshot in its context, moving it on with XState's
 * pure `transition` (see lesson.ts). The story machine therefore still alone decides which
 * choices a decision offers and where each leads, and the class's choice reaches it only when
 * the class has committed: until then the story is at `choosing` and no outcome exists to show.
 * Like the story machine it has no invoke, delays or timers (the countdown is a start time the
 * view counts down from), so it is a pure function of its events, and a saved lesson is the
 * list of events it accepted, replayed.
 *
 * Per decision: briefing → voting → (tieBreak) → decided → outcome → history → discussion.
 * `page.back` moves back within those pages but never from `decided` or later to the vote.
 */
import { assign, setup } from 'xstate';
import type { Content } from '../content/load.ts';
import type { ClassroomData } from '../content/classroomSchema.ts';
import { createStoryMachine } from '../machine/storyMachine.ts';
import {
  CLASSROOM_TAGS,
  COUNTDOWN,
  type ClassroomContext,
  type ClassroomEvent,
  type DecisionRecord,
} from './events.ts';
import {
  choicesAt,
  decisionAt,
  storyAfter,
  storyPlace,
  storyStart,
  takeSkipped,
  votedDecisions,
} from './lesson.ts';
import { checkTally, leaders } from './tally.ts';

export const CLASSROOM_ID = 'classroom';

/** Builds the classroom machine for a story and its teacher pack. */
export function createClassroomMachine(content: Content, classroom: ClassroomData) {
  const story = createStoryMachine(content);
  const fresh = (): ClassroomContext => ({
    lesson: 'full',
    countdown: { enabled: false, seconds: COUNTDOWN.default },
    story: storyStart(story),
    records: [],
    tallies: {},
    refused: false,
    vote: null,
    prompt: 0,
    countdownStartedAt: null,
    overrideAsked: null,
    recap: [],
  });
  const options = (ctx: ClassroomContext) => choicesAt(content, ctx.story).map((c) => c.id);
  const prompts = (ctx: ClassroomContext) =>
    classroom.prompts[decisionAt(content, ctx.story)?.id ?? '']?.length ?? 0;
  const hands = (ctx: ClassroomContext) => checkTally(options(ctx), ctx.tallies).hands;

  const machineSetup = setup({
    types: { context: {} as ClassroomContext, events: {} as ClassroomEvent },
    guards: {
      atEnding: ({ context }) => storyPlace(context.story).node === 'ending',
      hasRecap: ({ context }) => context.recap.length > 0,
      tallyRefused: ({ context }) => hands(context) === null,
      tallyTied: ({ context }) => {
        const counted = hands(context);
        return counted !== null && leaders(options(context), counted).length > 1;
      },
      isTiedOption: ({ context, event }) =>
        event.type === 'tie.break' && (context.vote?.leaders.includes(event.choice) ?? false),
      isOtherOption: ({ context, event }) =>
        event.type === 'override.ask' &&
        event.choice !== context.vote?.choice &&
        options(context).includes(event.choice),
      /** An override is taken only as confirmed: the option the teacher was asked about. */
      isAskedOption: ({ context, event }) =>
        event.type === 'vote.override' &&
        context.overrideAsked !== null &&
        event.choice === context.overrideAsked,
      noOverrideAsked: ({ context }) => context.overrideAsked === null,
      isOption: ({ context, event }) =>
        event.type === 'tally.set' && options(context).includes(event.choice),
      morePrompts: ({ context }) => context.prompt + 1 < prompts(context),
      earlierPrompt: ({ context }) => context.prompt > 0,
      isPrompt: ({ context, event }) =>
        event.type === 'prompt.show' &&
        Number.isInteger(event.index) &&
        event.index >= 0 &&
        event.index < prompts(context),
      countdownOn: ({ context }) => context.countdown.enabled,
      validSetup: ({ event }) =>
        event.type === 'lesson.start' &&
        Number.isInteger(event.countdown.seconds) &&
        event.countdown.seconds >= COUNTDOWN.min &&
        event.countdown.seconds <= COUNTDOWN.max,
    },
    actions: {
      reset: assign(() => fresh()),
      startLesson: assign(({ event }) => {
        if (event.type !== 'lesson.start') return {};
        return {
          ...fresh(),
          lesson: event.lesson,
          countdown: { ...event.countdown },
          story: storyAfter(story, storyStart(story), { type: 'game.start' }),
        };
      }),
      leavePrologue: assign(({ context }) => ({
        story: storyAfter(story, context.story, { type: 'prologue.continue' }),
      })),
      /** After the last page of a decision: the story moves on to the next node. */
      leaveDecision: assign(({ context }) => ({
        story: storyAfter(
          story,
          context.story,
          { type: 'reveal.continue' },
          { type: 'reveal.continue' },
        ),
      })),
      takeSkipped: assign(({ context }) => {
        const taken = takeSkipped(
          story,
          content,
          context.story,
          votedDecisions(classroom, context.lesson),
        );
        return {
          story: taken.story,
          records: [...context.records, ...taken.records],
          recap: taken.skipped,
        };
      }),
      clearRecap: assign({ recap: () => [] }),
      resetDecision: assign({
        tallies: () => ({}),
        refused: () => false,
        vote: () => null,
        prompt: () => 0,
        countdownStartedAt: () => null,
        overrideAsked: () => null,
      }),
      toChoices: assign(({ context }) => ({
        story: storyAfter(story, context.story, { type: 'briefing.continue' }),
      })),
      setTally: assign(({ context, event }) =>
        event.type === 'tally.set'
          ? { tallies: { ...context.tallies, [event.choice]: event.value } }
          : {},
      ),
      refuse: assign({ refused: () => true }),
      countVote: assign(({ context }) => {
        const counted = hands(context) ?? {};
        const top = leaders(options(context), counted);
        const choice = top.length === 1 ? (top[0] ?? null) : null;
        return {
          refused: false,
          vote: { hands: counted, leaders: top, choice, decidedBy: 'majority' as const },
        };
      }),
      breakTie: assign(({ context, event }) =>
        event.type === 'tie.break' && context.vote !== null
          ? { vote: { ...context.vote, choice: event.choice, decidedBy: 'tie-break' as const } }
          : {},
      ),
      askOverride: assign(({ event }) =>
        event.type === 'override.ask' ? { overrideAsked: event.choice } : {},
      ),
      cancelOverride: assign({ overrideAsked: () => null }),
      override: assign(({ context, event }) =>
        event.type === 'vote.override' && context.vote !== null
          ? {
              vote: { ...context.vote, choice: event.choice, decidedBy: 'override' as const },
              overrideAsked: null,
            }
          : {},
      ),
      /** The class has committed: the story takes its choice, and the record is kept. */
      choose: assign(({ context }) => {
        const decision = decisionAt(content, context.story);
        const vote = context.vote;
        if (decision === undefined || vote === null || vote.choice === null) return {};
        const record: DecisionRecord = {
          decision: decision.id,
          choice: vote.choice,
          decidedBy: vote.decidedBy,
          hands: vote.hands,
          leaders: vote.leaders,
        };
        return {
          story: storyAfter(story, context.story, { type: 'choice.select', choice: vote.choice }),
          records: [...context.records, record],
          countdownStartedAt: null,
        };
      }),
      nextPrompt: assign({ prompt: ({ context }) => context.prompt + 1 }),
      previousPrompt: assign({ prompt: ({ context }) => context.prompt - 1 }),
      showPrompt: assign(({ event }) =>
        event.type === 'prompt.show' ? { prompt: event.index } : {},
      ),
      startCountdown: assign(({ event }) =>
        event.type === 'countdown.start' ? { countdownStartedAt: event.at } : {},
      ),
      stopCountdown: assign({ countdownStartedAt: () => null }),
    },
  });

  const { committed, revealed } = CLASSROOM_TAGS;
  return machineSetup.createMachine({
    id: CLASSROOM_ID,
    context: fresh,
    initial: 'setup',
    on: { 'lesson.end': { target: '.setup', actions: 'reset' } },
    states: {
      setup: {
        on: {
          'lesson.start': { guard: 'validSetup', target: 'prologue', actions: 'startLesson' },
        },
      },
      prologue: {
        on: { 'page.next': { target: 'advance', actions: 'leavePrologue' } },
      },
      /** Passes the decisions the lesson skips, then goes where the story now stands. */
      advance: {
        entry: 'takeSkipped',
        always: [
          { guard: 'hasRecap', target: 'recap' },
          { guard: 'atEnding', target: 'ending' },
          { target: 'decision' },
        ],
      },
      recap: {
        on: {
          'page.next': [
            { guard: 'atEnding', target: 'ending', actions: 'clearRecap' },
            { target: 'decision', actions: 'clearRecap' },
          ],
        },
      },
      decision: {
        initial: 'briefing',
        entry: 'resetDecision',
        on: {
          'countdown.start': { guard: 'countdownOn', actions: 'startCountdown' },
          'countdown.stop': { actions: 'stopCountdown' },
        },
        states: {
          briefing: {
            on: { 'page.next': { target: 'voting', actions: 'toChoices' } },
          },
          voting: {
            on: {
              'page.back': 'briefing',
              'tally.set': { guard: 'isOption', actions: 'setTally' },
              ...Object.fromEntries(
                (['tally.commit', 'page.next'] as const).map((type) => [
                  type,
                  [
                    { guard: 'tallyRefused', actions: 'refuse' },
                    { guard: 'tallyTied', target: 'tieBreak', actions: 'countVote' },
                    { target: 'decided', actions: 'countVote' },
                  ],
                ]),
              ),
            },
          },
          tieBreak: {
            tags: [committed],
            on: { 'tie.break': { guard: 'isTiedOption', target: 'decided', actions: 'breakTie' } },
          },
          decided: {
            tags: [committed],
            on: {
              'override.ask': { guard: 'isOtherOption', actions: 'askOverride' },
              'override.cancel': { actions: 'cancelOverride' },
              'vote.override': { guard: 'isAskedOption', actions: 'override' },
              // While an override waits to be confirmed, a clicker's Next does not pass it by.
              'page.next': { guard: 'noOverrideAsked', target: 'outcome', actions: 'choose' },
            },
          },
          outcome: {
            tags: [committed, revealed],
            on: { 'page.next': 'history' },
          },
          history: {
            tags: [committed, revealed],
            on: { 'page.back': 'outcome', 'page.next': 'discussion' },
          },
          discussion: {
            tags: [committed, revealed],
            on: {
              'page.next': [
                { guard: 'morePrompts', actions: 'nextPrompt' },
                { target: '#classroom.advance', actions: 'leaveDecision' },
              ],
              'page.back': [
                { guard: 'earlierPrompt', actions: 'previousPrompt' },
                { target: 'history' },
              ],
              'prompt.show': { guard: 'isPrompt', actions: 'showPrompt' },
            },
          },
        },
      },
      ending: {
        on: { 'page.next': 'debrief' },
      },
      debrief: {
        on: { 'page.back': 'ending' },
      },
    },
  });
}

export type ClassroomMachine = ReturnType<typeof createClassroomMachine>;
