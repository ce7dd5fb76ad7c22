/** Presenter mode is a page of its own, chosen by `?mode=presenter` (so a reload stays in it). */

export const PRESENTER_PARAM = { name: 'mode', value: 'presenter' } as const;

export function presenterRequested(search: string): boolean {
  return new URLSearchParams(search).get(PRESENTER_PARAM.name) === PRESENTER_PARAM.value;
}

/** The address of the same page in presenter mode, or (`on` false) in the solo game. */
export function presenterHref(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  on: boolean,
): string {
  const params = new URLSearchParams(location.search);
  if (on) params.set(PRESENTER_PARAM.name, PRESENTER_PARAM.value);
  else params.delete(PRESENTER_PARAM.name);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** Opens presenter mode from the game's title (a new page: the game is not running in it). */
export function openPresenterMode(): void {
  window.location.assign(presenterHref(window.location, true));
}
