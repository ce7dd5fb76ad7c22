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
import {
  READING_SCREENS,
  renderPage,
  VOTE_FORM,
  type PageActions,
  type RenderedPage,
} from './pages.ts';
import { Pager } from './pager.ts';
import { keyIntent, pageKey } from './presenterKeys.ts';
import { presenterBase } from '../../ui/presenterType.ts';

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
  /** The parts of a page too long for the screen (layout, like a scroll position). */
  private readonly pager: Pager;
  /** Set while Back leaves a page, so the page before opens on its last part. */
  private arrivingBack = false;

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
    this.pager = new Pager((n, of) =>
      this.session.translator()('ui.presenter.part', { n, total: of }),
    );
    this.view = session.view();
    session.subscribe((view) => this.render(view));
    window.addEventListener('resize', () => this.relayout());
    document.addEventListener('keydown', (e) => this.onKey(e));
    window.setInterval(() => this.tick(), 500);
    this.render(this.view);
  }

  /** `relaid`: the same page drawn again for a new window size, not patched in place. */
  private render(view: PresenterView, relaid = false): void {
    this.view = view;
    const key = pageKey(view);
    if (!relaid && key === this.key && this.page !== null && view.screen === 'voting') {
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
    this.layout(view, sameKey ? this.pager.index : this.arrivingBack ? 'end' : 0);
    this.renderNav(view);
    document.title = `${view.heading} — ${this.session.translator()('ui.presenter.title')}`;
    if (!sameKey) {
      this.confirming = false;
      this.root.scrollTop = 0;
      const confirm = view.screen === 'decided' ? view.confirm : null;
      if (confirm !== null) {
        // The override's second step: read out what it records; its "yes" takes the focus.
        this.announce(`${confirm.question} ${confirm.records}`);
        if (hadFocus) this.root.querySelector<HTMLElement>('[data-id="override-yes"]')?.focus();
      } else {
        this.announce(view.progress === null ? view.heading : `${view.progress}. ${view.heading}`);
        if (hadFocus) this.page.heading.focus();
      }
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

  /** Fits the page to the screen: smaller type within the scale, then parts (see fit.ts). */
  private layout(view: PresenterView, at: number | 'end'): void {
    this.markFitted();
    const page = this.page;
    if (page === null || view.screen === 'debrief') {
      this.pager.clear(this.root);
      return;
    }
    const target = {
      box: this.root,
      page: page.root,
      head: page.head,
      body: page.body,
      splittable: READING_SCREENS.has(view.screen),
      partLine: page.partLine,
    };
    this.pager.layout(target, presenterBase(window.innerWidth, window.innerHeight), at);
  }

  /** A new window size: the same page drawn and fitted again, on the same part if it still has one. */
  private relayout(): void {
    if (this.view.screen === 'debrief') this.markFitted();
    else this.render(this.view, true);
  }

  /** The window size the page was last fitted to (tests wait on it after a resize). */
  private markFitted(): void {
    this.root.dataset['fit'] = `${window.innerWidth}x${window.innerHeight}`;
  }

  /** After Next or Back within a page: the new part is read from its heading, as a new page. */
  private movedPart(): void {
    const hadFocus =
      this.root.contains(document.activeElement) || document.activeElement === document.body;
    this.renderNav(this.view);
    this.root.scrollTop = 0;
    this.announce(
      this.session.translator()('ui.presenter.part', {
        n: this.pager.index + 1,
        total: this.pager.count,
      }),
    );
    if (hadFocus) this.page?.heading.focus();
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
    const morePart = this.pager.index < this.pager.count - 1;
    // "2/3": the part showing, for tests and tools (the words are in the page's language).
    this.root.dataset['part'] = `${this.pager.index + 1}/${this.pager.count}`;
    if (view.back || this.pager.index > 0)
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
    else if (morePart || (view.next !== null && view.screen !== 'setup'))
      items.push(
        button(
          `${morePart ? this.session.translator()('ui.presenter.more') : view.next} →`,
          () => this.next(),
          { class: 'pr-primary', 'data-id': 'next' },
        ),
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
    if (this.pager.forward()) {
      this.movedPart();
      return;
    }
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
    if (this.pager.backward()) {
      this.movedPart();
      return;
    }
    // The session renders the page before at once, which opens on its last part.
    this.arrivingBack = true;
    this.session.send({ type: 'page.back' });
    this.arrivingBack = false;
  }

  private onKey(event: KeyboardEvent): void {
    const intent = keyIntent(event, this.view);
    if (intent === null) return;
    if (intent !== 'number') event.preventDefault();
    if (intent === 'cancelOverride') this.session.send({ type: 'override.cancel' });
    else if (intent === 'next') this.next();
    else if (intent === 'back') this.back();
    else this.numberKey(Number(event.key), event);
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
