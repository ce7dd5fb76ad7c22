/**
 * Composition root: content, session, sound, text layer and game. The only module that sees
 * them all.
 */
import { createSound } from './audio/sound.ts';
import { loadContent } from './content/bundled.ts';
import { applyCssTheme } from './dom/cssTheme.ts';
import { TextLayer } from './dom/TextLayer.ts';
import './dom/textLayer.css';
import { createGame } from './game.ts';
import { browserStorage } from './persistence/storage.ts';
import { GameSession } from './session/GameSession.ts';
import type { View } from './view/types.ts';

/** The end-to-end test hook. */
interface TestHook {
  view(): View;
  /** Key of the page scene on screen. */
  screen(): string | null;
  /** Canvas buttons clickable now, with their boxes in page CSS pixels. */
  buttons(): { label: string; x: number; y: number; width: number; height: number }[];
}

declare global {
  interface Window {
    __fd?: TestHook;
  }
}

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`index.html has no #${id}`);
  return el;
}

const storage = browserStorage();
const session = new GameSession(loadContent(), storage, 'en');
const sound = createSound(storage);
session.onCue((cue) => sound.play(cue));
applyCssTheme(document.documentElement);
new TextLayer(element('text-layer'), session, sound);
const running = createGame(element('game'), session, sound);

window.__fd = {
  view: () => session.view(),
  screen: running.screen,
  buttons: running.buttons,
};
