/**
 * Composition root of presenter mode (a teacher projecting a lesson): settings, content and
 * the presenter screen; no canvas, no sound. See src/dom/classroom/start.ts.
 */
// First: before any module parses with zod (see noEval.ts).
import './noEval.ts';
import type { ClassroomSession } from './classroom/ClassroomSession.ts';
import type { PresenterView } from './classroom/presenterTypes.ts';
import { shippedContent } from './content/shipped.ts';
import { startPresenter } from './dom/classroom/start.ts';
import { applyCssTheme } from './dom/cssTheme.ts';
import { PackPage } from './dom/pack/PackPage.ts';
import './dom/textLayer.css';
import { browserStorage } from './persistence/storage.ts';
import { defaultSettings } from './settings/settings.ts';
import { SettingsStore } from './settings/SettingsStore.ts';
import { usePalette } from './ui/theme.ts';

/** The end-to-end test hook of presenter mode. */
interface PresenterHook {
  view(): PresenterView;
  /** The classroom machine's state value. */
  state(): unknown;
}

declare global {
  interface Window {
    __fdPresenter?: PresenterHook;
  }
}

const storage = browserStorage();
const settings = new SettingsStore(
  storage,
  defaultSettings({
    languages: navigator.languages,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  }),
);
usePalette(settings.get().highContrast);
applyCssTheme(document.documentElement, settings.get());
settings.subscribe((now) => {
  usePalette(now.highContrast);
  applyCssTheme(document.documentElement, now);
});
const session: ClassroomSession = startPresenter(shippedContent(), storage, settings);
// The teacher pack is at hand during the lesson too (the lesson beneath is inert meanwhile).
new PackPage(document.body, session, settings, () => session.classroom);
window.__fdPresenter = { view: () => session.view(), state: () => session.state() };
