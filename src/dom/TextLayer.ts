/**
 * The accessible text layer: every word and every control of every screen as real DOM, driven
 * by the same view as the canvas. It is visually hidden until something inside it has keyboard
 * focus, then it shows as a readable panel (see textLayer.css). Screen changes are announced in
 * a polite live region; focus follows the player into each new screen.
 */
import { LOCALES, lineIn, nextLocale, type Locale } from '../i18n/translate.ts';
import { openTeacherPack } from '../pack/door.ts';
import type { GameSession } from '../session/GameSession.ts';
import type { SettingsStore } from '../settings/SettingsStore.ts';
import { sourceList } from '../view/blocks.ts';
import type { View } from '../view/types.ts';
import { button, h } from './h.ts';
import type { TextPanel } from './panel.ts';
import { sourceItems } from './parts.ts';
import { renderScreen, type ScreenControls } from './screens.ts';
import { settingsPanel, type SettingsPanel } from './SettingsPanel.ts';

/** Identity of a screen: focus moves and the live region speaks only when it changes. */
function screenKey(view: View): string {
  switch (view.screen) {
    case 'decision':
    case 'reveal':
      return `${view.screen}:${view.decision}:${view.phase}`;
    case 'ending':
      return `${view.screen}:${view.ending}:${view.phase}`;
    default:
      return view.screen;
  }
}

export class TextLayer {
  private readonly live: HTMLElement;
  private readonly screenSlot: HTMLElement;
  private readonly restartSlot: HTMLElement;
  private menu: HTMLElement;
  private panel!: SettingsPanel;
  /** Shows the mute state on the menu's sound button (of the menu in the current language). */
  private syncMute: () => void = () => {};
  /** The menu is rebuilt in each language; these keep its disclosures as the player left them. */
  private readonly open = { settings: false, sources: false };
  private locale: Locale;
  private key = '';
  private confirming = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly root: HTMLElement,
    private readonly session: GameSession,
    private readonly settings: SettingsStore,
    /** Sections added to the menu (replay, your data), kept across languages. */
    private readonly panels: readonly TextPanel[] = [],
  ) {
    this.live = h('p', { class: 'tl-live', role: 'status', 'aria-live': 'polite' });
    this.screenSlot = h('div');
    this.restartSlot = h('div');
    this.locale = session.translator().locale;
    this.menu = this.buildMenu();
    root.replaceChildren(this.live, this.screenSlot, this.menu);
    const unsubscribeSettings = settings.subscribe((now) => {
      this.panel.sync(now);
      this.syncMute();
    });
    const unsubscribeSession = session.subscribe((view) => this.render(view));
    this.unsubscribe = () => {
      unsubscribeSettings();
      unsubscribeSession();
    };
    this.render(session.view());
  }

  /** The menu in the current language: restart, language, sound, settings and every source. */
  private buildMenu(): HTMLElement {
    const t = this.session.translator();
    const { content } = this.session;
    this.root.setAttribute('aria-label', t('ui.layer.label'));
    const sources = sourceList(content, t);
    const names = Object.fromEntries(LOCALES.map((l) => [l, lineIn(content, l, 'ui.lang.name')]));
    this.panel = settingsPanel(this.settings, t, names as Record<Locale, string>);
    const sourcesBox = h(
      'details',
      {},
      h('summary', {}, `${t('ui.menu.sources')} (${sources.length})`),
      h('p', { class: 'tl-note' }, t('ui.menu.sourcesIntro')),
      sourceItems(sources, true, t.locale),
    );
    for (const [box, which] of [
      [this.panel.element, 'settings'],
      [sourcesBox, 'sources'],
    ] as const) {
      box.open = this.open[which];
      box.addEventListener('toggle', () => (this.open[which] = box.open));
    }
    const other = this.languageSwitch();
    return h(
      'nav',
      { class: 'tl-menu', 'aria-labelledby': 'tl-menu-h' },
      h('h2', { id: 'tl-menu-h' }, t('ui.menu.heading')),
      this.restartSlot,
      button(other.label, other.onPress, {
        'data-id': 'menu-lang-switch',
        class: 'tl-secondary',
        lang: other.lang,
      }),
      this.soundToggle(),
      this.panel.element,
      button(t('ui.pack.open'), openTeacherPack, {
        'data-id': 'menu-pack-open',
        class: 'tl-secondary',
      }),
      ...this.panels.map((p) => p.root),
      sourcesBox,
    );
  }

  /** Switches to the next language; labelled in that language, so its readers can find it. */
  private languageSwitch(): ScreenControls['languageSwitch'] {
    const next = nextLocale(this.locale);
    return {
      label: lineIn(this.session.content, next, 'ui.lang.switchTo'),
      lang: next,
      onPress: () => this.settings.update({ locale: next }),
    };
  }

  /** Opens the settings in the menu and moves focus to them. */
  private openSettings(): void {
    this.panel.element.open = true;
    this.focusById('settings-summary');
  }

  /** Stops following the session (the layer keeps its last content). */
  dispose(): void {
    this.unsubscribe();
  }

  private render(view: View): void {
    const active = document.activeElement;
    const hadFocus = active instanceof HTMLElement && this.root.contains(active);
    const focusedId = hadFocus ? active.dataset['id'] : undefined;
    const previous = this.key;
    const key = screenKey(view);
    const locale = this.session.translator().locale;
    if (locale !== this.locale) {
      this.locale = locale;
      const menu = this.buildMenu();
      this.menu.replaceWith(menu);
      this.menu = menu;
    }
    const screen = renderScreen(view, this.session, {
      languageSwitch: this.languageSwitch(),
      openSettings: () => this.openSettings(),
      extras: this.panels.flatMap((p) => p.screenExtras?.(view) ?? []),
    });
    this.screenSlot.replaceChildren(screen.root);
    document.title =
      view.screen === 'title'
        ? view.heading
        : `${view.heading} — ${this.session.translate('ui.title')}`;
    if (key !== previous) {
      this.key = key;
      this.confirming = false;
      this.announce(
        this.session.translate('ui.format.dated', { date: view.kicker, title: view.heading }),
      );
    }
    this.renderRestart(view.screen !== 'title');
    for (const panel of this.panels) panel.render(view);
    if (!hadFocus) return;
    if (key === previous) {
      if (!this.focusById(focusedId)) screen.heading.focus();
      return;
    }
    const toChoices =
      view.screen === 'decision' &&
      view.phase === 'choosing' &&
      previous.startsWith(`decision:${view.decision}:`);
    (toChoices ? (screen.firstChoice ?? screen.heading) : screen.heading).focus();
  }

  private focusById(id: string | undefined): boolean {
    if (id === undefined) return false;
    const el = this.root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    el?.focus();
    return el !== null;
  }

  /** Restart, behind a confirm step (the menu's first item; not on the title screen). */
  private renderRestart(show: boolean): void {
    const t = (line: string) => this.session.translate(line);
    const set = (confirming: boolean, focus: string) => {
      this.confirming = confirming;
      this.renderRestart(true);
      this.focusById(focus);
    };
    if (!show) {
      this.restartSlot.replaceChildren();
      return;
    }
    if (!this.confirming) {
      this.restartSlot.replaceChildren(
        button(t('ui.menu.restart'), () => set(true, 'restart-yes'), {
          'data-id': 'restart-ask',
          class: 'tl-secondary',
        }),
      );
      return;
    }
    this.restartSlot.replaceChildren(
      h('p', {}, t('ui.menu.restartConfirm')),
      button(t('ui.menu.restartYes'), () => this.session.send({ type: 'game.restart' }), {
        'data-id': 'restart-yes',
        class: 'tl-primary',
      }),
      button(t('ui.menu.restartNo'), () => set(false, 'restart-ask'), {
        'data-id': 'restart-no',
        class: 'tl-secondary',
      }),
    );
  }

  /** Mute in one press (the settings hold the levels); its label says whether sound is on. */
  private soundToggle(): HTMLButtonElement {
    const t = this.session.translator();
    const label = () => t(this.settings.get().sound.muted ? 'ui.menu.soundOff' : 'ui.menu.soundOn');
    const toggle = button(
      label(),
      () => this.settings.update({ sound: { muted: !this.settings.get().sound.muted } }),
      { class: 'tl-secondary', 'data-id': 'sound-toggle' },
    );
    this.syncMute = () => (toggle.textContent = label());
    return toggle;
  }

  /** Re-sets the live region's text so the same words are announced again when repeated. */
  private announce(text: string): void {
    this.live.textContent = '';
    window.setTimeout(() => (this.live.textContent = text), 50);
  }
}
