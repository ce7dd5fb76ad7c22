/**
 * The autosave envelope: versioned and validated. A save records the choices made and the
 * exact state reached; restoring replays them through the machine (see machine/restore.ts), so
 * a save can never put the machine in a state it could not reach by playing.
 */
import { z } from 'zod';
import { safeGet, safeRemove, safeSet, type StorageLike } from './storage.ts';

export const SAVE_KEY = 'founders-dilemma.save';
export const SAVE_SCHEMA = 1;

const envelopeSchema = z.strictObject({
  game: z.literal('founders-dilemma'),
  schema: z.number().int(),
  contentHash: z.string(),
  savedAt: z.string(),
  path: z.array(z.string().max(64)).max(64),
  state: z.json(),
});
export type SaveEnvelope = z.infer<typeof envelopeSchema>;

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: SaveEnvelope }
  /** `corrupt`: not our JSON; `foreign`: JSON of another shape; `outdated`: an older schema. */
  | { readonly kind: 'invalid'; readonly reason: 'corrupt' | 'foreign' | 'outdated' };

/** Reads and validates the autosave; never throws. */
export function readSave(storage: StorageLike | null): SaveRead {
  const raw = safeGet(storage, SAVE_KEY);
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'corrupt' };
  }
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', reason: 'foreign' };
  if (parsed.data.schema !== SAVE_SCHEMA) return { kind: 'invalid', reason: 'outdated' };
  return { kind: 'ok', save: parsed.data };
}

/** Writes the autosave; false when storage refused it (the game goes on without a save). */
export function writeSave(
  storage: StorageLike | null,
  save: Omit<SaveEnvelope, 'game' | 'schema'>,
): boolean {
  return safeSet(
    storage,
    SAVE_KEY,
    JSON.stringify({ game: 'founders-dilemma', schema: SAVE_SCHEMA, ...save }),
  );
}

export function clearSave(storage: StorageLike | null): void {
  safeRemove(storage, SAVE_KEY);
}
