/**
 * The teacher pack: classroom.json and its text, parsed with the classroom schema and checked
 * against the story's data and the sources (src/classroom/pack.ts adds the checks that need
 * the story's rules and loads it). Its lines live in their own locale files, every key under
 * `classroom.`, so they can join the story's flat namespace without clashing.
 */
import classroomJson from './classroom.json';
import enClassroom from './locales/en/classroom.json';
import jaClassroom from './locales/ja/classroom.json';
import {
  classroomSchema,
  LESSON_MINUTES,
  PROMPTS_PER_DECISION,
  type ClassroomData,
} from './classroomSchema.ts';
import { localeSchema, type LocaleText } from './schema.ts';
import type { Content } from './load.ts';
import { glossaryReadingLine } from './glossaryReading.ts';

/** Every locale the teacher pack must be complete in. */
export const CLASSROOM_LOCALES = ['en', 'ja'] as const;
export const CLASSROOM_LINE_PREFIX = 'classroom.';

/** The parsed teacher pack, with its text per locale. */
export interface Classroom extends ClassroomData {
  readonly locales: Readonly<Record<string, LocaleText>>;
}

export interface RawClassroom {
  classroom: unknown;
  locales: Record<string, unknown>;
}

/** The teacher pack the game ships with. */
export const BUNDLED_CLASSROOM: RawClassroom = {
  classroom: classroomJson,
  locales: { en: enClassroom, ja: jaClassroom },
};

/** Parses raw classroom data and text (throws a readable zod error on a malformed file). */
export function buildClassroom(raw: RawClassroom): Classroom {
  const locales: Record<string, LocaleText> = {};
  for (const [locale, file] of Object.entries(raw.locales))
    locales[locale] = localeSchema.parse(file);
  return { ...classroomSchema.parse(raw.classroom), locales };
}

/** Every line id the teacher pack refers to. */
export function classroomLines(classroom: ClassroomData): Set<string> {
  const lines = new Set<string>([classroom.shortLesson.rationale]);
  for (const prompts of Object.values(classroom.prompts)) prompts.forEach((p) => lines.add(p.line));
  classroom.shortLesson.bridges.forEach((b) => lines.add(b.line));
  const { objectives, full, short } = classroom.lessonPlans;
  objectives.forEach((line) => lines.add(line));
  for (const plan of [full, short]) {
    lines.add(plan.title);
    plan.steps.forEach((s) => lines.add(s.line));
  }
  classroom.timeline.forEach((t) => lines.add(t.line));
  classroom.glossary.forEach((g) => lines.add(g.term).add(g.definition));
  classroom.reflection.forEach((line) => lines.add(line));
  classroom.sourceNotes.forEach((n) => lines.add(n.line));
  return lines;
}

/**
 * Everything the pack names must exist in the story. (Whether its short lesson plays is a
 * question for the story's rules: see src/classroom/shortLesson.ts.)
 */
export function referenceProblems(classroom: ClassroomData, content: Content): string[] {
  const problems: string[] = [];
  const cite = (where: string, sources: readonly string[]) => {
    for (const s of sources)
      if (!content.sources.has(s)) problems.push(`${where} cites unknown source ${s}`);
  };
  for (const [decision, prompts] of Object.entries(classroom.prompts)) {
    if (!content.decisions.has(decision))
      problems.push(`prompts for unknown decision "${decision}"`);
    prompts.forEach((p, i) => {
      cite(`prompt ${decision}[${i}]`, p.sources);
      for (const q of p.quotes) {
        const quote = content.quotes.get(q);
        if (quote === undefined)
          problems.push(`prompt ${decision}[${i}] shows unknown quote "${q}"`);
        else if (!quote.sources.some((s) => p.sources.includes(s)))
          problems.push(`prompt ${decision}[${i}] shows "${q}" without citing its source`);
      }
    });
  }
  classroom.shortLesson.bridges.forEach((b) => cite(`short-lesson recap ${b.decision}`, b.sources));
  for (const t of classroom.timeline) {
    cite(`timeline ${t.date}`, t.sources);
    if (t.decision !== undefined && !content.decisions.has(t.decision))
      problems.push(`timeline ${t.date} names unknown decision "${t.decision}"`);
  }
  const termIds = new Set<string>();
  for (const g of classroom.glossary) {
    if (termIds.has(g.id)) problems.push(`glossary term "${g.id}" is defined twice`);
    termIds.add(g.id);
    cite(`glossary ${g.id}`, g.sources ?? []);
  }
  classroom.sourceNotes.forEach((n, i) => cite(`source note ${i}`, n.sources));
  return problems;
}

/** Enough prompts, plans that fit the period, a 2015–2019 timeline in order, every line written. */
export function coverageProblems(classroom: Classroom, content: Content): string[] {
  const problems: string[] = [];
  const { min, max } = PROMPTS_PER_DECISION;
  for (const d of content.story.decisions) {
    const count = classroom.prompts[d.id]?.length ?? 0;
    if (count < min || count > max)
      problems.push(`decision "${d.id}" has ${count} discussion prompts (needs ${min} to ${max})`);
  }
  for (const plan of ['full', 'short'] as const) {
    const total = classroom.lessonPlans[plan].steps.reduce((sum, s) => sum + s.minutes, 0);
    const range = LESSON_MINUTES[plan];
    if (total < range.min || total > range.max)
      problems.push(
        `the ${plan} lesson takes ${total} minutes (needs ${range.min} to ${range.max})`,
      );
  }
  classroom.timeline.forEach((t, i) => {
    const year = Number(t.date.slice(0, 4));
    if (year < 2015 || year > 2019) problems.push(`timeline ${t.date} is outside 2015–2019`);
    if (i > 0 && t.date < (classroom.timeline[i - 1]?.date ?? ''))
      problems.push(`timeline ${t.date} is out of date order`);
  });
  problems.push(...lineProblems(classroom, content));
  return problems;
}

function lineProblems(classroom: Classroom, content: Content): string[] {
  const problems: string[] = [];
  const lines = classroomLines(classroom);
  const readings = new Set(classroom.glossary.map((g) => glossaryReadingLine(g.id)));
  for (const line of lines)
    if (!line.startsWith(CLASSROOM_LINE_PREFIX))
      problems.push(`line "${line}" is not under "${CLASSROOM_LINE_PREFIX}"`);
  for (const locale of CLASSROOM_LOCALES) {
    const text = classroom.locales[locale];
    if (text === undefined) {
      problems.push(`${locale}: no classroom text`);
      continue;
    }
    for (const line of lines)
      if (!(line in text)) problems.push(`${locale}: missing line "${line}"`);
    for (const [key, words] of Object.entries(text)) {
      const reading = locale === 'ja' && readings.has(key);
      if (!lines.has(key) && !reading) problems.push(`${locale}: unused line "${key}"`);
      const story = content.locales[locale]?.[key];
      if (story !== undefined && story !== words)
        problems.push(`${locale}: line "${key}" differs from the story text of the same id`);
    }
  }
  return problems;
}
