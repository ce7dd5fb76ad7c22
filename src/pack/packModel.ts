/**
 * The teacher pack as a view model: every section in reading order, in one language, built only
 * from existing lines (classroom.json's text, the story's decision titles, sources.json and the
 * pack's own labels). Pure: no DOM, so the Node tests read exactly what the page and the print
 * show.
 */
import type { Classroom } from '../content/classroom.ts';
import { glossaryReadingLine } from '../content/glossaryReading.ts';
import type { Content } from '../content/load.ts';
import {
  createTranslator,
  lineIn,
  nextLocale,
  type Locale,
  type Translator,
} from '../i18n/translate.ts';
import { localDate, sourceList } from '../view/blocks.ts';
import type { SourceView } from '../view/types.ts';

/** The sections, in the order the page, its contents menu and the print show them. */
export const PACK_SECTIONS = [
  'overview',
  'full',
  'short',
  'timeline',
  'glossary',
  'sources',
  'reading',
  'reflection',
] as const;
export type PackSectionId = (typeof PACK_SECTIONS)[number];

/** A citation by id ("S7"), pointing at its entry in the pack's own source list. */
export interface SourceRef {
  readonly id: string;
  /** "Source S7: OpenAI LP", for a link whose visible text is only the id. */
  readonly label: string;
}

/** A template's words around the slot the page fills in ("Sources: " + links + ""). */
export interface Around {
  readonly before: string;
  readonly after: string;
}

export interface StepView {
  readonly minutes: number;
  /** "3 min" / "3分". */
  readonly duration: string;
  readonly text: string;
}

export interface PlanView {
  readonly steps: readonly StepView[];
  /** "Total: 48 minutes". */
  readonly total: string;
  readonly totalMinutes: number;
}

export interface DecisionRef {
  readonly id: string;
  readonly title: string;
  /** The decision's date as the game writes it ("22 November 2015"). */
  readonly date: string;
}

export interface RecapView {
  readonly decision: DecisionRef;
  /** "In place of: …". */
  readonly heading: string;
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

export interface TimelineItemView {
  /** ISO date (or year and month), for `<time datetime>`. */
  readonly iso: string;
  readonly date: string;
  readonly text: string;
  readonly sources: readonly SourceRef[];
  /** "In the game: …" when the event is one of the game's decisions. */
  readonly decision: string | null;
}

export interface TermView {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  readonly sources: readonly SourceRef[];
}

export interface NoteView {
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

interface Base<K extends PackSectionId> {
  readonly id: K;
  readonly heading: string;
}

export type PackSection =
  | (Base<'overview'> & {
      readonly lead: string;
      readonly objectivesLead: string;
      readonly objectives: readonly string[];
    })
  | (Base<'full'> & { readonly plan: PlanView })
  | (Base<'short'> & {
      readonly plan: PlanView;
      readonly keptHeading: string;
      readonly kept: readonly DecisionRef[];
      readonly whyHeading: string;
      readonly rationale: string;
      readonly recapsHeading: string;
      readonly recaps: readonly RecapView[];
    })
  | (Base<'timeline'> & { readonly items: readonly TimelineItemView[] })
  | (Base<'glossary'> & { readonly terms: readonly TermView[] })
  | (Base<'sources'> & {
      readonly intro: string;
      /** "How far to trust it:" before each source's reliability note. */
      readonly reliability: Around;
      readonly sources: readonly SourceView[];
    })
  | (Base<'reading'> & { readonly notes: readonly NoteView[] })
  | (Base<'reflection'> & { readonly questions: readonly string[] });

export interface PackView {
  readonly locale: Locale;
  readonly kicker: string;
  readonly title: string;
  readonly labels: {
    readonly back: string;
    readonly print: string;
    readonly contents: string;
    readonly toContents: string;
    /** "Sources: {ids}" around the list of cited ids, and what separates them ("、" in Japanese). */
    readonly cites: Around & { readonly separator: string };
    /** The switch to the other language, labelled in that language ("日本語で遊ぶ"). */
    readonly language: { readonly label: string; readonly lang: Locale };
  };
  readonly sections: readonly PackSection[];
}

/** The story's text with the pack's own (classroom.*) lines, for one translator over both. */
function withClassroomLines(content: Content, classroom: Classroom): Content {
  const locales: Record<string, Readonly<Record<string, string>>> = {};
  for (const locale of new Set([
    ...Object.keys(content.locales),
    ...Object.keys(classroom.locales),
  ]))
    locales[locale] = { ...content.locales[locale], ...classroom.locales[locale] };
  return { ...content, locales };
}

/** The teacher pack in `locale`. */
export function packView(content: Content, classroom: Classroom, locale: Locale): PackView {
  const t = createTranslator(withClassroomLines(content, classroom), locale);
  const sources = sourceList(content, t);
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const refs = (ids: readonly string[]): SourceRef[] =>
    ids.map((id) => ({ id, label: t('ui.pack.sourceRef', { id, title: titles.get(id) ?? id }) }));
  const decision = (id: string): DecisionRef => {
    const d = content.decisions.get(id);
    return { id, title: d ? t(d.title) : id, date: d ? t(d.dateLine) : '' };
  };
  const other = nextLocale(locale);
  return {
    locale,
    kicker: t('ui.pack.kicker'),
    title: t('ui.pack.title'),
    labels: {
      back: t('ui.pack.back'),
      print: t('ui.pack.print'),
      contents: t('ui.pack.contents'),
      toContents: t('ui.pack.toContents'),
      cites: { ...around(t('ui.pack.cites'), 'ids'), separator: t('ui.pack.separator') },
      language: { label: lineIn(content, other, 'ui.lang.switchTo'), lang: other },
    },
    sections: [
      {
        id: 'overview',
        heading: t('ui.pack.section.overview'),
        lead: t('ui.pack.lead'),
        objectivesLead: t('ui.pack.objectives'),
        objectives: classroom.lessonPlans.objectives.map((line) => t(line)),
      },
      {
        id: 'full',
        heading: t(classroom.lessonPlans.full.title),
        plan: plan(classroom, 'full', t),
      },
      {
        id: 'short',
        heading: t(classroom.lessonPlans.short.title),
        plan: plan(classroom, 'short', t),
        keptHeading: t('ui.pack.short.kept'),
        kept: classroom.shortLesson.decisions.map(decision),
        whyHeading: t('ui.pack.short.why'),
        rationale: t(classroom.shortLesson.rationale),
        recapsHeading: t('ui.pack.short.recaps'),
        recaps: classroom.shortLesson.bridges.map((b) => {
          const skipped = decision(b.decision);
          return {
            decision: skipped,
            heading: t('ui.pack.short.recap', { decision: skipped.title }),
            text: t(b.line),
            sources: refs(b.sources),
          };
        }),
      },
      {
        id: 'timeline',
        heading: t('ui.pack.section.timeline'),
        // Stable sort: events of one day keep the order the data tells them in.
        items: [...classroom.timeline]
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((item) => ({
            iso: item.date,
            date: localDate(item.date, locale),
            text: t(item.line),
            sources: refs(item.sources),
            decision:
              item.decision === undefined
                ? null
                : t('ui.pack.timeline.decision', { decision: decision(item.decision).title }),
          })),
      },
      {
        id: 'glossary',
        heading: t('ui.pack.section.glossary'),
        terms: glossary(classroom, t, refs),
      },
      {
        id: 'sources',
        heading: t('ui.pack.section.sources'),
        intro: t('ui.menu.sourcesIntro'),
        reliability: around(t('ui.pack.reliability'), 'note'),
        sources,
      },
      {
        id: 'reading',
        heading: t('ui.pack.section.reading'),
        notes: classroom.sourceNotes.map((n) => ({ text: t(n.line), sources: refs(n.sources) })),
      },
      {
        id: 'reflection',
        heading: t('ui.pack.section.reflection'),
        questions: classroom.reflection.map((line) => t(line)),
      },
    ],
  };
}

/** The words before and after `{slot}` in a template line, for the page to fill with markup. */
function around(template: string, slot: string): Around {
  const [before = '', after = ''] = template.split(`{${slot}}`);
  return { before, after };
}

function plan(classroom: Classroom, which: 'full' | 'short', t: Translator): PlanView {
  const steps = classroom.lessonPlans[which].steps.map((s) => ({
    minutes: s.minutes,
    duration: t('ui.pack.minutes', { minutes: s.minutes }),
    text: t(s.line),
  }));
  const totalMinutes = steps.reduce((sum, s) => sum + s.minutes, 0);
  return { steps, totalMinutes, total: t('ui.pack.total', { minutes: totalMinutes }) };
}

/**
 * Terms in the reader's alphabetical order. Japanese sorts by each term's reading, kept as data
 * beside it (`classroom.glossary.<id>.reading`, hiragana), in gojūon order: kanji compared as
 * written would fall in code-point order. Terms written in Latin letters (AGI, GPU, DeepMind…)
 * have no kana reading and come first, A to Z, as in Japanese glossaries' 英数字 section.
 */
function glossary(
  classroom: Classroom,
  t: Translator,
  refs: (ids: readonly string[]) => SourceRef[],
): TermView[] {
  const collator = new Intl.Collator(t.locale);
  const sortKey = (id: string, term: string) => t.own(glossaryReadingLine(id)) ?? term;
  const latin = (term: string) => /^[A-Za-z]/.test(term);
  return classroom.glossary
    .map((g) => ({
      id: g.id,
      term: t(g.term),
      definition: t(g.definition),
      sources: refs(g.sources ?? []),
    }))
    .map((g) => ({ g, key: sortKey(g.id, g.term), latin: latin(g.term) }))
    .sort((a, b) => Number(b.latin) - Number(a.latin) || collator.compare(a.key, b.key))
    .map(({ g }) => g);
}

/** The section of a pack with this id (the page and tests pick sections by id). */
export function packSection<K extends PackSectionId>(
  view: PackView,
  id: K,
): Extract<PackSection, { id: K }> {
  const found = view.sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`the pack has no section "${id}"`);
  return found as Extract<PackSection, { id: K }>;
}
