/**
 * Text lookup by line id. A line missing in the chosen locale falls back to English, and a
 * line missing everywhere shows its id in brackets, so a gap is visible but never a crash.
 */
import type { Content } from '../content/load.ts';

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type Translate = (
  line: string,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** A translator for one locale; `{name}` placeholders are filled from params. */
export function createTranslator(content: Content, locale: Locale): Translate {
  const primary = content.locales[locale] ?? {};
  const fallback = content.locales[DEFAULT_LOCALE] ?? {};
  return (line, params) => {
    const text = primary[line] ?? fallback[line] ?? `[${line}]`;
    if (params === undefined) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
