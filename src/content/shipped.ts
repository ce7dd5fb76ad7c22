/**
 * Everything the game ships with, at once, for presenter mode (a page of its own, which needs
 * every language's text): the content and the teacher pack, validated at build time
 * (scripts/contentCheck.ts), so only indexed and checked against each other here.
 * `loadContent()` in bundled.ts and `loadClassroom()` in classroom/pack.ts are the same with
 * zod validation, for the tests.
 */
import { JAPANESE } from './japanese.ts';
import { indexContent, shipped, type ParsedContent } from './indexContent.ts';
import type { Content } from './load.ts';
import { STARTUP_CONTENT } from './startupFiles.ts';

/** The whole shipped content, every language complete. */
export function shippedContent(): Content {
  const { locales } = STARTUP_CONTENT;
  return indexContent(
    shipped<ParsedContent>({
      ...STARTUP_CONTENT,
      locales: { ...locales, ja: [...(locales.ja ?? []), ...JAPANESE] },
    }),
  );
}
