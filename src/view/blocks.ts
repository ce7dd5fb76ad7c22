/** Turns content blocks into display blocks: text, kind label, exact quotes and source links. */
import type { Content } from '../content/load.ts';
import type { Block } from '../content/schema.ts';
import type { Translate } from '../i18n/translate.ts';
import type { BlockView, QuoteView, SourceView } from './types.ts';

/** "22 Nov 2015" from an ISO date, in a fixed English form (quotes and sources are English). */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const name = months[(month ?? 1) - 1] ?? '';
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

function sourceView(content: Content, id: string): SourceView | null {
  const s = content.sources.get(id);
  if (s === undefined) return null;
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    url: s.url,
    reliability: s.reliability,
  };
}

function quoteView(content: Content, id: string): QuoteView | null {
  const q = content.quotes.get(id);
  if (q === undefined) return null;
  return {
    text: q.text,
    attribution: `${q.by}, ${q.context}, ${shortDate(q.date)}`,
    lang: 'en',
    unverified: q.confidence !== 'high',
  };
}

const notNull = <T>(x: T | null): x is T => x !== null;

/** One block for display; a history block carries its quotes and its sources as links. */
export function blockView(content: Content, t: Translate, block: Block): BlockView {
  const base = { kind: block.kind, label: t(`ui.kind.${block.kind}`), text: t(block.line) };
  if (block.kind !== 'history') return { ...base, quotes: [], sources: [] };
  return {
    ...base,
    quotes: block.quotes.map((q) => quoteView(content, q)).filter(notNull),
    sources: block.sources.map((s) => sourceView(content, s)).filter(notNull),
  };
}

export function blockViews(content: Content, t: Translate, blocks: readonly Block[]): BlockView[] {
  return blocks.map((b) => blockView(content, t, b));
}

/** Every source the game cites, in file order, for the menu's source list. */
export function sourceList(content: Content): SourceView[] {
  return [...content.sources.keys()].map((id) => sourceView(content, id)).filter(notNull);
}
