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

import type { Locale } from '../i18n/translate.ts';

type Listener = (now: Settings, before: Settings) => void;

export class SettingsStore {
  private value: Settings;
  private readonly listeners = new Set<Listener>();
  private localeGate: (locale: Locale) => Promise<unknown> | null = () => null;
  private waitingLocale: Locale | null = null;

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

  /**
   * Makes a change of language wait for `gate` (the browser fetching that language's text, see
   * src/content/startup.ts), so that everything switches together once the words are there.
   * `gate` returns null when there is nothing to wait for. A change whose wait fails still goes
   * ahead; a newer choice of language replaces one still waiting.
   */
  waitBeforeLocale(gate: (locale: Locale) => Promise<unknown> | null): void {
    this.localeGate = gate;
  }

  update(patch: SettingsPatch): void {
    const locale = patch.locale;
    if (locale !== undefined) this.waitingLocale = null;
    const wait =
      locale === undefined || locale === this.value.locale ? null : this.localeGate(locale);
    if (locale === undefined || wait === null) return this.apply(patch);
    this.waitingLocale = locale;
    const go = () => {
      if (this.waitingLocale !== locale) return;
      this.waitingLocale = null;
      this.apply(patch);
    };
    void wait.then(go, go);
  }

  private apply(patch: SettingsPatch): void {
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
