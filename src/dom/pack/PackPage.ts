/**
 * The teacher pack as a readable page over the game, opened from the title or the menu.
 *
 * Why a DOM page and not a canvas scene: the pack is long reading text (a glossary, a timeline,
 * 27 sources with notes) that teachers skim, search (Ctrl+F), copy from, follow links in, zoom
 * and print. Real HTML does all of that for free, reads well with screen readers (headings,
 * lists, a contents menu as landmarks), and the same element is what the print stylesheet
 * prints, so screen and paper cannot disagree. It draws from the same palette, fonts and text
 * scale as the canvas (CSS custom properties from src/dom/cssTheme.ts).
 *
 * Opening and closing touch no game state: the page only hides, and the game beneath is made
 * inert (and paused) while it is open. Escape, the Back button or the browser's back gesture
 * return to where the teacher was, focus included.
 */
import type { Classroom } from '../../content/classroom.ts';
import { onTeacherPackRequest } from '../../pack/door.ts';
import { packView, type PackView } from '../../pack/packModel.ts';
import type { Content } from '../../content/load.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { SettingsStore } from '../../settings/SettingsStore.ts';
import { button, h } from '../h.ts';
import { renderContents, renderSection } from './packSections.ts';
import './pack.css';
import './packPrint.css';

/** What the pack reads from whichever session runs the page: the game's or the presenter's. */
export interface PackHost {
  readonly content: Content;
  translator(): Translator;
  subscribe(listener: () => void): () => void;
}

export interface PackPageOptions {
  /** Told when the page opens and closes (the game pauses beneath it). */
  readonly onOpenChange?: (open: boolean) => void;
}

/** Marks our own history entry, so the browser's back closes the pack instead of the game. */
const HISTORY_MARK = 'fdTeacherPack';

export class PackPage {
  private readonly root: HTMLElement;
  private classroom: Classroom | null = null;
  private rendered: string | null = null;
  private opener: HTMLElement | null = null;
  /** The document title the game had set, given back on closing. */
  private gameTitle = '';
  /** Elements this page made inert (others may have been inert already). */
  private madeInert: HTMLElement[] = [];
  /** Our own `history.back()` is under way: its popstate is not a request to close. */
  private leavingHistory = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly session: PackHost,
    private readonly settings: SettingsStore,
    private readonly loadClassroom: () => Classroom,
    private readonly options: PackPageOptions = {},
  ) {
    this.root = h('div', { id: 'teacher-pack', class: 'pk', hidden: true });
    host.append(this.root);
    // Keys pressed in the pack are the pack's: they never reach the canvas (Phaser listens on
    // window), so Enter on a heading cannot start a game beneath it.
    this.root.addEventListener('keydown', (e) => this.keyDown(e));
    this.root.addEventListener('click', (e) => this.followInPageLink(e));
    onTeacherPackRequest(() => this.open());
    // Subscribed after the text layer, so a language switch re-renders here after it has set
    // the game's document title.
    session.subscribe(() => this.languageChanged());
    window.addEventListener('popstate', () => this.popState());
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  open(): void {
    if (this.isOpen) return;
    const active = document.activeElement;
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    this.gameTitle = document.title;
    this.render();
    this.root.hidden = false;
    document.documentElement.dataset['pack'] = 'open';
    this.madeInert = [...this.host.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== this.root && !el.inert,
    );
    for (const el of this.madeInert) el.inert = true;
    window.history.pushState(
      { ...(window.history.state as object | null), [HISTORY_MARK]: true },
      '',
    );
    this.root.scrollTop = 0;
    this.root.querySelector<HTMLElement>('#pk-title')?.focus();
    this.options.onOpenChange?.(true);
  }

  /** Closes the page and gives focus back to whatever opened it. */
  close(viaHistory = false): void {
    if (!this.isOpen) return;
    this.root.hidden = true;
    delete document.documentElement.dataset['pack'];
    for (const el of this.madeInert) el.inert = false;
    this.madeInert = [];
    document.title = this.gameTitle;
    this.options.onOpenChange?.(false);
    // The opener may have been rebuilt meanwhile (a language switch redraws the text layer).
    const id = this.opener?.dataset['id'];
    const back = this.opener?.isConnected
      ? this.opener
      : id === undefined
        ? null
        : document.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (back !== null) back.focus();
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    this.opener = null;
    const state = window.history.state as Record<string, unknown> | null;
    if (!viaHistory && state?.[HISTORY_MARK] === true) {
      this.leavingHistory = true;
      window.history.back();
    }
  }

  private popState(): void {
    if (this.leavingHistory) {
      this.leavingHistory = false;
      return;
    }
    if (this.isOpen) this.close(true);
  }

  private keyDown(event: KeyboardEvent): void {
    event.stopPropagation();
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      this.close();
    }
  }

  /** In-page links scroll to their target and move focus there, leaving the address alone. */
  private followInPageLink(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    const target = this.root.querySelector<HTMLElement>(`#${CSS.escape(href.slice(1))}`);
    if (target === null) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  private languageChanged(): void {
    if (!this.isOpen || this.rendered === this.session.translator().locale) return;
    this.gameTitle = document.title;
    // Keep the reader where they were: the section at the top of the view, the focused control.
    const top = this.root.getBoundingClientRect().top;
    const here = [...this.root.querySelectorAll<HTMLElement>('.pk-section')]
      .filter((s) => s.getBoundingClientRect().top <= top + 1)
      .at(-1);
    const focused = (document.activeElement as HTMLElement | null)?.dataset['id'];
    this.render();
    if (here !== undefined) this.root.querySelector(`#${here.id}`)?.scrollIntoView();
    else this.root.scrollTop = 0;
    if (focused !== undefined)
      this.root.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"]`)?.focus();
  }

  private render(): void {
    const t = this.session.translator();
    this.rendered = t.locale;
    this.root.lang = t.locale;
    let view: PackView;
    try {
      this.classroom ??= this.loadClassroom();
      view = packView(this.session.content, this.classroom, t.locale);
    } catch (error) {
      // A broken pack must not take the game down: say what is wrong and offer the way back.
      this.root.replaceChildren(
        this.toolbar(null),
        h(
          'main',
          { class: 'pk-page' },
          h('h1', { id: 'pk-title', tabindex: -1 }, t('ui.pack.title')),
          h('p', { role: 'alert' }, t('ui.pack.unavailable', { reason: String(error) })),
        ),
      );
      return;
    }
    document.title = `${view.title} — ${t('ui.title')}`;
    this.root.replaceChildren(
      this.toolbar(view),
      h(
        'main',
        { class: 'pk-page', 'aria-labelledby': 'pk-title' },
        h(
          'div',
          { class: 'pk-head' },
          h('p', { class: 'pk-kicker' }, view.kicker),
          h('h1', { id: 'pk-title', tabindex: -1 }, view.title),
        ),
        renderContents(view),
        h(
          'div',
          { class: 'pk-sheet' },
          ...view.sections.map((section) => renderSection(section, view)),
        ),
      ),
    );
  }

  /** Back, Print and the other language, pinned at the top of the screen (not printed). */
  private toolbar(view: PackView | null): HTMLElement {
    const t = this.session.translator();
    const language = view?.labels.language;
    return h(
      'header',
      { class: 'pk-bar' },
      button(`← ${t('ui.pack.back')}`, () => this.close(), {
        'data-id': 'pack-back',
        class: 'pk-button',
      }),
      view === null
        ? null
        : button(view.labels.print, () => window.print(), {
            'data-id': 'pack-print',
            class: 'pk-button pk-primary',
          }),
      language === undefined
        ? null
        : button(language.label, () => this.settings.update({ locale: language.lang }), {
            'data-id': 'pack-lang',
            class: 'pk-button',
            lang: language.lang,
          }),
    );
  }
}
