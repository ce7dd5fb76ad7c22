/** The game's real content files, validated once. */
import story from './story.json';
import sources from './sources.json';
import quotes from './quotes.json';
import enStory from './locales/en/story.json';
import enUi from './locales/en/ui.json';
import enSettings from './locales/en/settings.json';
import enFormat from './locales/en/format.json';
import jaStory from './locales/ja/story.json';
import jaUi from './locales/ja/ui.json';
import jaSettings from './locales/ja/settings.json';
import jaFormat from './locales/ja/format.json';
import jaQuotes from './locales/ja/quotes.json';
import jaSources from './locales/ja/sources.json';
import jaPeople from './locales/ja/people.json';
import { buildContent, type Content } from './load.ts';

/**
 * The validated content the game ships with. English quotes, source notes and names live in
 * quotes.json and sources.json; Japanese has their translations in its own files.
 */
export function loadContent(): Content {
  return buildContent({
    story,
    sources,
    quotes,
    locales: {
      en: [enStory, enUi, enSettings, enFormat],
      ja: [jaStory, jaUi, jaSettings, jaFormat, jaQuotes, jaSources, jaPeople],
    },
  });
}
