/**
 * Indexes content that is already valid: the zod-free half of load.ts. The browser gets only
 * this half, because the content it ships with is validated at build time (scripts/contentCheck.ts
 * parses every bundled content file with its schema, fails the build on a bad one, and bundles
 * the parsed result, defaults filled in); load.ts validates with zod and then indexes here, for
 * the tests and any content that did not come through the build.
 */
import type { Content } from './load.ts';
import type { LocaleText, Quote, Source, Story } from './schema.ts';

/** Content files as their schemas parse them. */
export interface ParsedContent {
  readonly story: Story;
  readonly sources: readonly Source[];
  readonly quotes: readonly Quote[];
  /** Per locale, its text files (merged into one flat table). */
  readonly locales: Readonly<Record<string, readonly LocaleText[]>>;
}

/**
 * Content files the build validated and parsed (scripts/contentCheck.ts): their JSON types are
 * the raw files', their values are what the schemas make of them.
 */
export function shipped<T>(files: unknown): T {
  return files as T;
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

/** Adds valid locale files' lines to `into` (a new table); a line defined twice is an error. */
export function mergeLines(
  locale: string,
  files: readonly LocaleText[],
  into: LocaleText = {},
): LocaleText {
  const merged: LocaleText = { ...into };
  for (const file of files) {
    for (const [key, text] of Object.entries(file)) {
      if (key in merged) throw new Error(`line "${key}" is defined twice in locale ${locale}`);
      merged[key] = text;
    }
  }
  return merged;
}

/** Builds the indexes over valid content (ids must still be unique: checked here). */
export function indexContent(parsed: ParsedContent): Content {
  const { story } = parsed;
  const locales: Record<string, LocaleText> = {};
  for (const [locale, files] of Object.entries(parsed.locales))
    locales[locale] = mergeLines(locale, files);
  return {
    story,
    sources: byId(parsed.sources, 'source'),
    quotes: byId(parsed.quotes, 'quote'),
    decisions: byId(story.decisions, 'decision'),
    endings: byId(story.endings, 'ending'),
    locales,
    // Saves name the story they were made in: the parsed story, as before, so the hash (and
    // every save) is the same whether the story was parsed here or at build time.
    hash: fnv1a(JSON.stringify(story)),
  };
}
