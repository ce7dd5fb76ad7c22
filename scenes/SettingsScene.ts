/**
 * The settings page over the game, opened from the title or the menu: language, text size and
 * speed, motion, contrast and sound. Every press changes the setting at once through the
 * settings store; the page (and everything under it) redraws from the new settings.
 */
import { LOCALES, lineIn } from '../src/i18n/translate.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import {
  CHANNELS,
  TEXT_SIZES,
  TEXT_SPEEDS,
  type Channel,
  type Settings,
  type SettingsPatch,
} from '../src/settings/settings.ts';
import type { SettingsStore } from '../src/settings/SettingsStore.ts';
import { PALETTE } from '../src/ui/theme.ts';
import { OverlayPageScene } from './OverlayPageScene.ts';
import { SCENE, setMenuOpen, setSettingsOpen } from './shared.ts';
import type { Column } from './views/Column.ts';
import { ButtonRow } from './views/ButtonRow.ts';
import { optionButtons, type RowItem } from './views/options.ts';

/** Sound levels move in steps of a tenth. */
const STEP = 0.1;

export class SettingsScene extends OverlayPageScene {
  private fromMenu = false;

  constructor(
    session: GameSession,
    private readonly settings: SettingsStore,
  ) {
    super(SCENE.settings, session);
  }

  init(data: { fromMenu?: boolean }): void {
    this.fromMenu = data.fromMenu === true;
  }

  protected override stamp(): string {
    return JSON.stringify([this.settings.get(), this.session.translator().locale]);
  }

  protected pageKey(): string {
    return SCENE.settings;
  }

  private close(): void {
    setSettingsOpen(this, false);
    if (this.fromMenu) setMenuOpen(this, true);
  }

  private row(col: Column, items: readonly RowItem[]): void {
    col.place(
      (x, y, width) =>
        new ButtonRow(this, this.layout, x, y, width, optionButtons(items), this.allowPress),
      this.layout.smallGap,
    );
  }

  /** A setting's name, its options in a row, and a note under them. */
  private section(col: Column, title: string, items: readonly RowItem[], note?: string): void {
    const { gap, space } = this.layout;
    col.space(gap * 0.5).text('strong', title, PALETTE.text, space.md);
    this.row(col, items);
    if (note !== undefined) col.text('small', note, PALETTE.textMuted, space.md);
  }

  protected build(col: Column): void {
    const t = this.session.translator();
    const s = this.settings.get();
    const set = (patch: SettingsPatch) => () => this.settings.update(patch);
    const onOff = (on: boolean) => t(on ? 'ui.settings.on' : 'ui.settings.off');
    const toggle = (label: string, on: boolean, change: () => void): RowItem => ({
      label: t('ui.settings.state', { label, state: onOff(on) }),
      chosen: on,
      onPress: change,
    });
    const { gap } = this.layout;
    col.text('heading', t('ui.settings.heading'), PALETTE.text, gap * 0.5);
    this.button(col, {
      label: t('ui.settings.done'),
      badge: this.keyBadge('ui.key.escape'),
      variant: 'secondary',
      hug: true,
      onPress: () => this.close(),
    });
    col.text('small', t('ui.settings.intro'), PALETTE.textMuted, gap * 0.5);
    const { content } = this.session;
    this.section(
      col,
      t('ui.settings.language'),
      LOCALES.map((l) => ({
        label: lineIn(content, l, 'ui.lang.name'),
        chosen: s.locale === l,
        onPress: set({ locale: l }),
      })),
    );
    this.section(
      col,
      t('ui.settings.textSize'),
      TEXT_SIZES.map((v) => ({
        label: t(`ui.settings.textSize.${v}`),
        chosen: s.textSize === v,
        onPress: set({ textSize: v }),
      })),
    );
    this.section(
      col,
      t('ui.settings.textSpeed'),
      TEXT_SPEEDS.map((v) => ({
        label: t(`ui.settings.textSpeed.${v}`),
        chosen: s.textSpeed === v,
        onPress: set({ textSpeed: v }),
      })),
      t('ui.settings.textSpeed.note'),
    );
    const motion = t('ui.settings.motion');
    this.section(
      col,
      motion,
      [toggle(motion, s.reducedMotion, set({ reducedMotion: !s.reducedMotion }))],
      t('ui.settings.motion.note'),
    );
    const contrast = t('ui.settings.contrast');
    this.section(
      col,
      contrast,
      [toggle(contrast, s.highContrast, set({ highContrast: !s.highContrast }))],
      t('ui.settings.contrast.note'),
    );
    const mute = t('ui.settings.mute');
    this.section(col, t('ui.settings.sound'), [
      toggle(mute, s.sound.muted, set({ sound: { muted: !s.sound.muted } })),
    ]);
    for (const channel of CHANNELS) this.level(col, s, channel);
  }

  /** "Master volume: 80%" with a lower and a raise button. */
  private level(col: Column, s: Settings, channel: Channel): void {
    const t = this.session.translator();
    const label = t(`ui.settings.${channel}`);
    const value = Math.round(s.sound[channel] * 100);
    const step = (by: number) => () =>
      this.settings.update({ sound: { [channel]: Math.round((s.sound[channel] + by) * 10) / 10 } });
    col.space(this.layout.space.md);
    col.text('body', t('ui.settings.volume', { label, value }), PALETTE.text, this.layout.space.md);
    this.row(col, [
      { label: `− ${t('ui.settings.lower', { label })}`, onPress: step(-STEP) },
      { label: `+ ${t('ui.settings.raise', { label })}`, onPress: step(STEP) },
    ]);
    if (channel === 'music') col.text('small', t('ui.settings.music.note'), PALETTE.textMuted);
  }

  protected onKey(event: KeyboardEvent): boolean {
    if (event.key !== 'Escape') return false;
    this.close();
    return true;
  }
}
