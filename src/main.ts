/**
 * Composition root: settings, content, session, sound, text layer and game. The only module
 * that sees them all. The browser's language and motion preference become the defaults of the
 * settings here, so nothing below has to ask the browser.
 */
// First: before any module parses with zod (see noEval.ts).
import './noEval.ts';
import { eraOf } from './audio/era.ts';
import { createSound } from './audio/sound.ts';
import { ensureLocale, localeReady, startupContent } from './content/startup.ts';
import { applyCssTheme } from './dom/cssTheme.ts';
import { DataPanel } from './dom/dataPanel.ts';
import { createPlayerActions } from './dom/playerActions.ts';
import { ReplayPanel } from './dom/replayPanel.ts';
import { watchSaveAlerts } from './dom/saveAlert.ts';
import { TextLayer } from './dom/TextLayer.ts';
import './dom/textLayer.css';
import { createGame } from './game.ts';
import { onTeacherPackRequest } from './pack/door.ts';
import { browserStorage, safeGet } from './persistence/storage.ts';
import { countResources, type ResourceCounts } from './perf/resources.ts';
import { GameSession } from './session/GameSession.ts';
import { LEGACY_MUTE_KEY, defaultSettings } from './settings/settings.ts';
import { SettingsStore } from './settings/SettingsStore.ts';
import { usePalette } from './ui/theme.ts';
import type { GalleryView, MapView } from './view/replayTypes.ts';
import type { View } from './view/types.ts';

/** The end-to-end test hook. */
interface TestHook {
  view(): View;
  /** Key of the page scene on screen. */
  screen(): string | null;
  /** Canvas buttons clickable now, with their boxes in page CSS pixels. */
  buttons(): { label: string; x: number; y: number; width: number; height: number }[];
  /** True while the story page's text is still typing out on the canvas. */
  typing(): boolean;
  /** Every text drawn on the canvas now, to check the text layer has them all. */
  canvasTexts(): string[];
  map(): MapView;
  gallery(): GalleryView;
  /** What covers the page: "map:<tab>", "menu", or null. */
  overlay(): string | null;
  /** The era whose music bed is playing, or null. */
  music(): string | null;
  /** Listeners, textures, DOM and marks: what a long visit must not pile up. */
  resources(): ResourceCounts;
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
const settings = new SettingsStore(
  storage,
  defaultSettings({
    languages: navigator.languages,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    muted: safeGet(storage, LEGACY_MUTE_KEY) === 'true',
  }),
);
const initial = settings.get();
usePalette(initial.highContrast);
applyCssTheme(document.documentElement, initial);
const content = startupContent();
// A language not complete in the first download (Japanese) is fetched before the game starts.
await ensureLocale(content, initial.locale).catch(warnLocale);
const session = new GameSession(content, storage, initial.locale);
// Switching to it later waits for it the same way: the whole game changes language at once.
settings.waitBeforeLocale((locale) =>
  localeReady(content, locale) ? null : ensureLocale(content, locale).catch(warnLocale),
);
openSharedLink();
const sound = createSound(initial.sound);
session.onCue((cue) => sound.play(cue));
// The music follows the era on screen (it starts only after the player's first gesture).
sound.setEra(eraOf(session.view()));
session.subscribe((view) => sound.setEra(eraOf(view)));
const actions = createPlayerActions(session, {
  location: window.location,
  // Missing outside secure contexts (e.g. a LAN address over http): the actions fall back then.
  clipboard: navigator.clipboard,
  now: () => new Date(),
  // "Forget my data" clears the stored settings too.
  onForget: [() => settings.forget()],
});
const running = createGame(element('game'), session, settings, actions);
// What the first frame does not show waits for it (see src/perf/firstPage.ts): the text layer,
// hidden until it has focus. Built before the game, it was laid out ahead of Phaser's boot.
running.afterFirstPage(() => {
  new TextLayer(element('text-layer'), session, settings, [
    new ReplayPanel(session, actions),
    new DataPanel(session, actions),
  ]);
  watchSaveAlerts(element('text-layer'), session);
});
waitForTeacherPack();
// The palette first: both renderers redraw from it when they hear of the change.
settings.subscribe((now, before) => {
  usePalette(now.highContrast);
  applyCssTheme(document.documentElement, now);
  sound.setLevels(now.sound);
  running.applySettings(now);
  if (now.locale !== before.locale) session.setLocale(now.locale);
});

window.__fd = {
  view: () => session.view(),
  screen: running.screen,
  buttons: running.buttons,
  typing: running.typing,
  canvasTexts: running.texts,
  map: () => session.map(),
  gallery: () => session.gallery(),
  overlay: running.overlay,
  music: () => sound.music(),
  resources: () => countResources(running.game, session.listenerCount()),
};

/**
 * The teacher pack, a reading page over the game, is fetched the first time it is asked for
 * (src/dom/pack/gamePack.ts) and then opens; the page answers every later request itself. If it
 * cannot be fetched (offline after an update), the player is told and the next request tries
 * again.
 */
function waitForTeacherPack(): void {
  const stop = onTeacherPackRequest(() => {
    stop();
    // Only a failed fetch is caught: an error in the page itself is a bug, and surfaces as one.
    import('./dom/pack/gamePack.ts').then(
      ({ gamePack }) => {
        // The canvas it covers stops drawing while it is open.
        const page = gamePack(document.body, session, settings, {
          onOpenChange: (open) => (open ? running.game.pause() : running.game.resume()),
        });
        page.open();
      },
      (error: unknown) => {
        console.warn('The teacher pack could not be loaded.', error);
        window.alert(session.translate('ui.pack.unavailable', { reason: String(error) }));
        waitForTeacherPack();
      },
    );
  });
}

function warnLocale(error: unknown): void {
  console.warn('Some text of this language could not be loaded; English stands in.', error);
}

/**
 * A share link (`?path=…`) opens its path once: the parameter is then removed from the address,
 * so a reload continues the game instead of opening the link again.
 */
function openSharedLink(): void {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('path');
  if (code === null) return;
  session.openShared(code);
  params.delete('path');
  const query = params.toString();
  const { pathname, hash } = window.location;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${query ? `?${query}` : ''}${hash}`,
  );
}
