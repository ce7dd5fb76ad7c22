/**
 * The classroom session's save, so a lesson survives a page reload: versioned and validated
 * with zod like the game's own save (src/persistence/save.ts). It keeps the events the
 * classroom machine accepted; restoring replays them, so tallies typed, votes, the page and
 * the discussion question reached all come back exactly, and a save that no longer fits the
 * story is refused by the machine itself. Reading never throws; a damaged save is set aside.
 */
import { z } from 'zod/mini';
import { safeGet, safeRemove, safeSet, type StorageLike } from '../persistence/storage.ts';
import { COUNTDOWN, LESSONS } from './events.ts';

export const CLASSROOM_SAVE_KEY = 'founders-dilemma.classroom';
export const CLASSROOM_DAMAGED_KEY = `${CLASSROOM_SAVE_KEY}.damaged`;
export const CLASSROOM_SAVE_SCHEMA = 1;
const MAX_EVENTS = 5000;

const id = z.string().check(z.maxLength(64));
const classroomEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('lesson.start'),
    lesson: z.enum(LESSONS),
    countdown: z.strictObject({
      enabled: z.boolean(),
      seconds: z.int().check(z.gte(COUNTDOWN.min), z.lte(COUNTDOWN.max)),
    }),
  }),
  z.strictObject({ type: z.literal('page.next') }),
  z.strictObject({ type: z.literal('page.back') }),
  z.strictObject({
    type: z.literal('tally.set'),
    choice: id,
    value: z.string().check(z.maxLength(64)),
  }),
  z.strictObject({ type: z.literal('tally.commit') }),
  z.strictObject({ type: z.literal('tie.break'), choice: id }),
  z.strictObject({ type: z.literal('override.ask'), choice: id }),
  z.strictObject({ type: z.literal('override.cancel') }),
  z.strictObject({ type: z.literal('vote.override'), choice: id }),
  z.strictObject({ type: z.literal('countdown.start'), at: z.number() }),
  z.strictObject({ type: z.literal('countdown.stop') }),
  z.strictObject({ type: z.literal('prompt.show'), index: z.int().check(z.gte(0), z.lte(16)) }),
]);

const envelopeSchema = z.strictObject({
  game: z.literal('founders-dilemma'),
  kind: z.literal('classroom'),
  schema: z.int(),
  contentHash: z.string(),
  savedAt: z.string(),
  events: z.array(classroomEventSchema).check(z.maxLength(MAX_EVENTS)),
});
export type ClassroomSave = z.infer<typeof envelopeSchema>;

export type ClassroomSaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: ClassroomSave }
  | { readonly kind: 'invalid'; readonly reason: 'corrupt' | 'foreign' | 'outdated' };

/** Reads and validates the saved lesson; never throws. */
export function readClassroomSave(storage: StorageLike | null): ClassroomSaveRead {
  const raw = safeGet(storage, CLASSROOM_SAVE_KEY);
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'corrupt' };
  }
  const head = z.looseObject({ game: z.literal('founders-dilemma'), kind: z.literal('classroom') });
  if (!head.safeParse(data).success) return { kind: 'invalid', reason: 'foreign' };
  const schema = (data as { schema?: unknown }).schema;
  if (schema !== CLASSROOM_SAVE_SCHEMA) return { kind: 'invalid', reason: 'outdated' };
  const parsed = envelopeSchema.safeParse(data);
  return parsed.success
    ? { kind: 'ok', save: parsed.data }
    : { kind: 'invalid', reason: 'corrupt' };
}

/** Writes the lesson's save; false when storage refused it (the lesson goes on unsaved). */
export function writeClassroomSave(
  storage: StorageLike | null,
  save: Omit<ClassroomSave, 'game' | 'kind' | 'schema'>,
): boolean {
  const envelope = { game: 'founders-dilemma', kind: 'classroom', schema: CLASSROOM_SAVE_SCHEMA };
  return safeSet(storage, CLASSROOM_SAVE_KEY, JSON.stringify({ ...envelope, ...save }));
}

export function clearClassroomSave(storage: StorageLike | null): void {
  safeRemove(storage, CLASSROOM_SAVE_KEY);
}

/** Moves an unusable save aside (not deleted), freeing the slot for a new lesson. */
export function setAsideClassroomSave(storage: StorageLike | null): void {
  const raw = safeGet(storage, CLASSROOM_SAVE_KEY);
  if (raw !== null) safeSet(storage, CLASSROOM_DAMAGED_KEY, raw);
  safeRemove(storage, CLASSROOM_SAVE_KEY);
}
