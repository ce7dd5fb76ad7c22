/**
 * Browser storage that never throws: storage may be disabled, full, or throw on every call
 * (private modes, strict policies). Failures are reported as values, never as exceptions.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function safeGet(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** False when the value could not be stored (no storage, quota exceeded, access denied). */
export function safeSet(storage: StorageLike | null, key: string, value: string): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function safeRemove(storage: StorageLike | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

const PROBE_KEY = 'founders-dilemma.probe';

/**
 * True when the storage keeps a value right now. Checked once at start, so the player hears
 * before playing, not after, that progress cannot be kept (storage blocked, full or failing).
 */
export function canStore(storage: StorageLike | null): boolean {
  if (!safeSet(storage, PROBE_KEY, '1')) return false;
  safeRemove(storage, PROBE_KEY);
  return true;
}

/** window.localStorage, or null where merely touching it throws (some privacy settings). */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
