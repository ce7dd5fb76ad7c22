/** A change of language waits for that language's text to load (SettingsStore.waitBeforeLocale). */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/settings.ts';
import { SettingsStore } from '../../src/settings/SettingsStore.ts';

const store = () =>
  new SettingsStore(
    null,
    defaultSettings({ languages: ['en'], reducedMotion: false, muted: false }),
  );

/** A gate the test opens or fails by hand. */
function manualGate() {
  let open: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = () => reject(new Error('offline'));
  });
  return { promise, open: () => open(), fail: () => fail() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('waiting for a language before switching to it', () => {
  it('applies the change, and tells listeners, only once the text is there', async () => {
    const s = store();
    const gate = manualGate();
    s.waitBeforeLocale(() => gate.promise);
    const heard: string[] = [];
    s.subscribe((now) => heard.push(now.locale));
    s.update({ locale: 'ja' });
    await tick();
    expect(s.get().locale).toBe('en');
    expect(heard).toEqual([]);
    gate.open();
    await tick();
    expect(s.get().locale).toBe('ja');
    expect(heard).toEqual(['ja']);
  });

  it('switches at once when the gate has nothing to wait for, and for other settings', () => {
    const s = store();
    s.waitBeforeLocale(() => null);
    s.update({ locale: 'ja' });
    expect(s.get().locale).toBe('ja');
    s.waitBeforeLocale(() => manualGate().promise);
    s.update({ textSize: 'large' });
    expect(s.get().textSize).toBe('large');
  });

  it('still switches when the text cannot be loaded (English stands in)', async () => {
    const s = store();
    const gate = manualGate();
    s.waitBeforeLocale(() => gate.promise);
    s.update({ locale: 'ja' });
    gate.fail();
    await tick();
    expect(s.get().locale).toBe('ja');
  });

  it('lets a newer choice of language replace one still waiting', async () => {
    const s = store();
    const gate = manualGate();
    s.waitBeforeLocale((l) => (l === 'ja' ? gate.promise : null));
    s.update({ locale: 'ja' });
    s.update({ locale: 'en' });
    gate.open();
    await tick();
    expect(s.get().locale).toBe('en');
  });
});
