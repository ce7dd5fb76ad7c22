/**
 * The debrief: decision by decision, the class's choice and its tally beside the founders'
 * choice and the outcome, and the ending reached. Plain data in the teacher's language; the
 * screen, the printout and the CSV and JSON downloads are all made from it.
 */
import type { Content } from '../content/load.ts';
import type { Block } from '../content/schema.ts';
import type { Translator } from '../i18n/translate.ts';
import { visibleChoices } from '../story/graph.ts';
import { replay } from '../story/route.ts';
import type { DecisionRecord, LessonKind } from './events.ts';
import type { DecidedBy } from './tally.ts';

export interface DebriefOption {
  readonly id: string;
  readonly label: string;
  /** Null where the class did not vote (a decision the short lesson skips). */
  readonly hands: number | null;
}

export interface DebriefRow {
  readonly decision: string;
  /** ISO date (or month) of the decision. */
  readonly date: string;
  readonly dateLine: string;
  readonly title: string;
  readonly options: readonly DebriefOption[];
  readonly totalHands: number | null;
  /** "Announce $1 billion: 17 · Announce $100 million: 12", or the note that nobody voted. */
  readonly tally: string;
  readonly classChoice: { readonly id: string; readonly label: string };
  readonly decidedBy: DecidedBy;
  readonly decidedByLabel: string;
  /** Null where the founders never faced this decision (a branch history did not take). */
  readonly founders: { readonly id: string; readonly label: string } | null;
  readonly sameAsFounders: boolean;
  /** What the class's choice led to: imagined, or on the record when it was the founders'. */
  readonly outcome: {
    readonly kind: 'history' | 'counterfactual';
    readonly label: string;
    readonly text: string;
  };
}

export interface Debrief {
  readonly lesson: LessonKind;
  readonly lessonLabel: string;
  /** The lesson's date, ISO (YYYY-MM-DD). */
  readonly date: string;
  readonly locale: string;
  readonly ending: { readonly id: string; readonly title: string; readonly historical: boolean };
  readonly rows: readonly DebriefRow[];
}

const outcomeKind = (blocks: readonly Block[]): 'history' | 'counterfactual' =>
  blocks.some((b) => b.kind === 'counterfactual') ? 'counterfactual' : 'history';

/**
 * The debrief of a lesson from its records (in order) and the ending reached. Each record is
 * replayed along the class's route, so the options listed are those the class was offered.
 */
export function debriefModel(
  content: Content,
  t: Translator,
  lesson: { kind: LessonKind; records: readonly DecisionRecord[]; ending: string; date: string },
): Debrief {
  const rows: DebriefRow[] = [];
  lesson.records.forEach((record, i) => {
    const decision = content.decisions.get(record.decision);
    const before = replay(
      content,
      lesson.records.slice(0, i).map((r) => r.choice),
    );
    if (decision === undefined || before === null) return;
    const offered = visibleChoices(decision, before.timeline);
    const label = (id: string) => t(decision.choices.find((c) => c.id === id)?.label ?? id);
    const founders = offered.find((c) => c.historical);
    const chosen = decision.choices.find((c) => c.id === record.choice);
    const blocks = chosen?.outcome ?? [];
    const kind = outcomeKind(blocks);
    const hands = record.hands;
    const options = offered.map((c) => ({
      id: c.id,
      label: t(c.label),
      hands: hands?.[c.id] ?? null,
    }));
    rows.push({
      decision: decision.id,
      date: decision.date,
      dateLine: t(decision.dateLine),
      title: t(decision.title),
      options,
      totalHands: hands === null ? null : Object.values(hands).reduce((a, b) => a + b, 0),
      tally:
        hands === null
          ? t('ui.presenter.debrief.notVoted')
          : options.map((o) => `${o.label}: ${o.hands ?? 0}`).join(' · '),
      classChoice: { id: record.choice, label: label(record.choice) },
      decidedBy: record.decidedBy,
      decidedByLabel: t(`ui.presenter.how.${record.decidedBy}`),
      founders: founders === undefined ? null : { id: founders.id, label: t(founders.label) },
      sameAsFounders: founders?.id === record.choice,
      outcome: {
        kind,
        label: t(`ui.kind.${kind}`),
        text: blocks.map((b) => t(b.line)).join(' '),
      },
    });
  });
  const ending = content.endings.get(lesson.ending);
  return {
    lesson: lesson.kind,
    lessonLabel: t(`ui.presenter.lesson.${lesson.kind}`),
    date: lesson.date,
    locale: t.locale,
    ending: {
      id: lesson.ending,
      title: ending === undefined ? lesson.ending : t(ending.title),
      historical: ending?.historical ?? false,
    },
    rows,
  };
}
