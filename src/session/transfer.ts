/**
 * Export and import of everything the game keeps in this browser (saves and memory), as one
 * JSON file to move between devices. An import is validated whole before anything is written,
 * so a bad file changes nothing.
 */
import { z } from 'zod/mini';
import { MEMORY_KEY, readMemory, writeMemory, type Memory } from '../persistence/memory.ts';
import {
  clearSave,
  keyOf,
  parseSave,
  readSave,
  writeSave,
  type SaveEnvelope,
  type SaveSlot,
} from '../persistence/save.ts';
import { safeGet, safeRemove, safeSet, type StorageLike } from '../persistence/storage.ts';

const EXPORT_SCHEMA = 1;

const exportSchema = z.strictObject({
  game: z.literal('founders-dilemma'),
  kind: z.literal('export'),
  schema: z.literal(EXPORT_SCHEMA),
  exportedAt: z.string(),
  saves: z.strictObject({ current: z.nullable(z.json()), previous: z.nullable(z.json()) }),
  memory: z.strictObject({
    explored: z.array(z.string().check(z.maxLength(130))).check(z.maxLength(2000)),
    endings: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)),
  }),
});

/** `notStored`: the file was good but this browser's storage refused it (nothing changed). */
export type ImportError = 'notJson' | 'notOurs' | 'badSave' | 'notStored';

/** Every key an import writes. */
const KEPT = [keyOf('current'), keyOf('previous'), MEMORY_KEY];

/** The file's text: saves and memory, pretty-printed. */
export function exportData(storage: StorageLike | null, now: Date): string {
  const save = (slot: SaveSlot) => {
    const read = readSave(storage, slot);
    return read.kind === 'ok' ? read.save : null;
  };
  const memory = readMemory(storage);
  return JSON.stringify(
    {
      game: 'founders-dilemma',
      kind: 'export',
      schema: EXPORT_SCHEMA,
      exportedAt: now.toISOString(),
      saves: { current: save('current'), previous: save('previous') },
      memory: { explored: [...memory.explored].sort(), endings: [...memory.endings].sort() },
    },
    null,
    2,
  );
}

/** Checks an exported file and, only when all of it is valid, writes it into storage. */
export function importData(storage: StorageLike | null, text: string): ImportError | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'notJson';
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) return 'notOurs';
  const saves: Partial<Record<SaveSlot, SaveEnvelope | null>> = {};
  for (const slot of ['current', 'previous'] as const) {
    const raw = parsed.data.saves[slot];
    if (raw === null) {
      saves[slot] = null;
      continue;
    }
    const read = parseSave(JSON.stringify(raw));
    if (read.kind !== 'ok') return 'badSave';
    saves[slot] = read.save;
  }
  const memory: Memory = {
    explored: new Set(parsed.data.memory.explored),
    endings: new Set(parsed.data.memory.endings),
  };
  // Every write first, removals last: storage that refuses a write (blocked, full) gets back
  // exactly what it held, and the player is told nothing was loaded.
  const before = KEPT.map((key) => [key, safeGet(storage, key)] as const);
  const written =
    (['current', 'previous'] as const).every((slot) => {
      const save = saves[slot];
      return !save || writeSave(storage, save, slot);
    }) && writeMemory(storage, memory);
  if (!written) {
    for (const [key, raw] of before)
      if (raw === null) safeRemove(storage, key);
      else safeSet(storage, key, raw);
    return 'notStored';
  }
  for (const slot of ['current', 'previous'] as const) if (!saves[slot]) clearSave(storage, slot);
  return null;
}
