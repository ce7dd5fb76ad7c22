/**
 * The autosave envelope: versioned and validated. A save records the events the machine
 * accepted and the state they reached; restoring replays them through the machine (see
 * machine/restore.ts), so a save can never put the machine in a state it could not reach by
 * playing, and a save from an older story is refused by the machine itself, not by guesswork.
 */
import { z } from 'zod/mini';
import { safeGet, safeRemove, safeSet, type StorageLike } from './storage.ts';

export const SAVE_KEY = 'founders-dilemma.save';
export const SAVE_SCHEMA = 2;
/** Far more than a play-through with many rewinds needs; a longer list is not ours. */
const MAX_EVENTS = 4000;

const name = z.string().check(z.maxLength(64));
/** Every event a save may hold: exactly the machine's events, nothing else. */
export const storyEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('game.start') }),
  z.strictObject({ type: z.literal('prologue.continue') }),
  z.strictObject({ type: z.literal('briefing.continue') }),
  z.strictObject({ type: z.literal('choice.select'), choice: name }),
  z.strictObject({ type: z.literal('reveal.continue') }),
  z.strictObject({ type: z.literal('game.restart') }),
  z.strictObject({ type: z.literal('history.rewind'), decision: name }),
]);

const envelopeSchema = z.strictObject({
  game: z.literal('founders-dilemma'),
  schema: z.int(),
  contentHash: z.string(),
  savedAt: z.string(),
  events: z.array(storyEventSchema).check(z.maxLength(MAX_EVENTS)),
  path: z.array(name).check(z.maxLength(64)),
  state: z.json(),
});
export type SaveEnvelope = z.infer<typeof envelopeSchema>;

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: SaveEnvelope }
  /** `corrupt`: not readable; `foreign`: not a save of this game; `outdated`: an older schema. */
  | { readonly kind: 'invalid'; readonly reason: 'corrupt' | 'foreign' | 'outdated' };

/**
 * Save slots: the autosave, and the game the player had before opening a share link (kept so
 * that following a link never costs the player their own game).
 */
export type SaveSlot = 'current' | 'previous';
/** The storage key of a slot. */
export const keyOf = (slot: SaveSlot) => (slot === 'current' ? SAVE_KEY : `${SAVE_KEY}.previous`);
/** Where unreadable saves are moved, not deleted: nothing the player had is thrown away. */
export const DAMAGED_KEY = `${SAVE_KEY}.damaged`;

/** Reads and validates a save; never throws. */
export function readSave(storage: StorageLike | null, slot: SaveSlot = 'current'): SaveRead {
  const raw = safeGet(storage, keyOf(slot));
  return raw === null ? { kind: 'none' } : parseSave(raw);
}

/** Validates a save's text (from storage or an imported file); never throws. */
export function parseSave(raw: string): SaveRead {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'corrupt' };
  }
  const head = z.looseObject({ game: z.literal('founders-dilemma'), schema: z.unknown() });
  const ours = head.safeParse(data);
  if (!ours.success) return { kind: 'invalid', reason: 'foreign' };
  if (ours.data.schema !== SAVE_SCHEMA) return { kind: 'invalid', reason: 'outdated' };
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', reason: 'corrupt' };
  return { kind: 'ok', save: parsed.data };
}

/** Writes a save; false when storage refused it (the game goes on without a save). */
export function writeSave(
  storage: StorageLike | null,
  save: Omit<SaveEnvelope, 'game' | 'schema'>,
  slot: SaveSlot = 'current',
): boolean {
  return safeSet(
    storage,
    keyOf(slot),
    JSON.stringify({ game: 'founders-dilemma', schema: SAVE_SCHEMA, ...save }),
  );
}

export function clearSave(storage: StorageLike | null, slot: SaveSlot = 'current'): void {
  safeRemove(storage, keyOf(slot));
}

/** Moves a save to another slot (replacing what was there). */
export function moveSave(storage: StorageLike | null, from: SaveSlot, to: SaveSlot): void {
  const raw = safeGet(storage, keyOf(from));
  if (raw !== null && safeSet(storage, keyOf(to), raw)) safeRemove(storage, keyOf(from));
}

/** Sets an unreadable save aside under DAMAGED_KEY, so the slot is free and nothing is lost. */
export function setAsideSave(storage: StorageLike | null, slot: SaveSlot = 'current'): void {
  const raw = safeGet(storage, keyOf(slot));
  if (raw !== null) safeSet(storage, DAMAGED_KEY, raw);
  safeRemove(storage, keyOf(slot));
}
