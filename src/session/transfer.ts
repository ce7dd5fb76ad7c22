/**
 * Export and import of everything the game keeps in this browser (saves and memory), as one
 * JSON file to move between devices. An import is validated whole before anything is written,
 * so a bad file changes nothing.
 */
import { z } from 'zod';
import { readMemory, writeMemory, type Memory } from '../persistence/memory.ts';
import {
  clearSave,
  parseSave,
  readSave,
  writeSave,
  type SaveEnvelope,
  type SaveSlot,
} from '../persistence/save.ts';
import type { StorageLike } from '../persistence/storage.ts';

const EXPORT_SCHEMA = 1;

const exportSchema = z.strictObject({
  game: z.literal('founders-dilemma'),
  kind: z.literal('export'),
  schema: z.literal(EXPORT_SCHEMA),
  exportedAt: z.string(),
  saves: z.strictObject({ current: z.json().nullable(), previous: z.json().nullable() }),
  memory: z.strictObject({
    explored: z.array(z.string().max(130)).max(2000),
    endings: z.array(z.string().max(64)).max(200),
  }),
});

export type ImportError = 'notJson' | 'notOurs' | 'badSave';

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
  for (const slot of ['current', 'previous'] as const) {
    const save = saves[slot];
    if (save) writeSave(storage, save, slot);
    else clearSave(storage, slot);
  }
  const memory: Memory = {
    explored: new Set(parsed.data.memory.explored),
    endings: new Set(parsed.data.memory.endings),
  };
  writeMemory(storage, memory);
  return null;
}
