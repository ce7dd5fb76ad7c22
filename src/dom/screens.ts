/** Every screen of the view model as real DOM: the same words and controls as the canvas. */
import type { GameSession } from '../session/GameSession.ts';
import type { ActionView, View } from '../view/types.ts';
import { openTeacherPack } from '../pack/door.ts';
import { openPresenterMode } from './classroom/mode.ts';
import { button, h } from './h.ts';
import { block, comparison, meters } from './parts.ts';

/** Controls the title screen offers besides the game's own: language and settings. */
export interface ScreenControls {
  /** Switches to the other language; its label is written in that language ("日本語で遊ぶ"). */
  readonly languageSwitch: {
    readonly label: string;
    readonly lang: string;
    readonly onPress: () => void;
  };
  readonly openSettings: () => void;
  /** More controls for this screen (e.g. the ending's share link), after its own. */
  readonly extras?: readonly HTMLElement[];
}

export interface RenderedScreen {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  /** Where focus goes when the choices appear after the briefing. */
  readonly firstChoice: HTMLElement | null;
}

/** Builds the screen for a view; controls send their events through the session. */
export function renderScreen(
  view: View,
  session: GameSession,
  controls: ScreenControls,
): RenderedScreen {
  const t = session.translator();
  const act = (a: ActionView, id: string, cls = 'tl-primary') =>
    button(a.label, () => session.send(a.event), { 'data-id': id, class: cls });
  const heading = h('h1', { tabindex: -1 }, view.heading);
  const parts: (HTMLElement | null)[] = [h('p', { class: 'tl-kicker' }, view.kicker), heading];
  let firstChoice: HTMLElement | null = null;

  switch (view.screen) {
    case 'title': {
      parts.push(h('p', { class: 'tl-lead' }, view.tagline));
      if (view.notice !== null) parts.push(h('p', { class: 'tl-notice' }, view.notice));
      if (view.resume !== null) {
        parts.push(
          button(view.resume.label, () => session.resume(), {
            'data-id': 'resume',
            class: 'tl-primary',
            'aria-describedby': 'tl-resume-detail',
          }),
          h('p', { id: 'tl-resume-detail', class: 'tl-note' }, view.resume.detail),
        );
      }
      if (view.resumeEarlier !== null) {
        parts.push(
          button(view.resumeEarlier.label, () => session.resume('previous'), {
            'data-id': 'resume-earlier',
            class: 'tl-secondary',
            'aria-describedby': 'tl-resume-earlier-detail',
          }),
          h('p', { id: 'tl-resume-earlier-detail', class: 'tl-note' }, view.resumeEarlier.detail),
        );
      }
      break;
    }
    case 'reveal':
      parts.push(h('p', { class: 'tl-chosen' }, view.chosen));
      break;
    case 'ending':
      if (view.phase === 'summary' && view.historical)
        parts.push(h('p', { class: 'tl-tag' }, t('ui.ending.historical')));
      break;
    default:
      break;
  }
  parts.push(...view.blocks.map((b) => block(b, t, t.locale)));

  if (view.screen === 'decision' && view.phase === 'choosing') {
    const choices = view.choices.map((c) =>
      act({ label: `${c.key}. ${c.label}`, event: c.event }, `choice-${c.key}`, 'tl-choice'),
    );
    firstChoice = choices[0] ?? null;
    parts.push(
      h('h2', { id: 'tl-question' }, view.question),
      h(
        'div',
        { role: 'group', 'aria-labelledby': 'tl-question', class: 'tl-choices' },
        ...choices,
      ),
    );
  }
  if (view.screen === 'ending' && view.phase === 'compare')
    parts.push(comparison(view.comparison, view.heading, t));
  if (view.proceed !== null)
    parts.push(
      act(
        view.proceed,
        'proceed',
        view.screen === 'title' && view.resume !== null ? 'tl-secondary' : 'tl-primary',
      ),
    );
  if (view.screen === 'ending' && view.proceed === null) parts.push(act(view.restart, 'restart'));
  if (view.screen === 'title') {
    const { languageSwitch: ls, openSettings } = controls;
    parts.push(
      h(
        'div',
        { class: 'tl-row' },
        button(ls.label, ls.onPress, {
          'data-id': 'lang-switch',
          class: 'tl-secondary',
          lang: ls.lang,
        }),
        button(t('ui.settings.open'), openSettings, {
          'data-id': 'settings-open',
          class: 'tl-secondary',
          'aria-controls': 'tl-settings',
        }),
        button(t('ui.pack.open'), openTeacherPack, {
          'data-id': 'pack-open',
          class: 'tl-secondary',
        }),
        button(t('ui.presenter.entry'), openPresenterMode, {
          'data-id': 'presenter-open',
          class: 'tl-secondary',
        }),
      ),
    );
  }
  parts.push(...(controls.extras ?? []));
  if (view.screen !== 'title') parts.push(meters(view.meters, t));

  return { root: h('div', { class: 'tl-screen' }, ...parts), heading, firstChoice };
}
