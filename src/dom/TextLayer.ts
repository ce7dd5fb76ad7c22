/**
 * The accessible text layer: every word and every control of every screen as real DOM, driven
 * by the same view as the canvas. It is visually hidden until something inside it has keyboard
 * focus, then it shows as a readable panel (see textLayer.css). Screen changes are announced in
 * a polite live region; focus follows the player into each new screen.
 */
import type { Sound } from '../audio/sound.ts';
import type { GameSession } from '../session/GameSession.ts';
import { sourceList } from '../view/blocks.ts';
import type { View } from '../view/types.ts';
import { button, h } from './h.ts';
import { sourceItems } from './parts.ts';
import { renderScreen } from './screens.ts';

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
  private key = '';
  private confirming = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly root: HTMLElement,
    private readonly session: GameSession,
    sound: Sound | null = null,
  ) {
    const t = (line: string) => session.translate(line);
    root.setAttribute('aria-label', t('ui.layer.label'));
    this.live = h('p', { class: 'tl-live', role: 'status', 'aria-live': 'polite' });
    this.screenSlot = h('div');
    this.restartSlot = h('div');
    const sources = sourceList(session.content);
    const menu = h(
      'nav',
      { class: 'tl-menu', 'aria-labelledby': 'tl-menu-h' },
      h('h2', { id: 'tl-menu-h' }, t('ui.menu.heading')),
      this.restartSlot,
      sound === null ? null : this.soundToggle(sound),
      h(
        'details',
        {},
        h('summary', {}, `${t('ui.menu.sources')} (${sources.length})`),
        sourceItems(sources, true),
      ),
    );
    root.replaceChildren(this.live, this.screenSlot, menu);
    this.unsubscribe = session.subscribe((view) => this.render(view));
    this.render(session.view());
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
    const screen = renderScreen(view, this.session);
    this.screenSlot.replaceChildren(screen.root);
    document.title =
      view.screen === 'title'
        ? view.heading
        : `${view.heading} — ${this.session.translate('ui.title')}`;
    if (key !== previous) {
      this.key = key;
      this.confirming = false;
      this.announce(`${view.kicker}: ${view.heading}`);
    }
    this.renderRestart(view.screen !== 'title');
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

  /** A real toggle button: its pressed state is the sound being on. */
  private soundToggle(sound: Sound): HTMLButtonElement {
    const t = (line: string) => this.session.translate(line);
    const toggle = button(
      '',
      () => {
        sound.setMuted(!sound.isMuted());
        show();
      },
      { class: 'tl-secondary' },
    );
    const show = () => {
      toggle.textContent = t(sound.isMuted() ? 'ui.menu.soundOff' : 'ui.menu.soundOn');
    };
    show();
    return toggle;
  }

  /** Re-sets the live region's text so the same words are announced again when repeated. */
  private announce(text: string): void {
    this.live.textContent = '';
    window.setTimeout(() => (this.live.textContent = text), 50);
  }
}
