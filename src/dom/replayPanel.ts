/**
 * The text layer's "Replay" section: copy a share link, go back to a decision of this
 * play-through (with a confirm step), and the branch map, the endings gallery and your path
 * beside history as text. On the ending screen the share controls move into the screen itself.
 */
import type { GameSession } from '../session/GameSession.ts';
import type { Translate } from '../i18n/translate.ts';
import type { View } from '../view/types.ts';
import { button, h } from './h.ts';
import { galleryText, mapText } from './mapText.ts';
import type { TextPanel } from './panel.ts';
import { comparison } from './parts.ts';
import type { ActionStatus, PlayerActions } from './playerActions.ts';

export class ReplayPanel implements TextPanel {
  readonly root: HTMLElement;
  private readonly heading = h('h2', { id: 'tl-replay-h' });
  private readonly share: HTMLElement;
  private readonly shareButton = button('', () => void this.actions.copyShareLink(), {
    'data-id': 'share-copy',
    class: 'tl-secondary',
  });
  private readonly shareSlot = h('div');
  private readonly shareStatus = h('p', {
    role: 'status',
    'aria-live': 'polite',
    class: 'tl-status',
  });
  private readonly shareField = h('div');
  private readonly rewind = h('div', { class: 'tl-rewind' });
  private readonly mapDetails: HTMLDetailsElement;
  private readonly mapSummary = h('summary', { 'data-id': 'map-summary' });
  private readonly mapBody = h('div');
  private readonly gallerySummary = h('summary', { 'data-id': 'gallery-summary' });
  private readonly galleryBody = h('div');
  private readonly compareSummary = h('summary', { 'data-id': 'compare-summary' });
  private readonly compareBody = h('div');
  private confirming: string | null = null;
  private stamp = '';

  constructor(
    private readonly session: GameSession,
    private readonly actions: PlayerActions,
  ) {
    this.share = h(
      'div',
      { class: 'tl-share' },
      this.shareButton,
      this.shareStatus,
      this.shareField,
    );
    this.mapDetails = h('details', { class: 'tl-map-details' }, this.mapSummary, this.mapBody);
    this.root = h(
      'section',
      { class: 'tl-replay', 'aria-labelledby': 'tl-replay-h' },
      this.heading,
      this.shareSlot,
      this.rewind,
      this.mapDetails,
      h('details', {}, this.gallerySummary, this.galleryBody),
      h('details', {}, this.compareSummary, this.compareBody),
    );
    actions.onStatus((status) => this.showStatus(status));
  }

  private get t(): Translate {
    return this.session.translator();
  }

  render(view: View): void {
    if (view.screen !== 'ending')
      this.shareSlot.replaceChildren(view.screen === 'title' ? '' : this.share);
    const map = this.session.map();
    const gallery = this.session.gallery();
    const stamp = JSON.stringify([map, gallery, this.confirming]);
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    const t = this.t;
    this.heading.textContent = t('ui.menu.replay');
    this.shareButton.textContent = t('ui.share.copy');
    this.mapSummary.textContent = t('ui.map.heading');
    this.mapBody.replaceChildren(mapText(map, t));
    this.gallerySummary.textContent = t('ui.map.tab.endings', { progress: gallery.progress });
    this.galleryBody.replaceChildren(galleryText(gallery, t));
    this.compareSummary.textContent = t('ui.compare.heading');
    this.compareBody.replaceChildren(comparison(map.comparison, t('ui.compare.heading'), t));
    this.renderRewind(map.taken);
  }

  /** On the ending screen: share the path and open the map, right after the ending's text. */
  screenExtras(view: View): readonly HTMLElement[] {
    if (view.screen !== 'ending' && view.screen !== 'title') return [];
    const open = button(
      this.t('ui.map.open'),
      () => {
        this.mapDetails.open = true;
        this.mapDetails.querySelector('summary')?.focus();
      },
      { 'data-id': `${view.screen}-map`, class: 'tl-secondary' },
    );
    // The title has no path to share yet; a returning player may still look at the map.
    if (view.screen === 'title') return [open];
    return [h('div', { class: 'tl-ending-replay' }, this.share, open)];
  }

  private renderRewind(taken: ReturnType<GameSession['map']>['taken']): void {
    const t = this.t;
    const ask = (decision: string | null, focus: string) => {
      this.confirming = decision;
      this.stamp = '';
      this.render(this.session.view());
      this.rewind.querySelector<HTMLElement>(`[data-id="${focus}"]`)?.focus();
    };
    const items = taken.map((step) => {
      const label = t('ui.rewind.item', { date: step.dateLine, decision: step.title });
      const id = `rewind-${step.decision}`;
      const confirm =
        this.confirming === step.decision
          ? [
              h('p', {}, t('ui.rewind.confirm', { date: step.dateLine, decision: step.title })),
              button(t('ui.rewind.yes'), () => this.session.send(step.event), {
                'data-id': 'rewind-yes',
                class: 'tl-primary',
              }),
              button(t('ui.rewind.no'), () => ask(null, id), {
                'data-id': 'rewind-no',
                class: 'tl-secondary',
              }),
            ]
          : [];
      return h(
        'li',
        {},
        button(label, () => ask(step.decision, 'rewind-yes'), {
          'data-id': id,
          class: 'tl-secondary',
        }),
        h('p', { class: 'tl-note' }, t('ui.reveal.chosen', { choice: step.chosen })),
        ...confirm,
      );
    });
    this.rewind.replaceChildren(
      h('h3', {}, t('ui.rewind.heading')),
      h('p', { class: 'tl-note' }, t(taken.length > 0 ? 'ui.rewind.intro' : 'ui.rewind.none')),
      ...(items.length > 0 ? [h('ul', { class: 'tl-plain' }, ...items)] : []),
    );
  }

  /** The share result in the live region; when copying was refused, the link selected in a field. */
  private showStatus(status: ActionStatus): void {
    if (status.topic !== 'share') return;
    this.shareStatus.textContent = status.message;
    if (status.link === null) {
      this.shareField.replaceChildren();
      return;
    }
    const field = h('input', {
      type: 'text',
      readonly: true,
      value: status.link,
      'data-id': 'share-field',
      class: 'tl-field',
    });
    this.shareField.replaceChildren(h('label', {}, h('span', {}, this.t('ui.share.field')), field));
    // The field must be in the page (not only in a closed screen) to take focus.
    if (!field.isConnected) this.shareSlot.replaceChildren(this.share);
    field.focus();
    field.select();
  }
}
