/**
 * The text layer's "Your data" section: save everything to a file, load it from one (a real
 * file input), and forget it all after a confirm step. Results are spoken in a live region.
 */
import type { GameSession } from '../session/GameSession.ts';
import type { View } from '../view/types.ts';
import { button, h } from './h.ts';
import type { TextPanel } from './panel.ts';
import type { PlayerActions } from './playerActions.ts';

export class DataPanel implements TextPanel {
  readonly root: HTMLElement;
  private readonly forget = h('div');
  private readonly status = h('p', { role: 'status', 'aria-live': 'polite', class: 'tl-status' });
  private confirming = false;
  private heading = '';

  constructor(
    private readonly session: GameSession,
    private readonly actions: PlayerActions,
  ) {
    this.root = h('section', { class: 'tl-data', 'aria-labelledby': 'tl-data-h' });
    actions.onStatus((s) => {
      if (s.topic === 'data') this.status.textContent = s.message;
    });
  }

  /** Builds the section, again only when the language changed (its words are all static). */
  render(): void {
    const t = (line: string) => this.session.translate(line);
    const heading = t('ui.menu.data');
    if (heading === this.heading) return;
    this.heading = heading;
    this.root.replaceChildren(
      h('h2', { id: 'tl-data-h' }, heading),
      h('p', { class: 'tl-note' }, t('ui.data.intro')),
      button(t('ui.data.save'), () => this.actions.saveToFile(), {
        'data-id': 'data-save',
        class: 'tl-secondary',
      }),
      h('label', { class: 'tl-file' }, h('span', {}, t('ui.data.load')), this.actions.fileInput),
      this.forget,
      this.status,
    );
    this.renderForget();
  }

  /** On the title, the way to bring a game from another device (the same file input). */
  screenExtras(view: View): readonly HTMLElement[] {
    if (view.screen !== 'title') return [];
    return [
      button(this.session.translate('ui.data.load'), () => this.actions.pickFile(), {
        'data-id': 'title-data-load',
        class: 'tl-secondary',
      }),
    ];
  }

  private renderForget(focus?: string): void {
    const t = (line: string) => this.session.translate(line);
    const set = (confirming: boolean, next: string) => {
      this.confirming = confirming;
      this.renderForget(next);
    };
    this.forget.replaceChildren(
      ...(this.confirming
        ? [
            h('p', {}, t('ui.data.forgetConfirm')),
            button(
              t('ui.data.forgetYes'),
              () => {
                this.actions.forgetData();
                set(false, 'data-forget');
              },
              { 'data-id': 'data-forget-yes', class: 'tl-primary' },
            ),
            button(t('ui.data.forgetNo'), () => set(false, 'data-forget'), {
              'data-id': 'data-forget-no',
              class: 'tl-secondary',
            }),
          ]
        : [
            button(t('ui.data.forget'), () => set(true, 'data-forget-yes'), {
              'data-id': 'data-forget',
              class: 'tl-secondary',
            }),
          ]),
    );
    if (focus !== undefined)
      this.forget.querySelector<HTMLElement>(`[data-id="${focus}"]`)?.focus();
  }
}
