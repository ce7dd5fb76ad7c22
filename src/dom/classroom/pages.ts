/**
 * The presenter's pages as real DOM, from the presenter view model. Words are text nodes only;
 * every control is a real button or field, so the projector screen is also the accessible one.
 */
import type { ClassroomEvent, LessonKind } from '../../classroom/events.ts';
import type {
  CountdownView,
  DecidedConfirm,
  PresenterView,
} from '../../classroom/presenterTypes.ts';
import type { Translate } from '../../i18n/translate.ts';
import { button, h } from '../h.ts';
import { block } from '../parts.ts';
import { debriefPage } from './debriefPage.ts';

type View<S extends PresenterView['screen']> = Extract<PresenterView, { screen: S }>;

export interface PageActions {
  send(event: ClassroomEvent): void;
  now(): number;
  print(): void;
  download(kind: 'csv' | 'json'): void;
  /** "Start a new lesson" on the debrief, behind the same confirm as ending a lesson. */
  endLesson(): void;
}

/** A rendered page and the parts the presenter updates in place (so typing keeps its focus). */
export interface RenderedPage {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  /** Kicker, heading and progress: what every part of a split page repeats. */
  readonly head: readonly HTMLElement[];
  /** The rest, in reading order. */
  readonly body: readonly HTMLElement[];
  /** "Part 2 of 3" beside the kicker, while a page too long for the screen is split. */
  readonly partLine: HTMLElement;
  readonly fields: ReadonlyMap<string, { input: HTMLInputElement; error: HTMLElement }>;
  readonly refused: HTMLElement | null;
  readonly total: HTMLElement | null;
  readonly countdown: HTMLElement | null;
}

export function renderPage(view: PresenterView, t: Translate, actions: PageActions): RenderedPage {
  const heading = h('h1', { id: 'pr-heading', tabindex: -1 }, view.heading);
  const page: Mutable<RenderedPage> = {
    root: h('div'),
    heading,
    head: [],
    body: [],
    partLine: h('span', { class: 'pr-part' }),
    fields: new Map(),
    refused: null,
    total: null,
    countdown: null,
  };
  const present = (list: (HTMLElement | null)[]) =>
    list.filter((el): el is HTMLElement => el !== null);
  // Date, progress and part share one line, so the page's own words get the screen's height.
  const meta = h(
    'p',
    { class: 'pr-meta' },
    h('span', { class: 'pr-kicker' }, view.kicker),
    view.progress === null ? null : h('span', { class: 'pr-progress' }, view.progress),
    page.partLine,
  );
  page.head = [meta, heading];
  page.body = present(pageBody(view, t, actions, page));
  page.root = h('div', { class: `pr-page pr-${view.screen}` }, ...page.head, ...page.body);
  return page;
}

/** Pages that are read, not filled in: the ones a split into parts may cut. */
export const READING_SCREENS: ReadonlySet<PresenterView['screen']> = new Set([
  'prologue',
  'briefing',
  'outcome',
  'history',
  'discussion',
  'recap',
  'ending',
]);

/** The vote's form id, for the commit button outside it. */
export const VOTE_FORM = 'pr-vote';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function pageBody(
  view: PresenterView,
  t: Translate,
  actions: PageActions,
  page: Mutable<RenderedPage>,
): (HTMLElement | null)[] {
  const blocks = (list: View<'prologue'>['blocks']) => list.map((b) => block(b, t, pageLang()));
  switch (view.screen) {
    case 'setup':
      return setupForm(view, actions);
    case 'prologue':
    case 'ending':
      return [
        view.screen === 'ending' && view.historical !== null
          ? h('p', { class: 'tl-tag' }, view.historical)
          : null,
        ...blocks(view.blocks),
      ];
    case 'briefing':
      return [
        ...blocks(view.blocks),
        h('h2', { class: 'pr-question' }, view.question),
        h(
          'ol',
          { class: 'pr-options' },
          ...view.options.map((o) =>
            h('li', {}, h('span', { class: 'pr-key' }, String(o.key)), o.label),
          ),
        ),
        countdownBox(view.countdown, actions, page),
      ];
    case 'voting':
      return votingForm(view, actions, page);
    case 'tieBreak':
      return [
        h('p', { class: 'pr-lead' }, view.lead),
        h(
          'div',
          { class: 'pr-choices', role: 'group', 'aria-labelledby': 'pr-heading' },
          ...view.options.map((o) =>
            button(
              `${o.key}. ${o.label}`,
              () => actions.send({ type: 'tie.break', choice: o.id }),
              {
                class: 'pr-choice',
                'data-id': `tie-${o.key}`,
              },
            ),
          ),
        ),
      ];
    case 'decided':
      return decided(view, actions);
    case 'outcome':
    case 'history':
      return [h('p', { class: 'pr-chosen' }, view.chosen), ...blocks(view.blocks)];
    case 'discussion':
      return [h('p', { class: 'pr-progress' }, view.count), block(view.prompt, t, pageLang())];
    case 'recap':
      return [
        h('p', { class: 'pr-lead' }, view.lead),
        ...view.items.flatMap((item) => [
          h('h2', {}, item.title),
          block(item.block, t, pageLang()),
        ]),
      ];
    case 'debrief':
      return debriefPage(view, actions);
  }
}

/** The page's language: the blocks' own runs in another language get their `lang`. */
const pageLang = () => document.documentElement.lang || 'en';

function setupForm(view: View<'setup'>, actions: PageActions): (HTMLElement | null)[] {
  const radios = view.lessons.map((l, i) =>
    h(
      'label',
      { class: 'pr-radio' },
      h('input', {
        type: 'radio',
        name: 'pr-lesson',
        value: l.kind,
        checked: i === 0,
        'data-id': `lesson-${l.kind}`,
      }),
      h('span', {}, l.label),
    ),
  );
  const enabled = h('input', { type: 'checkbox', id: 'pr-countdown', 'data-id': 'countdown-on' });
  const length = h(
    'select',
    { id: 'pr-countdown-length', 'data-id': 'countdown-length', disabled: true },
    ...view.lengths.map((l) =>
      h('option', { value: l.seconds, selected: l.seconds === 120 }, l.label),
    ),
  );
  enabled.addEventListener('change', () => (length.disabled = !enabled.checked));
  const start = () => {
    const lesson = (radios.map((r) => r.querySelector('input')).find((input) => input?.checked)
      ?.value ?? 'full') as LessonKind;
    actions.send({
      type: 'lesson.start',
      lesson,
      countdown: { enabled: enabled.checked, seconds: Number(length.value) },
    });
  };
  const form = h(
    'form',
    { class: 'pr-setup', id: 'pr-setup' },
    h('fieldset', {}, h('legend', {}, view.lessonLegend), ...radios),
    h('p', { class: 'pr-note' }, view.rationale),
    h(
      'div',
      { class: 'pr-row' },
      h('label', { class: 'pr-radio' }, enabled, h('span', {}, view.countdownLabel)),
      h('label', { for: 'pr-countdown-length' }, view.lengthLabel),
      length,
    ),
    h('button', { type: 'submit', class: 'pr-primary', 'data-id': 'start' }, view.next ?? ''),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
  return [
    view.notice === null ? null : h('p', { class: 'pr-notice', role: 'alert' }, view.notice),
    h('p', { class: 'pr-lead' }, view.lead),
    form,
    h('p', { class: 'pr-note' }, view.keys),
  ];
}

function votingForm(
  view: View<'voting'>,
  actions: PageActions,
  page: Mutable<RenderedPage>,
): (HTMLElement | null)[] {
  const fields = new Map<string, { input: HTMLInputElement; error: HTMLElement }>();
  const rows = view.fields.map((f) => {
    const errorId = `pr-err-${f.key}`;
    const input = h('input', {
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      id: `pr-tally-${f.key}`,
      'data-id': `tally-${f.key}`,
      'aria-label': `${f.fieldLabel}: ${f.label}`,
      'aria-describedby': errorId,
      'aria-invalid': f.error === null ? undefined : 'true',
      size: 4,
    });
    input.value = f.value;
    input.addEventListener('input', () =>
      actions.send({ type: 'tally.set', choice: f.id, value: input.value }),
    );
    const error = h('p', { class: 'pr-error', id: errorId }, f.error ?? '');
    fields.set(f.id, { input, error });
    return h(
      'div',
      { class: 'pr-tally' },
      h('label', { for: input.id }, h('span', { class: 'pr-key' }, String(f.key)), f.label),
      input,
      error,
    );
  });
  page.fields = fields;
  page.refused = h('p', { class: 'pr-notice', role: 'alert' }, view.refused ?? '');
  page.refused.hidden = view.refused === null;
  page.total = h('p', { class: 'pr-total', 'aria-live': 'polite' }, view.total);
  // Its submit button is in the page's bottom bar (PresenterScreen), always in sight.
  const form = h(
    'form',
    { class: 'pr-vote', id: VOTE_FORM, 'aria-labelledby': 'pr-question' },
    ...rows,
    page.total,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.send({ type: 'tally.commit' });
  });
  return [
    h('h2', { id: 'pr-question', class: 'pr-question' }, view.question),
    countdownBox(view.countdown, actions, page),
    h('p', { class: 'pr-lead' }, view.lead),
    page.refused,
    form,
  ];
}

function decided(view: View<'decided'>, actions: PageActions): HTMLElement[] {
  return [
    h('p', { class: 'pr-result' }, view.choice),
    h('p', { class: 'pr-lead' }, view.hands),
    h(
      'ul',
      { class: 'pr-bars' },
      ...view.tally.map((o) =>
        h(
          'li',
          { class: o.chosen ? 'pr-chosen-row' : undefined },
          h('span', {}, `${o.key}. ${o.label}`),
          h('strong', {}, String(o.hands)),
        ),
      ),
    ),
    view.confirm === null ? overrideChoices(view, actions) : overrideConfirm(view.confirm, actions),
  ];
}

/** The override's first step, folded away: the other options. */
function overrideChoices(view: View<'decided'>, actions: PageActions): HTMLElement {
  return h(
    'details',
    { class: 'pr-override' },
    h('summary', { 'data-id': 'override-open' }, view.overrideHeading),
    h('p', { class: 'pr-note' }, view.overrideLead),
    ...view.overrides.map((o) =>
      button(o.action, () => actions.send({ type: 'override.ask', choice: o.id }), {
        class: 'pr-secondary',
        'data-id': `override-${o.key}`,
      }),
    ),
  );
}

/** The second step: what the override will record, then yes or cancel (Escape cancels too). */
function overrideConfirm(confirm: DecidedConfirm, actions: PageActions): HTMLElement {
  return h(
    'section',
    { class: 'pr-override-confirm', role: 'group', 'aria-labelledby': 'pr-override-q' },
    h('p', { class: 'pr-lead', id: 'pr-override-q' }, confirm.question),
    h('p', { class: 'pr-note', id: 'pr-override-records' }, confirm.records),
    h(
      'div',
      { class: 'pr-row' },
      button(confirm.yes, () => actions.send({ type: 'vote.override', choice: confirm.choice }), {
        class: 'pr-primary',
        'data-id': 'override-yes',
        'aria-describedby': 'pr-override-records',
      }),
      button(confirm.no, () => actions.send({ type: 'override.cancel' }), {
        class: 'pr-secondary',
        'data-id': 'override-no',
      }),
    ),
  );
}

/** The countdown's line and its start/stop button; `page.countdown` is updated every second. */
function countdownBox(
  view: CountdownView | null,
  actions: PageActions,
  page: Mutable<RenderedPage>,
): HTMLElement | null {
  if (view === null) return null;
  const text = h(
    'p',
    { class: view.up ? 'pr-timer pr-up' : 'pr-timer', role: 'timer' },
    view.running ? view.text : '',
  );
  page.countdown = text;
  const control = view.running
    ? button(view.stopLabel, () => actions.send({ type: 'countdown.stop' }), {
        class: 'pr-secondary',
        'data-id': 'countdown-stop',
      })
    : button(view.startLabel, () => actions.send({ type: 'countdown.start', at: actions.now() }), {
        class: 'pr-secondary',
        'data-id': 'countdown-start',
      });
  return h('div', { class: 'pr-countdown' }, text, control);
}
