/** The pieces of a text-layer screen: blocks, meters, the path comparison, source lists. */
import type {
  BlockView,
  ComparisonRow,
  MeterView,
  QuoteView,
  SourceView,
  TextRun,
} from '../view/types.ts';
import { externalLink, h } from './h.ts';

/** Line lookup in the current language (the session's translator fits). */
type Words = (line: string, params?: Readonly<Record<string, string | number>>) => string;

/** A run of text, wrapped in a `lang` span where its language is not the page's. */
function run(r: TextRun, pageLang: string): Node {
  return r.lang === pageLang
    ? document.createTextNode(r.text)
    : h('span', { lang: r.lang }, r.text);
}

/** Title, publisher and date, as a reader would cite them; the title keeps its own language. */
export function sourceItems(
  sources: readonly SourceView[],
  withReliability: boolean,
  pageLang: string,
): HTMLUListElement {
  return h(
    'ul',
    { class: 'tl-sources' },
    ...sources.map((s) => {
      const link = externalLink(s.url, '');
      link.replaceChildren(...s.citation.map((r) => run(r, pageLang)));
      return h(
        'li',
        {},
        link,
        withReliability ? h('span', { class: 'tl-note' }, ` ${s.reliability}`) : null,
      );
    }),
  );
}

/** An exact quote in its own language; for readers of another, its translation, marked so. */
function quote(q: QuoteView, t: Words): HTMLElement {
  const tr = q.translation;
  return h(
    'figure',
    { class: 'tl-quote' },
    tr === null ? null : h('p', { class: 'tl-qlabel' }, tr.originalLabel),
    h('blockquote', { lang: q.lang }, h('p', {}, q.text)),
    tr === null
      ? null
      : h(
          'div',
          { class: 'tl-translation' },
          h('p', { class: 'tl-qlabel' }, tr.label),
          h('p', {}, tr.text),
        ),
    h('figcaption', {}, `— ${q.attribution}`),
    q.unverified ? h('p', { class: 'tl-note' }, t('ui.quote.unverified')) : null,
  );
}

/** One block, its kind written out as visible text so fact and fiction are always told apart. */
export function block(b: BlockView, t: Words, lang: string): HTMLElement {
  return h(
    'article',
    { class: `tl-block tl-${b.kind}` },
    h('p', { class: 'tl-kind' }, b.label),
    h('p', {}, b.text),
    ...b.quotes.map((q) => quote(q, t)),
    b.sources.length > 0 ? h('p', { class: 'tl-kind' }, t('ui.sources')) : null,
    b.sources.length > 0 ? sourceItems(b.sources, false, lang) : null,
  );
}

/** "Funding: 45 of 100 (+25)", with the meter's description. */
export function meterText(m: MeterView, t: Words): string {
  const value = t('ui.meter.value', { label: m.label, value: m.value });
  if (m.delta === 0) return value;
  const delta = m.delta > 0 ? `+${m.delta}` : `\u2212${Math.abs(m.delta)}`;
  return `${value} ${t('ui.meter.delta', { delta })}`;
}

export function meters(list: readonly MeterView[], t: Words): HTMLElement {
  return h(
    'section',
    { class: 'tl-meters', 'aria-labelledby': 'tl-meters-h' },
    h('h2', { id: 'tl-meters-h' }, t('ui.hud.meters')),
    h(
      'ul',
      {},
      ...list.map((m) =>
        h(
          'li',
          {},
          h('span', {}, meterText(m, t)),
          h('meter', { min: 0, max: 100, value: m.value, 'aria-hidden': 'true' }),
          h('span', { class: 'tl-note' }, m.description),
        ),
      ),
    ),
  );
}

/** The player's path beside the founders', as a real table. */
export function comparison(
  rows: readonly ComparisonRow[],
  caption: string,
  t: Words,
): HTMLTableElement {
  const mark = (r: ComparisonRow) =>
    r.divergedHere ? t('ui.compare.diverged') : r.same ? t('ui.compare.same') : '';
  return h(
    'table',
    { class: 'tl-compare' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          'ui.compare.decision',
          'ui.compare.yours',
          'ui.compare.founders',
          'ui.compare.mark',
        ].map((k) => h('th', { scope: 'col' }, t(k))),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: r.divergedHere ? 'tl-diverged' : undefined },
          h('th', { scope: 'row' }, t('ui.format.dated', { date: r.dateLine, title: r.title })),
          h('td', {}, r.yours),
          h('td', {}, r.founders),
          h('td', {}, mark(r)),
        ),
      ),
    ),
  );
}
