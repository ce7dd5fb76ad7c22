/**
 * Presenter mode's composition: the teacher pack, the classroom session and the presenter
 * screen, in place of the solo game's canvas and text layer (which are not started).
 */
import { ClassroomSession } from '../../classroom/ClassroomSession.ts';
import { shippedClassroom } from '../../classroom/pack.ts';
import type { Content } from '../../content/load.ts';
import { lineIn, nextLocale } from '../../i18n/translate.ts';
import type { StorageLike } from '../../persistence/storage.ts';
import type { SettingsStore } from '../../settings/SettingsStore.ts';
import { presenterBase, presenterTypeVars } from '../../ui/presenterType.ts';
import { presenterHref } from './mode.ts';
import { PresenterScreen } from './PresenterScreen.ts';
import './presenter.css';
import './print.css';

/** Type sizes for this window, as CSS custom properties (`--pr-<step>` in px). */
function applyPresenterType(el: HTMLElement): void {
  const base = presenterBase(window.innerWidth, window.innerHeight);
  for (const [name, value] of Object.entries(presenterTypeVars(base)))
    el.style.setProperty(name, value);
}

/** Starts presenter mode in the page; returns its session (for the test hook). */
export function startPresenter(
  content: Content,
  storage: StorageLike | null,
  settings: SettingsStore,
): ClassroomSession {
  for (const id of ['text-layer', 'game']) document.getElementById(id)?.setAttribute('hidden', '');
  const root = document.createElement('div');
  root.id = 'presenter';
  document.body.append(root);
  applyPresenterType(document.documentElement);
  window.addEventListener('resize', () => applyPresenterType(document.documentElement));
  const session = new ClassroomSession(
    content,
    shippedClassroom(content),
    storage,
    settings.get().locale,
  );
  settings.subscribe((now, before) => {
    if (now.locale !== before.locale) session.setLocale(now.locale);
  });
  new PresenterScreen(root, session, () => {
    const next = nextLocale(settings.get().locale);
    return {
      languageSwitch: {
        label: lineIn(content, next, 'ui.lang.switchTo'),
        lang: next,
        onPress: () => settings.update({ locale: next }),
      },
      leave: () => window.location.assign(presenterHref(window.location, false)),
    };
  });
  return session;
}
