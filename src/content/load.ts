/**
 * Validates the raw content files and indexes them. `buildContent` takes any raw data (tests
 * use small fixtures); `loadContent` in bundled.ts passes the real files. The browser skips the
 * validation (its content was validated at build time, see indexContent.ts) and indexes only.
 */
import { fnv1a, indexContent, mergeLines } from './indexContent.ts';
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

export { fnv1a };

/**
 * Validates a locale's text files and adds their lines to `into` (a new table when omitted);
 * a line defined twice is an error. Also used to add a language's files loaded later.
 */
export function mergeLocale(locale: string, files: readonly unknown[], into: LocaleText = {}) {
  return mergeLines(
    locale,
    files.map((file) => localeSchema.parse(file)),
    into,
  );
}

/** Parses every file with its zod schema (throws a readable error) and builds the indexes. */
export function buildContent(raw: RawContent): Content {
  return indexContent({
    story: storySchema.parse(raw.story),
    sources: sourcesSchema.parse(raw.sources),
    quotes: quotesSchema.parse(raw.quotes),
    locales: Object.fromEntries(
      Object.entries(raw.locales).map(([locale, files]) => [
        locale,
        files.map((file) => localeSchema.parse(file)),
      ]),
    ),
  });
}
