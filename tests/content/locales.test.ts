/**
 * Both languages are complete: every line exists, is not empty and keeps its placeholders in
 * English and Japanese; the Japanese is Japanese, not English left untranslated (names and
 * numbers aside); and every quote, source note and quoted person has its Japanese text.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { personLine } from '../../src/view/blocks.ts';

const content = loadContent();
const en = content.locales.en!;
const ja = content.locales.ja!;

/** Lines Japanese has and English does not: translations of the English originals in
 * quotes.json and sources.json (quotes, their contexts, source notes and dates, names). */
const TRANSLATION_TABLES = /^(quote|source|person)\./;
/** Japanese only: the reading (hiragana) of a glossary term, to sort the glossary by. */
const READINGS = /^classroom\.glossary\.[a-z0-9-]+\.reading$/;
/** Names, the same in both languages: key names on a keyboard, a company's name. */
const NAMES = new Set(['ui.key.enter', 'ui.key.escape', 'person.openai']);
/** Kana, kanji or Japanese punctuation: some of it in every Japanese line. */
const JAPANESE = /[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('gives every English line a Japanese line, and Japanese no line English lacks', () => {
    expect(Object.keys(en).filter((k) => !(k in ja))).toEqual([]);
    expect(
      Object.keys(ja).filter((k) => !(k in en) && !TRANSLATION_TABLES.test(k) && !READINGS.test(k)),
    ).toEqual([]);
  });

  it('has no empty or blank line in either language', () => {
    for (const table of [en, ja])
      expect(Object.entries(table).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('writes every Japanese line in Japanese, never as the English left as it was', () => {
    const sameAsEnglish = Object.keys(en).filter((k) => !NAMES.has(k) && en[k] === ja[k]);
    expect(sameAsEnglish).toEqual([]);
    const notJapanese = Object.entries(ja).filter(
      ([k, text]) => !NAMES.has(k) && !JAPANESE.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(notJapanese.map(([k]) => k)).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    for (const key of Object.keys(en))
      expect(placeholders(ja[key] ?? ''), key).toEqual(placeholders(en[key]!));
  });

  it('translates every quote and its context, marked apart from the English original', () => {
    for (const quote of content.quotes.values()) {
      const line = ja[`quote.${quote.id}`];
      expect(line, quote.id).toMatch(JAPANESE);
      expect(line).not.toBe(quote.text);
      expect(ja[`quote.${quote.id}.context`], `${quote.id} context`).toMatch(JAPANESE);
      const name = personLine(quote.by);
      expect(ja[name] ?? '', `${quote.by} (${name})`).not.toBe('');
    }
  });

  it('gives every source its reliability note and date in Japanese', () => {
    for (const source of content.sources.values()) {
      expect(ja[`source.${source.id}.reliability`], source.id).toMatch(JAPANESE);
      expect(ja[`source.${source.id}.date`], source.id).toMatch(JAPANESE);
    }
  });

  it('has no Japanese translation of a quote or source the content does not have', () => {
    const known = new Set([
      ...[...content.quotes.keys()].flatMap((id) => [`quote.${id}`, `quote.${id}.context`]),
      ...[...content.sources.keys()].flatMap((id) => [
        `source.${id}.reliability`,
        `source.${id}.date`,
      ]),
      ...[...content.quotes.values()].map((q) => personLine(q.by)),
    ]);
    expect(Object.keys(ja).filter((k) => TRANSLATION_TABLES.test(k) && !known.has(k))).toEqual([]);
  });
});
