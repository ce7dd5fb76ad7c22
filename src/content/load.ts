/**
 * Validates the raw content files and indexes them. `buildContent` takes any raw data (tests
 * use small fixtures); `loadContent` in bundled.ts passes the real files.
 */
import {
  localeSchema,
  quotesSchema,
  sourcesSchema,
  storySchema,
  type Decision,
  type Ending,
  type LocaleText,
  type Quote,
  type Source,
  type Story,
} from './schema.ts';

export interface RawContent {
  story: unknown;
  sources: unknown;
  quotes: unknown;
  /** Per locale, the text files to merge into one flat table. */
  locales: Record<string, unknown[]>;
}

export interface Content {
  readonly story: Story;
  readonly sources: ReadonlyMap<string, Source>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly decisions: ReadonlyMap<string, Decision>;
  readonly endings: ReadonlyMap<string, Ending>;
  readonly locales: Readonly<Record<string, LocaleText>>;
  /** Changes whenever the story graph changes; saves from another graph are not restored as-is. */
  readonly hash: string;
}

/** 32-bit FNV-1a, hex: small and stable, enough to tell two versions of the story apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function byId<T extends { id: string }>(items: readonly T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`duplicate ${what} id "${item.id}"`);
    map.set(item.id, item);
  }
  return map;
}

/**
 * Validates a locale's text files and adds their lines to `into` (a new table when omitted);
 * a line defined twice is an error. Also used to add a language's files loaded later.
 */
export function mergeLocale(locale: string, files: readonly unknown[], into: LocaleText = {}) {
  const merged: LocaleText = { ...into };
  for (const file of files) {
    for (const [key, text] of Object.entries(localeSchema.parse(file))) {
      if (key in merged) throw new Error(`line "${key}" is defined twice in locale ${locale}`);
      merged[key] = text;
    }
  }
  return merged;
}

/** Parses every file with its zod schema (throws a readable error) and builds the indexes. */
export function buildContent(raw: RawContent): Content {
  const story = storySchema.parse(raw.story);
  const locales: Record<string, LocaleText> = {};
  for (const [locale, files] of Object.entries(raw.locales))
    locales[locale] = mergeLocale(locale, files);
  return {
    story,
    sources: byId(sourcesSchema.parse(raw.sources), 'source'),
    quotes: byId(quotesSchema.parse(raw.quotes), 'quote'),
    decisions: byId(story.decisions, 'decision'),
    endings: byId(story.endings, 'ending'),
    locales,
    hash: fnv1a(JSON.stringify(story)),
  };
}
