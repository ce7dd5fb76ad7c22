/**
 * The way into the teacher pack from anywhere (the title and the menu, on the canvas and in the
 * text layer): a DOM event the pack page listens for. The scenes and the text layer need no
 * handle on the page, and opening it changes no game state.
 */
const OPEN_PACK = 'fd:open-teacher-pack';

/** Asks the teacher pack to open over whatever is on screen. */
export function openTeacherPack(): void {
  document.dispatchEvent(new CustomEvent(OPEN_PACK));
}

/** Calls `open` whenever something asks for the pack; returns the unsubscribe. */
export function onTeacherPackRequest(open: () => void): () => void {
  const listener = () => open();
  document.addEventListener(OPEN_PACK, listener);
  return () => document.removeEventListener(OPEN_PACK, listener);
}
