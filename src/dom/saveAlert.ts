/**
 * The text layer's word that autosave has stopped working (see `GameSession.saveAlert`): a
 * live region of its own, kept across screens, so a screen reader speaks the alert when it is
 * raised, once, without waiting for the screen to change. It holds the words while the alert
 * lasts (the screen where saving failed) and is empty otherwise.
 */
import type { GameSession } from '../session/GameSession.ts';
import { h } from './h.ts';

/** Adds the region near the top of the text layer; returns the unsubscribe. */
export function watchSaveAlerts(root: HTMLElement, session: GameSession): () => void {
  const region = h('p', { role: 'status', 'aria-live': 'polite', 'data-id': 'save-alert' });
  // After the screen announcer, before the screen: read first when it appears.
  root.insertBefore(region, root.firstElementChild?.nextElementSibling ?? null);
  let shown: string | null = null;
  const sync = () => {
    const text = session.saveAlert();
    if (text === shown) return;
    shown = text;
    region.textContent = text ?? '';
    region.className = text === null ? '' : 'tl-notice';
  };
  sync();
  return session.subscribe(sync);
}
