import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/i18n/translate.ts';
import {
  SETTINGS_KEY,
  defaultSettings,
  readSettings,
  writeSettings,
} from '../../src/settings/settings.ts';
import { SettingsStore } from '../../src/settings/SettingsStore.ts';
import { memoryStorage, throwingStorage } from '../fixtures/storage.ts';

const defaults = defaultSettings({ languages: ['en-US'], reducedMotion: false });

describe('settings', () => {
  it('follow the browser on a first visit: its first language the game speaks, its motion', () => {
    expect(pickLocale(['ja-JP', 'en'])).toBe('ja');
    expect(pickLocale(['fr-FR', 'ja'])).toBe('ja');
    expect(pickLocale(['fr-FR', 'de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    const japanese = defaultSettings({ languages: ['ja'], reducedMotion: true });
    expect(japanese.locale).toBe('ja');
    expect(japanese.reducedMotion).toBe(true);
    expect(japanese.textSpeed).toBe('normal');
  });

  it('are remembered: a change is stored and read back by the next visit', () => {
    const storage = memoryStorage();
    const store = new SettingsStore(storage, defaults);
    const heard: string[] = [];
    store.subscribe((now, before) => heard.push(`${before.locale}→${now.locale}`));
    store.update({ locale: 'ja', textSize: 'xlarge', sound: { music: 0.3 } });
    expect(heard).toEqual(['en→ja']);
    const next = new SettingsStore(storage, defaults).get();
    expect(next).toEqual({
      ...defaults,
      locale: 'ja',
      textSize: 'xlarge',
      sound: { ...defaults.sound, music: 0.3 },
    });
  });

  it('say nothing when a change changes nothing, and clamp sound levels to 0–1', () => {
    const store = new SettingsStore(memoryStorage(), defaults);
    let calls = 0;
    store.subscribe(() => calls++);
    store.update({ locale: 'en' });
    expect(calls).toBe(0);
    store.update({ sound: { master: 1.3, effects: -0.2 } });
    expect(store.get().sound).toMatchObject({ master: 1, effects: 0 });
  });

  it('keep every valid stored value of a damaged record and default the rest', () => {
    const storage = memoryStorage();
    storage.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        game: 'founders-dilemma',
        schema: 1,
        settings: { locale: 'ja', textSize: 'huge', sound: { master: 0.2, music: 'loud' } },
      }),
    );
    const read = readSettings(storage, defaults);
    expect(read.locale).toBe('ja');
    expect(read.textSize).toBe(defaults.textSize);
    expect(read.sound).toEqual({ ...defaults.sound, master: 0.2 });
  });

  it('fall back to the defaults on corrupt, foreign or unknown-version data', () => {
    for (const raw of ['{"game":', '[1,2]', '{"game":"other","schema":1,"settings":{}}']) {
      const storage = memoryStorage();
      storage.setItem(SETTINGS_KEY, raw);
      expect(readSettings(storage, defaults), raw).toEqual(defaults);
    }
    const storage = memoryStorage();
    storage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ game: 'founders-dilemma', schema: 99, settings: { locale: 'ja' } }),
    );
    expect(readSettings(storage, defaults)).toEqual(defaults);
  });

  it('are forgotten by the browser on request, staying in effect for this visit', () => {
    const storage = memoryStorage();
    storage.setItem('founders-dilemma.muted', 'true');
    const store = new SettingsStore(storage, defaults);
    store.update({ locale: 'ja' });
    store.forget();
    expect([...storage.data.keys()]).toEqual([]);
    expect(store.get().locale).toBe('ja');
    expect(new SettingsStore(storage, defaults).get()).toEqual(defaults);
  });

  it('never throw when storage is missing or refuses every call', () => {
    expect(readSettings(throwingStorage, defaults)).toEqual(defaults);
    expect(writeSettings(throwingStorage, defaults)).toBe(false);
    const store = new SettingsStore(throwingStorage, defaults);
    store.update({ highContrast: true });
    expect(store.get().highContrast).toBe(true);
    expect(new SettingsStore(null, defaults).get()).toEqual(defaults);
  });
});
