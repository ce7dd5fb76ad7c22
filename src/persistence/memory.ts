/**
 * Memory across play-throughs in this browser: which choices the player has explored and which
 * endings they have reached. Feeds the branch map and the endings gallery; "forget my data"
 * clears it. Versioned and validated like the autosave; never throws.
 */
import { z } from 'zod/mini';
import { safeGet, safeRemove, safeSet, type StorageLike } from './storage.ts';

export const MEMORY_KEY = 'founders-dilemma.memory';
const MEMORY_SCHEMA = 1;

const memorySchema = z.strictObject({
  game: z.literal('founders-dilemma'),
  schema: z.literal(MEMORY_SCHEMA),
  /** "decision/choice" for every choice ever made. */
  explored: z.array(z.string().check(z.maxLength(130))).check(z.maxLength(2000)),
  endings: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)),
});

export interface Memory {
  readonly explored: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
}

export const EMPTY_MEMORY: Memory = { explored: new Set(), endings: new Set() };

/** The key of a choice in `explored`. */
export const choiceKey = (decision: string, choice: string) => `${decision}/${choice}`;

/** The stored memory, or empty memory when there is none or it is unreadable. */
export function readMemory(storage: StorageLike | null): Memory {
  const raw = safeGet(storage, MEMORY_KEY);
  if (raw === null) return EMPTY_MEMORY;
  try {
    const parsed = memorySchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return EMPTY_MEMORY;
    return { explored: new Set(parsed.data.explored), endings: new Set(parsed.data.endings) };
  } catch {
    return EMPTY_MEMORY;
  }
}

/** Stores the memory; false when storage refused it. */
export function writeMemory(storage: StorageLike | null, memory: Memory): boolean {
  return safeSet(
    storage,
    MEMORY_KEY,
    JSON.stringify({
      game: 'founders-dilemma',
      schema: MEMORY_SCHEMA,
      explored: [...memory.explored].sort(),
      endings: [...memory.endings].sort(),
    }),
  );
}

/** The memory with a choice and/or an ending added. */
export function remember(
  memory: Memory,
  add: { choice?: { decision: string; choice: string }; ending?: string },
): Memory {
  const explored = new Set(memory.explored);
  const endings = new Set(memory.endings);
  if (add.choice) explored.add(choiceKey(add.choice.decision, add.choice.choice));
  if (add.ending) endings.add(add.ending);
  return { explored, endings };
}

export function forgetMemory(storage: StorageLike | null): void {
  safeRemove(storage, MEMORY_KEY);
}
