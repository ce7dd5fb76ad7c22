/**
 * The settings of this browser as one observable value: views read it, change it through
 * `update`, and hear every change. Each change is stored at once.
 */
import { safeRemove, type StorageLike } from '../persistence/storage.ts';
import {
  LEGACY_MUTE_KEY,
  SETTINGS_KEY,
  applyPatch,
  readSettings,
  writeSettings,
  type Settings,
  type SettingsPatch,
} from './settings.ts';

type Listener = (now: Settings, before: Settings) => void;

export class SettingsStore {
  private value: Settings;
  private readonly listeners = new Set<Listener>();

  /** Reads the stored settings; `defaults` fill whatever was never chosen or is unreadable. */
  constructor(
    private readonly storage: StorageLike | null,
    defaults: Settings,
  ) {
    this.value = readSettings(storage, defaults);
  }

  get(): Settings {
    return this.value;
  }

  update(patch: SettingsPatch): void {
    const before = this.value;
    const now = applyPatch(before, patch);
    if (JSON.stringify(now) === JSON.stringify(before)) return;
    this.value = now;
    writeSettings(this.storage, now);
    this.listeners.forEach((l) => l(now, before));
  }

  /**
   * "Forget my data": the browser keeps no settings any more. They stay in effect for this
   * visit (the screen does not change under the player) and are stored again only if changed.
   */
  forget(): void {
    safeRemove(this.storage, SETTINGS_KEY);
    safeRemove(this.storage, LEGACY_MUTE_KEY);
  }

  /** Calls the listener on every change (not immediately); returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
