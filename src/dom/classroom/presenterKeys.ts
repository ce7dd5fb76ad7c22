/**
 * What a key means on the presenter screen (keys and a presentation clicker, which sends the
 * same keys): Right / Page Down / Space = next, Left / Page Up = back, 1–9 = a field, a tied
 * option or a discussion question, Escape = cancel an override waiting to be confirmed.
 */
import type { PresenterView } from '../../classroom/presenterTypes.ts';

/** Identity of a page: a new one moves focus and is announced; the same one is updated. */
export function pageKey(view: PresenterView): string {
  const extra =
    view.screen === 'discussion'
      ? String(view.index)
      : view.screen === 'decided'
        ? view.choice + view.decidedBy + (view.confirm?.choice ?? '')
        : view.screen === 'briefing' || view.screen === 'voting'
          ? String(view.countdown?.running ?? '')
          : '';
  return `${view.screen}:${view.heading}:${view.kicker}:${extra}`;
}

const TEXT_ENTRY = 'input[type="text"], input:not([type]), textarea, select';
const CONTROL = 'button, a, input, select, textarea, summary, label';

export type KeyIntent = 'next' | 'back' | 'number' | 'cancelOverride';

/** The key's meaning here, or null when the presenter leaves it to the page (or to a field). */
export function keyIntent(event: KeyboardEvent, view: PresenterView): KeyIntent | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return null;
  // The teacher pack is open over the lesson: a clicker's Page Down must not move the lesson on.
  if (document.documentElement.dataset['pack'] === 'open') return null;
  const target = event.target instanceof Element ? event.target : null;
  const typing = target?.closest(TEXT_ENTRY) != null;
  const onControl = target?.closest(CONTROL) != null;
  const key = event.key;
  // A clicker's Page Down / Page Up work wherever focus is; arrows and Space leave controls alone.
  const paging = key === 'PageDown' || key === 'PageUp';
  if (!paging && (typing || (onControl && (key === ' ' || key === 'Enter')))) return null;
  if (key === 'Escape')
    return view.screen === 'decided' && view.confirm !== null ? 'cancelOverride' : null;
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'back';
  return /^[1-9]$/.test(key) ? 'number' : null;
}
