/**
 * `presenterView`: the one function that turns a classroom snapshot into what the projector
 * shows. Pure (no DOM), so it is tested in Node; the story's own pages come from the story's
 * view model (`viewOf`), so the presenter and the solo game show the same words.
 */
import type { Classroom } from '../content/classroom.ts';
import type { Content } from '../content/load.ts';
import type { Translator } from '../i18n/translate.ts';
import { blockView, blockViews } from '../view/blocks.ts';
import { viewOf } from '../view/model.ts';
import { debriefModel } from './debrief.ts';
import { COUNTDOWN_LENGTHS } from './countdown.ts';
import type { ClassroomContext } from './events.ts';
import { storyPlace } from './lesson.ts';
import { DEBRIEF_LABELS, type DebriefLabel, type PresenterView } from './presenterTypes.ts';
import { decisionView } from './decisionView.ts';

/** The parts of a classroom snapshot the view reads. */
export interface ClassroomSnapshotLike {
  readonly value: unknown;
  readonly context: ClassroomContext;
}

export interface PresenterEnv {
  readonly content: Content;
  readonly classroom: Classroom;
  /** Speaks the story's, the teacher pack's and the presenter's lines. */
  readonly t: Translator;
  /** Clock time (ms), for the countdown. */
  readonly now: number;
  /** The lesson's date for the debrief, ISO. */
  readonly date: string;
  /** Why a saved lesson could not be resumed, shown on the set-up screen. */
  readonly notice: string | null;
  /** The most decisions the class votes on in each kind of lesson (for "Vote 2 of up to 5"). */
  readonly longest: Readonly<Record<'full' | 'short', number>>;
}

/** What the projector shows for this snapshot. */
export function presenterView(snapshot: ClassroomSnapshotLike, env: PresenterEnv): PresenterView {
  const { content, classroom, t } = env;
  const p = (line: string, params?: Readonly<Record<string, string | number>>) =>
    t(`ui.presenter.${line}`, params);
  const ctx = snapshot.context;
  const value = snapshot.value;
  const lessonLabel = p(`lesson.${ctx.lesson}`);
  const base = { kicker: lessonLabel, progress: null, back: false };

  if (value === 'setup') {
    return {
      ...base,
      screen: 'setup',
      heading: p('setup.heading'),
      kicker: p('title'),
      lead: p('setup.lead'),
      lessonLegend: p('setup.lesson'),
      countdownLabel: p('setup.countdown'),
      lengthLabel: p('setup.countdownLength'),
      lessons: [
        { kind: 'full', label: p('setup.full') },
        { kind: 'short', label: p('setup.short', { count: env.longest.short }) },
      ],
      rationale: t(classroom.shortLesson.rationale),
      lengths: COUNTDOWN_LENGTHS.map((seconds) => ({
        seconds,
        label:
          seconds % 60 === 0
            ? p('setup.minutes', { minutes: seconds / 60 })
            : p('setup.seconds', { seconds }),
      })),
      notice: env.notice,
      keys: p('setup.keys'),
      next: p('setup.start'),
    };
  }
  if (value === 'prologue') {
    const { prologue } = content.story;
    return {
      ...base,
      screen: 'prologue',
      heading: t(prologue.title),
      kicker: t(prologue.dateLine),
      blocks: blockViews(content, t, prologue.blocks),
      next: p('prologue.next'),
    };
  }
  if (value === 'recap') {
    return {
      ...base,
      screen: 'recap',
      heading: p('recap.heading'),
      lead: p('recap.lead'),
      items: ctx.recap.flatMap((id) => {
        const decision = content.decisions.get(id);
        const bridge = classroom.shortLesson.bridges.find((b) => b.decision === id);
        if (decision === undefined || bridge === undefined) return [];
        const title = t('ui.format.dated', {
          date: t(decision.dateLine),
          title: t(decision.title),
        });
        const block = blockView(content, t, { kind: 'history', ...bridge, quotes: [] });
        return [{ title, block }];
      }),
      next: p('next'),
    };
  }
  if (value === 'ending' || value === 'debrief') {
    const story = viewOf(ctx.story, content, t);
    const endingId = storyPlace(ctx.story).inner ?? '';
    if (value === 'ending') {
      return {
        ...base,
        screen: 'ending',
        heading: story.heading,
        kicker: story.kicker,
        historical:
          story.screen === 'ending' && story.historical ? t('ui.ending.historical') : null,
        blocks: story.blocks,
        next: p('ending.next'),
      };
    }
    const debrief = debriefModel(content, t, {
      kind: ctx.lesson,
      records: ctx.records,
      ending: endingId,
      date: env.date,
    });
    const labels = Object.fromEntries(DEBRIEF_LABELS.map((k) => [k, p(`debrief.${k}`)])) as Record<
      DebriefLabel,
      string
    >;
    return {
      ...base,
      screen: 'debrief',
      heading: p('debrief.heading'),
      lead: p('debrief.lead'),
      meta: p('debrief.meta', { lesson: lessonLabel, date: env.date }),
      endingLine: p('debrief.ending', { ending: debrief.ending.title }),
      endingNote: p(
        debrief.ending.historical ? 'debrief.endingHistorical' : 'debrief.endingImagined',
      ),
      debrief,
      labels,
      back: true,
      next: null,
    };
  }
  return decisionView(snapshot, env);
}
