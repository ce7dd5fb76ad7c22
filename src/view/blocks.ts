/** Turns content blocks into display blocks: text, kind label, exact quotes and source links. */
import type { Content } from '../content/load.ts';
import type { Block } from '../content/schema.ts';
import type { Locale, Translator } from '../i18n/translate.ts';
import type { BlockView, QuoteView, SourceView, TextRun } from './types.ts';

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

/** "2015年11月22日" / "22 Nov 2015": a quote's date in the reader's language. */
export function localDate(iso: string, locale: Locale): string {
  if (locale === 'en') return shortDate(iso);
  const [year, month, day] = iso.split('-').map(Number);
  return day ? `${year}年${month}月${day}日` : `${year}年${month}月`;
}

/** The pieces of a filled template, with the given slots' values in their own language. */
function runs(
  template: string,
  slots: Readonly<Record<string, string>>,
  slotLang: string,
  lang: string,
): TextRun[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      const value = slot === undefined ? undefined : slots[slot];
      return value === undefined ? { text: part, lang } : { text: value, lang: slotLang };
    });
}

/** Sources, quotes and names are English; their translations are the locale's own lines. */
const ORIGINAL_LANG = 'en';

function sourceView(content: Content, t: Translator, id: string): SourceView | null {
  const s = content.sources.get(id);
  if (s === undefined) return null;
  const date = t.own(`source.${s.id}.date`) ?? s.date;
  const template = t('ui.format.source', { date });
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    lang: ORIGINAL_LANG,
    date,
    url: s.url,
    reliability: t.own(`source.${s.id}.reliability`) ?? s.reliability,
    citation: runs(template, { title: s.title, publisher: s.publisher }, ORIGINAL_LANG, t.locale),
  };
}

/** "Sam Altman" → "person.sam-altman": the line id of a name's transcription. */
export function personLine(name: string): string {
  return `person.${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function quoteView(content: Content, t: Translator, id: string): QuoteView | null {
  const q = content.quotes.get(id);
  if (q === undefined) return null;
  const translated = t.locale === ORIGINAL_LANG ? undefined : t.own(`quote.${q.id}`);
  return {
    text: q.text,
    attribution: t('ui.format.attribution', {
      by: t.own(personLine(q.by)) ?? q.by,
      context: t.own(`quote.${q.id}.context`) ?? q.context,
      date: localDate(q.date, t.locale),
    }),
    lang: ORIGINAL_LANG,
    unverified: q.confidence !== 'high',
    translation:
      translated === undefined
        ? null
        : {
            text: translated,
            label: t('ui.quote.translation'),
            originalLabel: t('ui.quote.original'),
          },
  };
}

const notNull = <T>(x: T | null): x is T => x !== null;

/** One block for display; a history block carries its quotes and its sources as links. */
export function blockView(content: Content, t: Translator, block: Block): BlockView {
  const base = { kind: block.kind, label: t(`ui.kind.${block.kind}`), text: t(block.line) };
  if (block.kind !== 'history') return { ...base, quotes: [], sources: [] };
  return {
    ...base,
    quotes: block.quotes.map((q) => quoteView(content, t, q)).filter(notNull),
    sources: block.sources.map((s) => sourceView(content, t, s)).filter(notNull),
  };
}

export function blockViews(content: Content, t: Translator, blocks: readonly Block[]): BlockView[] {
  return blocks.map((b) => blockView(content, t, b));
}

/** Every source the game cites, in file order, for the menu's source list. */
export function sourceList(content: Content, t: Translator): SourceView[] {
  return [...content.sources.keys()].map((id) => sourceView(content, t, id)).filter(notNull);
}
