/**
 * The teacher pack's sections as DOM, from its view model (src/pack/packModel.ts). Every id is
 * prefixed `pk-`; citations are in-page links to the pack's own source list, and only that list
 * links out (to the sources, in a new tab, as a link the reader follows).
 */
import type {
  Around,
  NoteView,
  PackSection,
  PackView,
  PlanView,
  SourceRef,
} from '../../pack/packModel.ts';
import type { SourceView } from '../../view/types.ts';
import { externalLink, h } from '../h.ts';

export const sectionId = (id: string): string => `pk-${id}`;
export const sourceAnchor = (id: string): string => `pk-source-${id}`;

type Cites = PackView['labels']['cites'];

/** "Sources: S1, S5" (「出典：S1、S5」), each id a link to its entry in the source list. */
function cites(refs: readonly SourceRef[], words: Cites): HTMLElement | null {
  if (refs.length === 0) return null;
  const links = refs.flatMap((r, i) => [
    i > 0 ? words.separator : '',
    h('a', { href: `#${sourceAnchor(r.id)}`, 'aria-label': r.label, class: 'pk-ref' }, r.id),
  ]);
  return h('p', { class: 'pk-cites' }, words.before, ...links, words.after);
}

function plan(p: PlanView): HTMLElement[] {
  return [
    h(
      'ol',
      { class: 'pk-steps' },
      ...p.steps.map((s) =>
        h('li', {}, h('span', { class: 'pk-min' }, s.duration), h('span', {}, s.text)),
      ),
    ),
    h('p', { class: 'pk-total' }, p.total),
  ];
}

/** Title — publisher, date (the title and publisher keep their own language), then the URL. */
function sourceEntry(s: SourceView, reliability: Around, pageLang: string): HTMLElement {
  const link = externalLink(s.url, '');
  link.replaceChildren(
    ...s.citation.map((r) =>
      r.lang === pageLang ? document.createTextNode(r.text) : h('span', { lang: r.lang }, r.text),
    ),
  );
  return h(
    'li',
    { id: sourceAnchor(s.id), tabindex: -1 },
    h('span', { class: 'pk-sid' }, s.id),
    ' ',
    link,
    h(
      'p',
      { class: 'pk-note' },
      h('span', { class: 'pk-label' }, reliability.before),
      s.reliability,
      reliability.after,
    ),
  );
}

function notes(items: readonly NoteView[], label: Cites): HTMLElement {
  return h(
    'ul',
    { class: 'pk-notes' },
    ...items.map((n) => h('li', {}, h('p', {}, n.text), cites(n.sources, label))),
  );
}

/** The body of one section (under its heading). */
function body(section: PackSection, view: PackView): (HTMLElement | null)[] {
  const cite = view.labels.cites;
  switch (section.id) {
    case 'overview':
      return [
        h('p', { class: 'pk-lead' }, section.lead),
        h('p', {}, section.objectivesLead),
        h('ol', { class: 'pk-list' }, ...section.objectives.map((o) => h('li', {}, o))),
      ];
    case 'full':
      return plan(section.plan);
    case 'short':
      return [
        ...plan(section.plan),
        h('h3', {}, section.keptHeading),
        h(
          'ol',
          { class: 'pk-list pk-kept' },
          ...section.kept.map((d) =>
            h('li', { 'data-decision': d.id }, h('span', { class: 'pk-date' }, d.date), d.title),
          ),
        ),
        h('h3', {}, section.whyHeading),
        h('p', { class: 'pk-rationale' }, section.rationale),
        h('h3', {}, section.recapsHeading),
        ...section.recaps.map((r) =>
          h(
            'div',
            { class: 'pk-recap', 'data-decision': r.decision.id },
            h('h4', {}, r.heading),
            h('p', {}, r.text),
            cites(r.sources, cite),
          ),
        ),
      ];
    case 'timeline':
      return [
        h(
          'ol',
          { class: 'pk-timeline' },
          ...section.items.map((item) =>
            h(
              'li',
              {},
              h('time', { datetime: item.iso, class: 'pk-date' }, item.date),
              h('p', {}, item.text),
              item.decision === null ? null : h('p', { class: 'pk-tag' }, item.decision),
              cites(item.sources, cite),
            ),
          ),
        ),
      ];
    case 'glossary':
      return [
        h(
          'dl',
          { class: 'pk-glossary' },
          ...section.terms.flatMap((g) => [
            h('dt', { id: `pk-term-${g.id}` }, g.term),
            h('dd', {}, h('p', {}, g.definition), cites(g.sources, cite)),
          ]),
        ),
      ];
    case 'sources':
      return [
        h('p', { class: 'pk-note' }, section.intro),
        h(
          'ol',
          { class: 'pk-sources' },
          ...section.sources.map((s) => sourceEntry(s, section.reliability, view.locale)),
        ),
      ];
    case 'reading':
      return [notes(section.notes, cite)];
    case 'reflection':
      return [h('ol', { class: 'pk-list' }, ...section.questions.map((q) => h('li', {}, q)))];
  }
}

/** A section with its heading (a focus target for the contents menu) and a way back up. */
export function renderSection(section: PackSection, view: PackView): HTMLElement {
  const id = sectionId(section.id);
  return h(
    'section',
    { id, class: 'pk-section', 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h`, tabindex: -1 }, section.heading),
    ...body(section, view),
    h('p', { class: 'pk-up' }, h('a', { href: '#pk-toc-h' }, view.labels.toContents)),
  );
}

/** The contents menu: a link to each section's heading. */
export function renderContents(view: PackView): HTMLElement {
  return h(
    'nav',
    { class: 'pk-toc', 'aria-labelledby': 'pk-toc-h' },
    h('h2', { id: 'pk-toc-h', tabindex: -1 }, view.labels.contents),
    h(
      'ol',
      {},
      ...view.sections.map((s) =>
        h('li', {}, h('a', { href: `#${sectionId(s.id)}-h` }, s.heading)),
      ),
    ),
  );
}
