/**
 * The debrief as a real table: on the projector in large type, and on paper through the print
 * stylesheet (presenter.css), which keeps only this page and fits it on one or two sheets.
 */
import type { PresenterView } from '../../classroom/presenterTypes.ts';
import { button, h } from '../h.ts';
import type { PageActions } from './pages.ts';

type DebriefView = Extract<PresenterView, { screen: 'debrief' }>;

export function debriefPage(view: DebriefView, actions: PageActions): HTMLElement[] {
  const { labels, debrief } = view;
  const table = h(
    'table',
    { class: 'pr-debrief-table' },
    h('caption', {}, view.meta),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[labels.decision, labels.tally, labels.class, labels.founders, labels.outcome].map((l) =>
          h('th', { scope: 'col' }, l),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...debrief.rows.map((r) =>
        h(
          'tr',
          { 'data-decision': r.decision },
          h('th', { scope: 'row' }, h('span', { class: 'pr-date' }, r.dateLine), h('br'), r.title),
          h('td', {}, r.tally),
          h(
            'td',
            {},
            h('strong', {}, r.classChoice.label),
            h('br'),
            h('span', { class: 'pr-how' }, `${labels.how}: ${r.decidedByLabel}`),
          ),
          h(
            'td',
            {},
            r.founders?.label ?? labels.notFaced,
            r.sameAsFounders ? h('span', { class: 'pr-same' }, ` (${labels.same})`) : null,
          ),
          h(
            'td',
            {},
            h('span', { class: `pr-kind pr-kind-${r.outcome.kind}` }, r.outcome.label),
            ' ',
            r.outcome.text,
          ),
        ),
      ),
    ),
  );
  return [
    h('p', { class: 'pr-lead' }, view.lead),
    h(
      'div',
      { class: 'pr-ending' },
      h('p', { class: 'pr-result' }, view.endingLine),
      h('p', { class: 'pr-note' }, view.endingNote),
    ),
    table,
    h(
      'div',
      { class: 'pr-row pr-actions' },
      button(labels.print, () => actions.print(), { class: 'pr-primary', 'data-id': 'print' }),
      button(labels.csv, () => actions.download('csv'), {
        class: 'pr-secondary',
        'data-id': 'csv',
      }),
      button(labels.json, () => actions.download('json'), {
        class: 'pr-secondary',
        'data-id': 'json',
      }),
      button(labels.newLesson, () => actions.endLesson(), {
        class: 'pr-secondary',
        'data-id': 'new-lesson',
      }),
    ),
  ];
}
