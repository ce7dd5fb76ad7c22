/**
 * The game's real content files, all at once: for the tests and the presenter. The game itself
 * loads them in two parts (startup.ts): startupFiles.ts first, japanese.ts when needed.
 */
import { JAPANESE } from './japanese.ts';
import { buildContent, type Content } from './load.ts';
import { STARTUP_CONTENT } from './startupFiles.ts';

export { STARTUP_CONTENT };

/** All the validated content the game ships with, at once (tests; the browser uses startup.ts). */
export function loadContent(): Content {
  const { locales } = STARTUP_CONTENT;
  return buildContent({
    ...STARTUP_CONTENT,
    locales: { ...locales, ja: [...(locales.ja ?? []), ...JAPANESE] },
  });
}
