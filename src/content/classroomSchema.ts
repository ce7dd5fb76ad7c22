/**
 * The shape of the teacher pack (classroom.json), as zod schemas: discussion prompts for every
 * decision, the short-lesson subset, two timed lesson plans, a 2015–2019 timeline, a glossary,
 * reflection questions and notes on reading the sources. Like the story, it holds only line ids
 * (the words live in locales/<locale>/classroom.json) and source ids from sources.json.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lowercase-kebab');
const lineId = z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/, 'line ids are dotted, e.g. funding.title');
const sourceId = z.string().regex(/^S\d+$/, 'source ids look like S1');
const sources = z.array(sourceId).min(1, 'cite at least one source');

/** How many discussion prompts each decision has: enough to choose from, few enough to use. */
export const PROMPTS_PER_DECISION = { min: 3, max: 5 } as const;

/** The time each lesson plan must add up to, in minutes. */
export const LESSON_MINUTES = {
  full: { min: 45, max: 50 },
  short: { min: 20, max: 25 },
} as const;

/**
 * A question for the class after a reveal. It is tied to the sources it reasons from; exact
 * words, when a prompt leans on them, are shown from quotes.json (never typed into the line).
 */
export const promptSchema = z.strictObject({
  line: lineId,
  sources,
  quotes: z.array(id).default([]),
});
export type ClassroomPrompt = z.infer<typeof promptSchema>;

/** A recap read in place of a decision the short lesson skips (taken as the founders took it). */
export const bridgeSchema = z.strictObject({ decision: id, line: lineId, sources });
export type Bridge = z.infer<typeof bridgeSchema>;

export const shortLessonSchema = z.strictObject({
  /** The decisions the class votes on, in story order; every other one is taken as history. */
  decisions: z.array(id).min(3),
  /** Why this subset still tells the story (shown to the teacher). */
  rationale: lineId,
  bridges: z.array(bridgeSchema).default([]),
});
export type ShortLesson = z.infer<typeof shortLessonSchema>;

export const lessonStepSchema = z.strictObject({
  minutes: z.number().int().positive(),
  line: lineId,
});
export type LessonStep = z.infer<typeof lessonStepSchema>;

export const lessonPlanSchema = z.strictObject({
  title: lineId,
  steps: z.array(lessonStepSchema).min(3),
});
export type LessonPlan = z.infer<typeof lessonPlanSchema>;

export const timelineItemSchema = z.strictObject({
  /** ISO date, or year and month when the day is not on record. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  line: lineId,
  sources,
  /** The game's decision this event belongs to, if any (for highlighting on the rail). */
  decision: id.optional(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const glossaryTermSchema = z.strictObject({
  id,
  term: lineId,
  definition: lineId,
  /** Present when the definition states a fact about this story, not just a general meaning. */
  sources: z.array(sourceId).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A note on how to read the sources; cites the sources it describes, when it describes some. */
export const sourceNoteSchema = z.strictObject({
  line: lineId,
  sources: z.array(sourceId).default([]),
});
export type SourceNote = z.infer<typeof sourceNoteSchema>;

export const classroomSchema = z.strictObject({
  /** Decision id → its discussion prompts, in the order a teacher would use them. */
  prompts: z.record(
    id,
    z.array(promptSchema).min(PROMPTS_PER_DECISION.min).max(PROMPTS_PER_DECISION.max),
  ),
  shortLesson: shortLessonSchema,
  lessonPlans: z.strictObject({
    /** What students should be able to do afterwards (both plans share them). */
    objectives: z.array(lineId).min(1),
    full: lessonPlanSchema,
    short: lessonPlanSchema,
  }),
  timeline: z.array(timelineItemSchema).min(1),
  glossary: z.array(glossaryTermSchema).min(1),
  reflection: z.array(lineId).min(5).max(8),
  sourceNotes: z.array(sourceNoteSchema).default([]),
});
export type ClassroomData = z.infer<typeof classroomSchema>;
