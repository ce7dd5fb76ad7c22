/**
 * The content files in the game's first download (startup.ts loads the rest on demand); bundled.ts
 * has everything at once. A new locale file goes here if the title screen needs it, else in
 * japanese.ts (Japanese) — English is always here, as every line's fallback.
 */
import story from './story.json';
import sources from './sources.json';
import quotes from './quotes.json';
import enStory from './locales/en/story.json';
import enUi from './locales/en/ui.json';
import enSettings from './locales/en/settings.json';
import enFormat from './locales/en/format.json';
import enPack from './locales/en/pack.json';
import enPresenter from './locales/en/presenter.json';
import jaUi from './locales/ja/ui.json';
import jaSettings from './locales/ja/settings.json';
import type { RawContent } from './load.ts';

/**
 * What the game's first download holds: the story, the record, English (every line's fallback)
 * and the interface lines of the other languages. The rest of Japanese is japanese.ts, which the
 * browser loads on demand (startup.ts). English quotes, source notes and names live in
 * quotes.json and sources.json; Japanese has their translations in its own files.
 */
export const STARTUP_CONTENT: RawContent = {
  story,
  sources,
  quotes,
  locales: {
    en: [enStory, enUi, enSettings, enFormat, enPack, enPresenter],
    ja: [jaUi, jaSettings],
  },
};
