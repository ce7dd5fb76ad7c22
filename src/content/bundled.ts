/** The game's real content files, validated once. */
import story from './story.json';
import sources from './sources.json';
import quotes from './quotes.json';
import enStory from './locales/en/story.json';
import enUi from './locales/en/ui.json';
import { buildContent, type Content } from './load.ts';

/** The validated content the game ships with. */
export function loadContent(): Content {
  return buildContent({ story, sources, quotes, locales: { en: [enStory, enUi] } });
}
