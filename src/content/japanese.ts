/**
 * Japanese text other than the interface lines (ui.json and settings.json, bundled from the
 * start: the language switch names itself with them): the game's first download leaves this out, and the browser fetches it
 * as its own chunk, from the same origin, when the player first needs Japanese (startup.ts).
 * A new Japanese locale file goes here (or into startupFiles.ts if the title screen needs it).
 */
import jaStory from './locales/ja/story.json';
import jaFormat from './locales/ja/format.json';
import jaPack from './locales/ja/pack.json';
import jaPresenter from './locales/ja/presenter.json';
import jaQuotes from './locales/ja/quotes.json';
import jaSources from './locales/ja/sources.json';
import jaPeople from './locales/ja/people.json';

export const JAPANESE: readonly unknown[] = [
  jaStory,
  jaFormat,
  jaPack,
  jaPresenter,
  jaQuotes,
  jaSources,
  jaPeople,
];
