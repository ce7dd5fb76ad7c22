/**
 * The content as the browser loads it: what the title screen needs in the first download
 * (startupFiles.ts), and each other language's remaining text as its own chunk,
 * fetched from the game's origin the first time that language is needed. A player who never
 * switches never downloads it; a Japanese player's first visit waits for it before the game
 * starts. `loadContent()` in bundled.ts is the same content all at once, for the tests.
 *
 * No zod here: the bundled files were validated at build time and arrive parsed
 * (scripts/contentCheck.ts), so the game only indexes them (`shipped` says so, once).
 */
import { STARTUP_CONTENT } from './startupFiles.ts';
import { indexContent, mergeLines, shipped, type ParsedContent } from './indexContent.ts';
import type { Content } from './load.ts';
import type { LocaleText } from './schema.ts';

/** The part of each language not in the first download. */
const LATER: Readonly<Record<string, () => Promise<readonly unknown[]>>> = {
  ja: () => import('./japanese.ts').then((m) => m.JAPANESE),
};

const loaded = new WeakMap<Content, Map<string, Promise<void>>>();
const complete = new WeakMap<Content, Set<string>>();

/** The first-download content: English complete, other languages' interface lines. */
export function startupContent(): Content {
  return indexContent(shipped<ParsedContent>(STARTUP_CONTENT));
}

/**
 * Adds the rest of `locale`'s text to `content` (once; later calls share the first load). If the
 * chunk cannot be fetched (offline after an update), the promise rejects and the language keeps
 * its interface lines, with English for the rest: the game goes on.
 */
export function ensureLocale(content: Content, locale: string): Promise<void> {
  const later = LATER[locale];
  if (later === undefined) return Promise.resolve();
  let perContent = loaded.get(content);
  if (perContent === undefined)
    loaded.set(content, (perContent = new Map<string, Promise<void>>()));
  let pending = perContent.get(locale);
  if (pending === undefined) {
    pending = later().then((files) => {
      const locales = content.locales as Record<string, LocaleText>;
      locales[locale] = mergeLines(locale, shipped<LocaleText[]>(files), locales[locale]);
      complete.set(content, (complete.get(content) ?? new Set()).add(locale));
    });
    // A failed fetch may be retried on the next switch.
    pending.catch(() => perContent.delete(locale));
    perContent.set(locale, pending);
  }
  return pending;
}

/** Whether `locale`'s text is all in `content` already (switching to it needs no wait). */
export function localeReady(content: Content, locale: string): boolean {
  return LATER[locale] === undefined || (complete.get(content)?.has(locale) ?? false);
}
