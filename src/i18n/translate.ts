/**
 * Text lookup by line id. A line missing in the chosen locale falls back to English, and a
 * line missing everywhere shows its id in brackets, so a gap is visible but never a crash.
 */
import type { Content } from '../content/load.ts';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale for a first visit: the first of the browser's preferred languages (BCP 47 tags,
 * e.g. `navigator.languages`) that the game speaks, or English.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export type Translate = (
  line: string,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** A translator that also says which language it speaks. */
export interface Translator extends Translate {
  /** The locale this translator speaks (the language of every text it returns). */
  readonly locale: Locale;
  /** The line in this locale only (no English fallback), or undefined. */
  readonly own: (line: string) => string | undefined;
}

/** A translator for one locale; `{name}` placeholders are filled from params. */
export function createTranslator(content: Content, locale: Locale): Translator {
  const primary = content.locales[locale] ?? {};
  const fallback = content.locales[DEFAULT_LOCALE] ?? {};
  const t = (line: string, params?: Readonly<Record<string, string | number>>) => {
    const text = primary[line] ?? fallback[line] ?? `[${line}]`;
    if (params === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
  return Object.assign(t, { locale, own: (line: string) => primary[line] });
}

/** The locale after `locale`, for a one-press language switch. */
export function nextLocale(locale: Locale): Locale {
  return LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length] ?? DEFAULT_LOCALE;
}

/** A line in another locale than the current one, e.g. that locale's own name. */
export function lineIn(content: Content, locale: Locale, line: string): string {
  return createTranslator(content, locale)(line);
}
