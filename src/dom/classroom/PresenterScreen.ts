/**
 * The presenter screen: the lesson on a projector, as real DOM in large type, driven by the
 * classroom session's view. Keys (and a presentation clicker, which sends the same keys):
 * Right / Page Down / Space = next, Left / Page Up = back, number keys pick a field, a tied
 * option or a discussion question. Focus goes to each new page's heading, and the live region
 * names it, so the screen reads in order with a screen reader too.
 */
import { openTeacherPack } from '../../pack/door.ts';
import type { ClassroomSession } from '../../classroom/ClassroomSession.ts';
import { debriefFileName, debriefCsv, debriefJson } from '../../classroom/exports.ts';
import type { PresenterView } from '../../classroom/presenterTypes.ts';
import { button, h } from '../h.ts';
import { downloadText } from './download.ts';
import { renderPage, VOTE_FORM, type PageActions, type RenderedPage } from './pages.ts';

/** Identity of a page: a new one moves focus and is announced; the same one is updated. */
function pageKey(view: PresenterView): string {
  const extra =
    view.screen === 'discussion'
      ? String(view.index)
      : view.screen === 'decided'
        ? view.choice + view.decidedBy
        : view.screen === 'briefing' || view.screen === 'voting'
          ? String(view.countdown?.running ?? '')
          : '';
  return `${view.screen}:${view.heading}:${view.kicker}:${extra}`;
}

const TEXT_ENTRY = 'input[type="text"], input:not([type]), textarea, select';
const CONTROL = 'button, a, input, select, textarea, summary, label';

export interface PresenterChrome {
  /** Switches language (labelled in the other language) and leaves presenter mode. */
  readonly languageSwitch: {
    readonly label: string;
    readonly lang: string;
    readonly onPress: () => void;
  };
  readonly leave: () => void;
}

export class PresenterScreen {
  private readonly live: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly slot: HTMLElement;
  private readonly nav: HTMLElement;
  private page: RenderedPage | null = null;
  private key = '';
  private confirming = false;
  private view: PresenterView;
  private readonly actions: PageActions;

  constructor(
    private readonly root: HTMLElement,
    private readonly session: ClassroomSession,
    private readonly chrome: () => PresenterChrome,
  ) {
    this.live = h('p', { class: 'pr-live', role: 'status', 'aria-live': 'polite' });
    this.bar = h('header', { class: 'pr-bar' });
    this.slot = h('div');
    this.nav = h('nav', { class: 'pr-nav' });
    // The live region sits inside the main landmark, so all of the page is in landmarks.
    const main = h('main', { class: 'pr-main', id: 'pr-main' }, this.live, this.slot);
    root.replaceChildren(this.bar, main, this.nav);
    this.actions = {
      send: (event) => session.send(event),
      now: () => Date.now(),
      print: () => window.print(),
      download: (kind) => this.download(kind),
      endLesson: () => this.askToEnd(),
    };
    this.view = session.view();
    session.subscribe((view) => this.render(view));
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.setInterval(() => this.tick(), 500);
    this.render(this.view);
  }

  private render(view: PresenterView): void {
    this.view = view;
    const key = pageKey(view);
    if (key === this.key && this.page !== null && view.screen === 'voting') {
      this.patchVote(view);
      return;
    }
    const hadFocus =
      this.root.contains(document.activeElement) || document.activeElement === document.body;
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.['id'];
    const sameKey = key === this.key;
    this.key = key;
    this.page = renderPage(view, (line) => this.session.translator()(line), this.actions);
    this.slot.replaceChildren(this.page.root);
    this.renderBar(view);
    this.renderNav(view);
    document.title = `${view.heading} — ${this.session.translator()('ui.presenter.title')}`;
    if (!sameKey) {
      this.confirming = false;
      this.announce(view.progress === null ? view.heading : `${view.progress}. ${view.heading}`);
      this.root.scrollTop = 0;
      if (hadFocus) this.page.heading.focus();
    } else if (focusedId !== undefined) {
      this.root.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusedId)}"]`)?.focus();
    }
  }

  /** Typing a count updates the messages and the total, never the field being typed in. */
  private patchVote(view: Extract<PresenterView, { screen: 'voting' }>): void {
    const page = this.page;
    if (page === null) return;
    const wasRefused = page.refused?.hidden === false;
    for (const f of view.fields) {
      const parts = page.fields.get(f.id);
      if (parts === undefined) continue;
      parts.error.textContent = f.error ?? '';
      if (f.error === null) parts.input.removeAttribute('aria-invalid');
      else parts.input.setAttribute('aria-invalid', 'true');
      if (document.activeElement !== parts.input) parts.input.value = f.value;
    }
    if (page.total !== null) page.total.textContent = view.total;
    if (page.refused !== null) {
      page.refused.textContent = view.refused ?? '';
      page.refused.hidden = view.refused === null;
    }
    // A refused commit: take the teacher to the first count to fix.
    if (view.refused !== null && !wasRefused) {
      const first = view.fields.find((f) => f.error !== null);
      (first
        ? page.fields.get(first.id)?.input
        : page.fields.values().next().value?.input
      )?.focus();
    }
  }

  private renderBar(view: PresenterView): void {
    const t = this.session.translator();
    const chrome = this.chrome();
    const items: HTMLElement[] = [
      h('p', { class: 'pr-brand' }, `${t('ui.title')} · ${t('ui.presenter.title')}`),
      button(chrome.languageSwitch.label, chrome.languageSwitch.onPress, {
        class: 'pr-secondary',
        lang: chrome.languageSwitch.lang,
        'data-id': 'lang-switch',
      }),
      button(t('ui.pack.open'), openTeacherPack, { class: 'pr-secondary', 'data-id': 'pack-open' }),
    ];
    if (view.screen === 'setup')
      items.push(
        button(t('ui.presenter.leave'), chrome.leave, {
          class: 'pr-secondary',
          'data-id': 'leave',
        }),
      );
    else if (!this.confirming)
      items.push(
        button(t('ui.presenter.end'), () => this.askToEnd(), {
          class: 'pr-secondary',
          'data-id': 'end',
        }),
      );
    else
      items.push(
        h('p', { class: 'pr-confirm' }, t('ui.presenter.endConfirm')),
        button(t('ui.presenter.endYes'), () => this.session.send({ type: 'lesson.end' }), {
          class: 'pr-primary',
          'data-id': 'end-yes',
        }),
        button(t('ui.presenter.endNo'), () => this.setConfirming(false, 'end'), {
          class: 'pr-secondary',
          'data-id': 'end-no',
        }),
      );
    this.bar.replaceChildren(...items);
  }

  private renderNav(view: PresenterView): void {
    const t = this.session.translator();
    const items: HTMLElement[] = [];
    if (view.back)
      items.push(
        button(`← ${t('ui.presenter.back')}`, () => this.back(), {
          class: 'pr-secondary',
          'data-id': 'back',
        }),
      );
    if (view.screen === 'voting')
      items.push(
        h(
          'button',
          { type: 'submit', form: VOTE_FORM, class: 'pr-primary', 'data-id': 'commit' },
          view.commit,
        ),
      );
    // Set-up has its own submit button.
    else if (view.next !== null && view.screen !== 'setup')
      items.push(
        button(`${view.next} →`, () => this.next(), { class: 'pr-primary', 'data-id': 'next' }),
      );
    this.nav.replaceChildren(...items);
  }

  private askToEnd(): void {
    this.setConfirming(true, 'end-yes');
  }

  private setConfirming(on: boolean, focus: string): void {
    this.confirming = on;
    this.renderBar(this.view);
    this.root.querySelector<HTMLElement>(`[data-id="${focus}"]`)?.focus();
  }

  private next(): void {
    switch (this.view.screen) {
      case 'setup':
        this.root.querySelector<HTMLFormElement>('#pr-setup')?.requestSubmit();
        return;
      case 'voting':
        this.session.send({ type: 'tally.commit' });
        return;
      case 'debrief':
      case 'tieBreak':
        return;
      default:
        this.session.send({ type: 'page.next' });
    }
  }

  private back(): void {
    this.session.send({ type: 'page.back' });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    // The teacher pack is open over the lesson: a clicker's Page Down must not move the lesson on.
    if (document.documentElement.dataset['pack'] === 'open') return;
    const target = event.target instanceof Element ? event.target : null;
    const typing = target?.closest(TEXT_ENTRY) != null;
    const onControl = target?.closest(CONTROL) != null;
    const key = event.key;
    // A clicker's Page Down / Page Up work wherever focus is; arrows and Space leave controls alone.
    const paging = key === 'PageDown' || key === 'PageUp';
    if (!paging && (typing || (onControl && (key === ' ' || key === 'Enter')))) return;
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') {
      event.preventDefault();
      this.next();
    } else if (key === 'ArrowLeft' || key === 'PageUp') {
      event.preventDefault();
      this.back();
    } else if (/^[1-9]$/.test(key)) {
      this.numberKey(Number(key), event);
    }
  }

  /** 1–9: the vote's field, the tied option, or the discussion question of that number. */
  private numberKey(n: number, event: KeyboardEvent): void {
    const view = this.view;
    if (view.screen === 'voting') {
      const field = view.fields[n - 1];
      const input = field && this.page?.fields.get(field.id)?.input;
      if (input) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    } else if (view.screen === 'tieBreak') {
      const option = view.options[n - 1];
      if (option) this.session.send({ type: 'tie.break', choice: option.id });
    } else if (view.screen === 'discussion' && n <= view.total) {
      this.session.send({ type: 'prompt.show', index: n - 1 });
    }
  }

  /** The countdown line, once a second; nothing else changes while it runs. */
  private tick(): void {
    const countdown = this.page?.countdown;
    if (countdown === null || countdown === undefined) return;
    const view = this.session.view();
    if (view.screen !== 'briefing' && view.screen !== 'voting') return;
    const c = view.countdown;
    if (c === null || !c.running) return;
    if (countdown.textContent === c.text) return;
    countdown.textContent = c.text;
    countdown.classList.toggle('pr-up', c.up);
    if (c.up) this.announce(c.text);
  }

  private download(kind: 'csv' | 'json'): void {
    const debrief = this.session.debrief();
    if (debrief === null) return;
    const t = this.session.translator();
    if (kind === 'csv')
      downloadText(
        debriefFileName(debrief, 'csv'),
        debriefCsv(debrief, t),
        'text/csv;charset=utf-8',
      );
    else downloadText(debriefFileName(debrief, 'json'), debriefJson(debrief), 'application/json');
  }

  /** Re-sets the live region's text so the same words are announced again when repeated. */
  private announce(text: string): void {
    this.live.textContent = '';
    window.setTimeout(() => (this.live.textContent = text), 50);
  }
}
