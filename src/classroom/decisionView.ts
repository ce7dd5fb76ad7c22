/** The pages of one decision on the projector: briefing, vote, tie, result, reveal, discussion. */
import { briefingFor } from '../story/graph.ts';
import { blockView, blockViews } from '../view/blocks.ts';
import { viewOf } from '../view/model.ts';
import { countdownView } from './countdown.ts';
import { choicesAt, decisionAt } from './lesson.ts';
import type { ClassroomSnapshotLike, PresenterEnv } from './presenterView.ts';
import type { DecidedConfirm, PresenterView } from './presenterTypes.ts';
import { checkTally } from './tally.ts';

type Phase = 'briefing' | 'voting' | 'tieBreak' | 'decided' | 'outcome' | 'history' | 'discussion';

/** The view of the decision on screen (the snapshot is in the `decision` state). */
export function decisionView(snapshot: ClassroomSnapshotLike, env: PresenterEnv): PresenterView {
  const { content, classroom, t } = env;
  const p = (line: string, params?: Readonly<Record<string, string | number>>) =>
    t(`ui.presenter.${line}`, params);
  const ctx = snapshot.context;
  const phase = Object.values(snapshot.value as Record<string, Phase>)[0] ?? 'briefing';
  const decision = decisionAt(content, ctx.story);
  if (decision === undefined) throw new Error('the classroom is at a decision the story is not');
  const votes = ctx.records.filter((r) => r.decidedBy !== 'founders').length;
  const revealed = phase === 'outcome' || phase === 'history' || phase === 'discussion';
  const base = {
    decision: decision.id,
    kicker: t(decision.dateLine),
    heading: t(decision.title),
    progress: p(ctx.lesson === 'short' ? 'progressShort' : 'progress', {
      n: votes + (revealed ? 0 : 1),
      total: env.longest[ctx.lesson],
    }),
    back: false,
  };
  const options = choicesAt(content, ctx.story).map((c, i) => ({
    id: c.id,
    key: i + 1,
    label: t(c.label),
  }));
  const labelOf = (id: string | null | undefined) =>
    options.find((o) => o.id === id)?.label ?? id ?? '';
  const countdown = countdownView(ctx, env.now, p);

  switch (phase) {
    case 'briefing':
      return {
        ...base,
        screen: 'briefing',
        blocks: blockViews(content, t, briefingFor(decision, ctx.story.context.timeline)),
        question: t(decision.question),
        options,
        countdown,
        next: p('briefing.next'),
      };
    case 'voting': {
      const check = checkTally(
        options.map((o) => o.id),
        ctx.tallies,
      );
      const total = options.reduce((sum, o) => {
        const entry = check.entries[o.id];
        return sum + (entry?.ok === true ? entry.hands : 0);
      }, 0);
      const problem =
        ctx.refused && check.problem !== null ? ` ${p(`tally.error.${check.problem}`)}` : '';
      return {
        ...base,
        screen: 'voting',
        heading: p('vote.heading'),
        question: t(decision.question),
        lead: p('vote.lead'),
        fields: options.map((o) => {
          const entry = check.entries[o.id];
          return {
            ...o,
            fieldLabel: p('vote.hands', { n: o.key }),
            value: ctx.tallies[o.id] ?? '',
            error:
              ctx.refused && entry !== undefined && !entry.ok
                ? p(`tally.error.${entry.error}`)
                : null,
          };
        }),
        refused: ctx.refused ? `${p('vote.refused')}${problem}` : null,
        total: p('vote.total', { total }),
        commit: p('vote.commit'),
        countdown,
        back: true,
        next: p('vote.commit'),
      };
    }
    case 'tieBreak': {
      const vote = ctx.vote;
      const tied = options.filter((o) => vote?.leaders.includes(o.id));
      const hands = vote?.hands[tied[0]?.id ?? ''] ?? 0;
      return {
        ...base,
        screen: 'tieBreak',
        heading: p('tie.heading'),
        lead: p('tie.lead', { count: tied.length, hands }),
        options: tied.map((o, i) => ({ ...o, key: i + 1, hands })),
        next: null,
      };
    }
    case 'decided': {
      const vote = ctx.vote;
      const hands = vote?.hands ?? {};
      const total = Object.values(hands).reduce((a, b) => a + b, 0);
      const others = options.filter((o) => o.id !== vote?.choice);
      return {
        ...base,
        screen: 'decided',
        heading: p('decided.heading'),
        choice: p('decided.choice', { choice: labelOf(vote?.choice) }),
        hands: p('decided.summary', {
          hands: p('decided.hands', { hands: hands[vote?.choice ?? ''] ?? 0, total }),
          how: p(`how.${vote?.decidedBy ?? 'majority'}`),
        }),
        decidedBy: p(`how.${vote?.decidedBy ?? 'majority'}`),
        tally: options.map((o) => ({
          ...o,
          hands: hands[o.id] ?? 0,
          chosen: o.id === vote?.choice,
        })),
        overrideHeading: p('override.heading'),
        overrideLead: p('override.lead'),
        overrides: others.map((o) => ({ ...o, action: p('override.take', { choice: o.label }) })),
        confirm: overrideConfirm(ctx.overrideAsked, labelOf, vote, total, p),
        // Next waits while an override is asked: confirm or cancel first.
        next: ctx.overrideAsked === null ? p('decided.next') : null,
      };
    }
    case 'outcome':
    case 'history': {
      const story = viewOf(
        { value: { [decision.id]: phase }, context: ctx.story.context },
        content,
        t,
      );
      const chosen = ctx.story.context.path.at(-1)?.choice;
      return {
        ...base,
        screen: phase,
        heading: p(`${phase}.heading`),
        chosen: p('outcome.chosen', { choice: labelOf(chosen) }),
        blocks: story.blocks,
        back: phase === 'history',
        next: phase === 'outcome' ? t('ui.reveal.toHistory') : p('history.next'),
      };
    }
    case 'discussion': {
      const prompts = classroom.prompts[decision.id] ?? [];
      const prompt = prompts[ctx.prompt] ?? prompts[0];
      const block = prompt && blockView(content, t, { kind: 'history', ...prompt });
      const last = ctx.prompt + 1 >= prompts.length;
      return {
        ...base,
        screen: 'discussion',
        heading: p('discussion.heading'),
        count: p('discussion.count', { n: ctx.prompt + 1, total: prompts.length }),
        index: ctx.prompt,
        total: prompts.length,
        prompt: block
          ? { ...block, kind: 'prompt', label: p('discussion.label') }
          : { kind: 'prompt', label: '', text: '', quotes: [], sources: [] },
        back: true,
        next: last ? p('discussion.last') : p('next'),
      };
    }
  }
}

/** The second step of an override: what it takes, and what the debrief will record. */
function overrideConfirm(
  asked: string | null,
  labelOf: (id: string | null | undefined) => string,
  vote: { readonly choice: string | null; readonly hands: Readonly<Record<string, number>> } | null,
  total: number,
  p: (line: string, params?: Readonly<Record<string, string | number>>) => string,
): DecidedConfirm | null {
  if (asked === null) return null;
  const choice = labelOf(asked);
  return {
    choice: asked,
    question: p('override.confirm', { choice }),
    records: p('override.records', {
      choice,
      classChoice: labelOf(vote?.choice),
      hands: p('decided.hands', { hands: vote?.hands[vote.choice ?? ''] ?? 0, total }),
    }),
    yes: p('override.yes', { choice }),
    no: p('override.no'),
  };
}
