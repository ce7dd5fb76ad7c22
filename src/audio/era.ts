/** Which era's music belongs to a screen: pure, so the choice is tested without any audio. */
import type { View } from '../view/types.ts';
import type { Era } from './music.ts';

/** The title has none; the prologue opens in 2015; every ending falls in 2018–19. */
export function eraOf(view: View): Era | null {
  switch (view.screen) {
    case 'title':
      return null;
    case 'prologue':
      return '2015-16';
    case 'ending':
      return '2018-19';
    default:
      return view.progress.era;
  }
}
