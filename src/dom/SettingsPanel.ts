/**
 * The settings as a real form in the text layer: radio groups, checkboxes and sliders with
 * labels, each change applied at once through the settings store. The controls follow changes
 * made elsewhere (the canvas settings page) without being rebuilt, so focus never jumps.
 */
import { LOCALES, type Locale } from '../i18n/translate.ts';
import {
  CHANNELS,
  TEXT_SIZES,
  TEXT_SPEEDS,
  type Channel,
  type Settings,
} from '../settings/settings.ts';
import type { SettingsStore } from '../settings/SettingsStore.ts';
import { h } from './h.ts';
import './settingsPanel.css';

type Words = (line: string, params?: Readonly<Record<string, string | number>>) => string;

export interface SettingsPanel {
  /** The `<details>` holding the form; its summary is the way in. */
  readonly element: HTMLDetailsElement;
  /** Shows the stored values (after a change made on the canvas). */
  sync(settings: Settings): void;
}

const percent = (level: number) => Math.round(level * 100);

/** Builds the form; `languageNames` are each language's own name ("English", "日本語"). */
export function settingsPanel(
  store: SettingsStore,
  t: Words,
  languageNames: Readonly<Record<Locale, string>>,
): SettingsPanel {
  const syncs: ((s: Settings) => void)[] = [];

  const radios = <V extends string>(
    name: string,
    legend: string,
    values: readonly V[],
    label: (v: V) => HTMLElement | string,
    get: (s: Settings) => V,
    set: (v: V) => void,
  ) => {
    const inputs = values.map((v) => {
      const input = h('input', {
        type: 'radio',
        name: `tl-${name}`,
        value: v,
        'data-id': `${name}-${v}`,
      });
      input.addEventListener('change', () => input.checked && set(v));
      return input;
    });
    syncs.push((s) => inputs.forEach((i) => (i.checked = i.value === get(s))));
    return h(
      'fieldset',
      {},
      h('legend', {}, legend),
      ...values.map((v, i) => h('label', { class: 'tl-option' }, inputs[i], ' ', label(v))),
    );
  };

  const check = (
    id: string,
    label: string,
    note: string | null,
    get: (s: Settings) => boolean,
    set: (on: boolean) => void,
  ) => {
    const noteId = `tl-note-${id}`;
    const input = h('input', {
      type: 'checkbox',
      'data-id': id,
      'aria-describedby': note === null ? undefined : noteId,
    });
    input.addEventListener('change', () => set(input.checked));
    syncs.push((s) => (input.checked = get(s)));
    return h(
      'div',
      { class: 'tl-field' },
      h('label', { class: 'tl-option' }, input, ' ', label),
      note === null ? null : h('p', { id: noteId, class: 'tl-note' }, note),
    );
  };

  const slider = (channel: Channel) => {
    const id = `tl-volume-${channel}`;
    const label = t(`ui.settings.${channel}`);
    const input = h('input', {
      type: 'range',
      id,
      min: 0,
      max: 100,
      step: 10,
      'data-id': `volume-${channel}`,
    });
    const output = h('output', { for: id });
    input.addEventListener('input', () =>
      store.update({ sound: { [channel]: Number(input.value) / 100 } }),
    );
    syncs.push((s) => {
      const value = percent(s.sound[channel]);
      input.value = String(value);
      input.setAttribute('aria-valuetext', `${value}%`);
      output.textContent = `${value}%`;
    });
    const note =
      channel === 'music' ? h('p', { class: 'tl-note' }, t('ui.settings.music.note')) : null;
    return h(
      'div',
      { class: 'tl-field' },
      h('label', { for: id }, label),
      h('div', { class: 'tl-slider' }, input, output),
      note,
    );
  };

  const element = h(
    'details',
    { id: 'tl-settings', class: 'tl-settings' },
    h('summary', { 'data-id': 'settings-summary' }, t('ui.settings.heading')),
    h('p', { class: 'tl-note' }, t('ui.settings.intro')),
    radios(
      'locale',
      t('ui.settings.language'),
      LOCALES,
      (l) => h('span', { lang: l }, languageNames[l]),
      (s) => s.locale,
      (locale) => store.update({ locale }),
    ),
    radios(
      'size',
      t('ui.settings.textSize'),
      TEXT_SIZES,
      (v) => t(`ui.settings.textSize.${v}`),
      (s) => s.textSize,
      (textSize) => store.update({ textSize }),
    ),
    radios(
      'speed',
      t('ui.settings.textSpeed'),
      TEXT_SPEEDS,
      (v) => t(`ui.settings.textSpeed.${v}`),
      (s) => s.textSpeed,
      (textSpeed) => store.update({ textSpeed }),
    ),
    h('p', { class: 'tl-note' }, t('ui.settings.textSpeed.note')),
    check(
      'motion',
      t('ui.settings.motion'),
      t('ui.settings.motion.note'),
      (s) => s.reducedMotion,
      (reducedMotion) => store.update({ reducedMotion }),
    ),
    check(
      'contrast',
      t('ui.settings.contrast'),
      t('ui.settings.contrast.note'),
      (s) => s.highContrast,
      (highContrast) => store.update({ highContrast }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('ui.settings.sound')),
      check(
        'mute',
        t('ui.settings.mute'),
        null,
        (s) => s.sound.muted,
        (muted) => store.update({ sound: { muted } }),
      ),
      ...CHANNELS.map(slider),
    ),
  );
  const sync = (s: Settings) => syncs.forEach((f) => f(s));
  sync(store.get());
  return { element, sync };
}
