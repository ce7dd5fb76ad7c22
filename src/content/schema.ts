/**
 * The shape of every content file, as zod schemas. Content is data: the story graph, the
 * sources, the quotes and the per-locale text are JSON, validated here at test and build time.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lowercase-kebab');
const lineId = z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/, 'line ids are dotted, e.g. funding.title');
const sourceId = z.string().regex(/^S\d+$/, 'source ids look like S1');

/** A condition on the player's timeline: flags set by effects and meter thresholds. */
export type Condition =
  | { flag: string }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] }
  | { meter: string; gte?: number; lte?: number };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ flag: id }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z
      .strictObject({ meter: id, gte: z.number().optional(), lte: z.number().optional() })
      .refine(
        (c) => c.gte !== undefined || c.lte !== undefined,
        'a meter condition needs gte or lte',
      ),
  ]),
);

/** The closed vocabulary of effects a choice has on the timeline. */
export const effectSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), meter: id, value: z.number().int() }),
  z.strictObject({ op: z.literal('set'), meter: id, value: z.number().int() }),
  z.strictObject({ op: z.literal('flag'), flag: id, value: z.boolean().default(true) }),
]);
export type Effect = z.infer<typeof effectSchema>;

/**
 * A block of text on screen. Its kind tells the player what it is: `history` is the record and
 * must cite sources (and may show exact quotes); `counterfactual` is imagined and is labelled so;
 * `prompt` is a question to think about;
 * `guide` explains how to play. The words live in the locale files under `line`.
 */
export const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('history'),
    line: lineId,
    sources: z.array(sourceId).min(1, 'every history block cites at least one source'),
    quotes: z.array(id).default([]),
  }),
  z.strictObject({ kind: z.literal('counterfactual'), line: lineId }),
  z.strictObject({ kind: z.literal('prompt'), line: lineId }),
  /** How to play: neither history nor imagined, so it says so. */
  z.strictObject({ kind: z.literal('guide'), line: lineId }),
]);
export type Block = z.infer<typeof blockSchema>;

/** Where a choice leads: one node id, or the first route whose condition holds (last has none). */
export const routeSchema = z.union([
  id,
  z
    .array(z.strictObject({ when: conditionSchema.optional(), to: id }))
    .min(1)
    .refine((routes) => routes.at(-1)?.when === undefined, 'the last route must have no condition'),
]);
export type Route = z.infer<typeof routeSchema>;

export const choiceSchema = z.strictObject({
  id,
  /** Short label on the button. */
  label: lineId,
  /** Shown only when this holds (the framing of a decision can change with the timeline). */
  when: conditionSchema.optional(),
  /** True for the choice the real founders made at this point. */
  historical: z.boolean().default(false),
  effects: z.array(effectSchema).default([]),
  /** What this choice does in the player's timeline. */
  outcome: z.array(blockSchema).min(1),
  next: routeSchema,
});
export type Choice = z.infer<typeof choiceSchema>;

export const decisionSchema = z.strictObject({
  id,
  /** ISO date (or month) of the real decision point, for ordering and the timeline rail. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** Era of the music and palette: 2015-16, 2017, 2018-19. */
  era: z.enum(['2015-16', '2017', '2018-19']),
  /** Display date, e.g. "November 2015". */
  dateLine: lineId,
  title: lineId,
  /** The situation before the choice; the first matching variant replaces it. */
  briefing: z.array(blockSchema).min(1),
  briefingVariants: z
    .array(z.strictObject({ when: conditionSchema, briefing: z.array(blockSchema).min(1) }))
    .default([]),
  /** The prompt above the choices, e.g. "What do you announce?". */
  question: lineId,
  choices: z.array(choiceSchema).min(2),
  /** What really happened at this date, shown after every choice, on or off the historical path. */
  history: z.array(blockSchema).min(1),
});
export type Decision = z.infer<typeof decisionSchema>;

export const endingSchema = z.strictObject({
  id,
  title: lineId,
  /** One line for the endings list and the share text. */
  summary: lineId,
  historical: z.boolean().default(false),
  blocks: z.array(blockSchema).min(1),
});
export type Ending = z.infer<typeof endingSchema>;

export const meterSchema = z.strictObject({
  id,
  label: lineId,
  /** What the meter measures, for the HUD's description and the text layer. */
  description: lineId,
  initial: z.number().int().min(0).max(100),
});
export type Meter = z.infer<typeof meterSchema>;

export const storySchema = z.strictObject({
  meters: z.array(meterSchema).min(1),
  prologue: z.strictObject({
    title: lineId,
    dateLine: lineId,
    blocks: z.array(blockSchema).min(1),
  }),
  /** The first decision after the prologue. */
  start: id,
  decisions: z.array(decisionSchema).min(1),
  endings: z.array(endingSchema).min(1),
  epilogue: z.strictObject({ title: lineId, blocks: z.array(blockSchema).min(1) }),
});
export type Story = z.infer<typeof storySchema>;

export const sourceSchema = z.strictObject({
  id: sourceId,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  /** How far to trust it, in a sentence (from the fact sheet). */
  reliability: z.string().min(1),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesSchema = z.array(sourceSchema).min(1);

/** An exact quote, kept in its original language and spelling. */
export const quoteSchema = z.strictObject({
  id,
  text: z.string().min(1).max(320),
  /** Who wrote it, e.g. "Elon Musk". */
  by: z.string().min(1),
  /** To whom / in what, e.g. "email to Greg Brockman, cc Sam Altman". */
  context: z.string().min(1),
  /** ISO date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.array(sourceId).min(1),
  /** Set when the fact sheet says the wording should still be checked against the exhibits. */
  confidence: z.enum(['high', 'medium']).default('high'),
});
export type Quote = z.infer<typeof quoteSchema>;
export const quotesSchema = z.array(quoteSchema).min(1);

/** One locale's text: line id → words. Story and UI lines share one flat namespace. */
export const localeSchema = z.record(lineId, z.string().min(1));
export type LocaleText = z.infer<typeof localeSchema>;
