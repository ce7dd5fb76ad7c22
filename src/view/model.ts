/**
 * `viewOf`: the one function that turns a machine snapshot into what the player sees.
 * Pure: no Phaser, no DOM; both renderers call it on every snapshot.
 */
import type { Content } from '../content/load.ts';
import type { Decision } from '../content/schema.ts';
import type { Translate, Translator } from '../i18n/translate.ts';
import type { StoryContext } from '../machine/events.ts';
import { briefingFor, visibleChoices } from '../story/graph.ts';
import { historicalRoute, replay } from '../story/route.ts';
import type { Timeline } from '../story/timeline.ts';
import { blockViews } from './blocks.ts';
import type { ComparisonRow, MeterView, ProgressView, View } from './types.ts';

/** The parts of an XState snapshot the view reads. */
export interface SnapshotLike {
  readonly value: unknown;
  readonly context: StoryContext;
}

function meterViews(content: Content, t: Translate, now: Timeline, before: Timeline): MeterView[] {
  return content.story.meters.map((m) => {
    const value = now.meters[m.id] ?? 0;
    return {
      id: m.id,
      label: t(m.label),
      description: t(m.description),
      value,
      delta: value - (before.meters[m.id] ?? value),
    };
  });
}

/** The timeline before the last choice, so the reveal can show what that choice moved. */
function timelineBeforeLastChoice(content: Content, context: StoryContext): Timeline {
  const choices = context.path.slice(0, -1).map((s) => s.choice);
  return replay(content, choices)?.timeline ?? context.timeline;
}

/** Decision by decision along the founders' route: the player's choice beside theirs. */
export function comparison(content: Content, t: Translate, context: StoryContext): ComparisonRow[] {
  const founders = historicalRoute(content).steps;
  let diverged = false;
  return founders.map((step) => {
    const decision = content.decisions.get(step.decision) as Decision;
    const label = (id: string) => t(decision.choices.find((c) => c.id === id)?.label ?? id);
    const mine = context.path.find((p) => p.decision === step.decision);
    const same = mine?.choice === step.choice;
    const divergedHere = !same && !diverged;
    if (!same) diverged = true;
    return {
      decision: decision.id,
      dateLine: t(decision.dateLine),
      title: t(decision.title),
      yours: mine ? label(mine.choice) : t('ui.compare.notReached'),
      founders: label(step.choice),
      reached: mine !== undefined,
      same,
      divergedHere,
    };
  });
}

function progress(decision: Decision, t: Translate, context: StoryContext): ProgressView {
  return {
    dateLine: t(decision.dateLine),
    date: decision.date,
    era: decision.era,
    step: context.path.length,
  };
}

/** What the player sees for this snapshot. */
export interface TitleExtras {
  readonly resume: { readonly label: string; readonly detail: string } | null;
  readonly resumeEarlier: { readonly label: string; readonly detail: string } | null;
  readonly notice: string | null;
}

export function viewOf(
  snapshot: SnapshotLike,
  content: Content,
  t: Translator,
  title: TitleExtras = { resume: null, resumeEarlier: null, notice: null },
): View {
  const { value, context } = snapshot;
  const meters = meterViews(content, t, context.timeline, context.timeline);

  if (value === 'prologue') {
    const { prologue } = content.story;
    return {
      screen: 'prologue',
      heading: t(prologue.title),
      kicker: t(prologue.dateLine),
      blocks: blockViews(content, t, prologue.blocks),
      meters,
      proceed: { label: t('ui.prologue.begin'), event: { type: 'prologue.continue' } },
    };
  }
  if (typeof value !== 'object' || value === null) {
    return {
      screen: 'title',
      heading: t('ui.title'),
      kicker: t('ui.title.kicker'),
      tagline: t('ui.title.tagline'),
      ...title,
      blocks: [],
      proceed: { label: t('ui.title.start'), event: { type: 'game.start' } },
    };
  }
  const [node, inner] = Object.entries(value)[0] as [string, unknown];

  if (node === 'ending') {
    const [endingId, phase] = Object.entries(inner as object)[0] as [string, string];
    const ending = content.endings.get(endingId);
    if (ending === undefined) throw new Error(`unknown ending "${endingId}"`);
    const page = phase as 'summary' | 'compare' | 'epilogue';
    const epilogue = content.story.epilogue;
    return {
      screen: 'ending',
      phase: page,
      ending: ending.id,
      historical: ending.historical,
      heading: page === 'epilogue' ? t(epilogue.title) : t(ending.title),
      kicker: page === 'compare' ? t('ui.compare.heading') : t('ui.ending.kicker'),
      blocks:
        page === 'summary'
          ? blockViews(content, t, ending.blocks)
          : page === 'epilogue'
            ? blockViews(content, t, epilogue.blocks)
            : [],
      comparison: comparison(content, t, context),
      meters,
      proceed:
        page === 'epilogue'
          ? null
          : { label: t('ui.continue'), event: { type: 'reveal.continue' } },
      restart: { label: t('ui.ending.restart'), event: { type: 'game.restart' } },
    };
  }

  const decision = content.decisions.get(node);
  if (decision === undefined) throw new Error(`unknown decision "${node}"`);
  const phase = inner as 'briefing' | 'choosing' | 'outcome' | 'history';
  const base = {
    decision: decision.id,
    kicker: t(decision.dateLine),
    heading: t(decision.title),
    progress: progress(decision, t, context),
  };

  if (phase === 'briefing' || phase === 'choosing') {
    const choices = visibleChoices(decision, context.timeline).map((c, i) => ({
      id: c.id,
      key: i + 1,
      label: t(c.label),
      event: { type: 'choice.select' as const, choice: c.id },
    }));
    return {
      screen: 'decision',
      phase,
      ...base,
      blocks: blockViews(content, t, briefingFor(decision, context.timeline)),
      question: t(decision.question),
      choices: phase === 'choosing' ? choices : [],
      meters,
      proceed:
        phase === 'briefing'
          ? { label: t('ui.decision.toChoices'), event: { type: 'briefing.continue' } }
          : null,
    };
  }

  const last = context.path.at(-1);
  const choice = decision.choices.find((c) => c.id === last?.choice);
  const before = timelineBeforeLastChoice(content, context);
  return {
    screen: 'reveal',
    phase: phase,
    ...base,
    heading: phase === 'outcome' ? t('ui.outcome.heading') : t('ui.history.heading'),
    chosen: t('ui.reveal.chosen', { choice: choice ? t(choice.label) : '' }),
    blocks: blockViews(
      content,
      t,
      phase === 'outcome' ? (choice?.outcome ?? []) : decision.history,
    ),
    meters: meterViews(content, t, context.timeline, before),
    proceed: {
      label: t(phase === 'outcome' ? 'ui.reveal.toHistory' : 'ui.reveal.next'),
      event: { type: 'reveal.continue' },
    },
  };
}
