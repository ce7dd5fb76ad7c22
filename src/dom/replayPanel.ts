/**
 * The text layer's "Replay" section: copy a share link, go back to a decision of this
 * play-through (with a confirm step), and the branch map, the endings gallery and your path
 * beside history as text. On the ending screen the share controls move into the screen itself.
 * The map, the gallery and the comparison are built only while their disclosure is open: they
 * cost a cold start ≈15 ms for a section nobody has opened yet.
 */
import type { GameSession } from '../session/GameSession.ts';
import type { Translator } from '../i18n/translate.ts';
import type { TakenStep } from '../view/replayTypes.ts';
import type { View } from '../view/types.ts';
import { button, h } from './h.ts';
import { galleryProgress } from '../view/gallery.ts';
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
  private readonly galleryDetails: HTMLDetailsElement;
  private readonly compareDetails: HTMLDetailsElement;
  private readonly mapSummary = h('summary', { 'data-id': 'map-summary' });
  private readonly mapBody = h('div');
  private readonly gallerySummary = h('summary', { 'data-id': 'gallery-summary' });
  private readonly galleryBody = h('div');
  private readonly compareSummary = h('summary', { 'data-id': 'compare-summary' });
  private readonly compareBody = h('div');
  private confirming: string | null = null;
  private stamp = '';
  /** What the open disclosures show; cleared when they close, so opening rebuilds them. */
  private bodyStamp = '';

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
    this.galleryDetails = h('details', {}, this.gallerySummary, this.galleryBody);
    this.compareDetails = h('details', {}, this.compareSummary, this.compareBody);
    for (const box of [this.mapDetails, this.galleryDetails, this.compareDetails])
      box.addEventListener('toggle', () => this.renderOpenBodies());
    this.root = h(
      'section',
      { class: 'tl-replay', 'aria-labelledby': 'tl-replay-h' },
      this.heading,
      this.shareSlot,
      this.rewind,
      this.mapDetails,
      this.galleryDetails,
      this.compareDetails,
    );
    actions.onStatus((status) => this.showStatus(status));
  }

  private get t(): Translator {
    return this.session.translator();
  }

  render(view: View): void {
    if (view.screen !== 'ending')
      this.shareSlot.replaceChildren(view.screen === 'title' ? '' : this.share);
    const t = this.t;
    const taken = this.session.taken();
    const progress = galleryProgress(this.session.content, t, this.session.remembered());
    const stamp = JSON.stringify([t.locale, taken, progress, this.confirming]);
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.heading.textContent = t('ui.menu.replay');
      this.shareButton.textContent = t('ui.share.copy');
      this.mapSummary.textContent = t('ui.map.heading');
      this.gallerySummary.textContent = t('ui.map.tab.endings', { progress });
      this.compareSummary.textContent = t('ui.compare.heading');
      this.renderRewind(taken);
    }
    this.renderOpenBodies();
  }

  /** The map, gallery and comparison, for the disclosures open now (and only if they changed). */
  private renderOpenBodies(): void {
    const open = [this.mapDetails, this.galleryDetails, this.compareDetails].map((d) => d.open);
    if (!open.includes(true)) {
      this.bodyStamp = '';
      return;
    }
    const t = this.t;
    const map = open[0] === true || open[2] === true ? this.session.map() : null;
    const gallery = open[1] === true ? this.session.gallery() : null;
    const stamp = JSON.stringify([t.locale, open, map, gallery]);
    if (stamp === this.bodyStamp) return;
    this.bodyStamp = stamp;
    if (map !== null && open[0] === true) this.mapBody.replaceChildren(mapText(map, t));
    if (gallery !== null) this.galleryBody.replaceChildren(galleryText(gallery, t));
    if (map !== null && open[2] === true)
      this.compareBody.replaceChildren(comparison(map.comparison, t('ui.compare.heading'), t));
  }

  /** On the ending screen: share the path and open the map, right after the ending's text. */
  screenExtras(view: View): readonly HTMLElement[] {
    if (view.screen !== 'ending' && view.screen !== 'title') return [];
    const open = button(
      this.t('ui.map.open'),
      () => {
        this.mapDetails.open = true;
        // Built now, not on the toggle event a task later, so focus lands on a full map.
        this.renderOpenBodies();
        this.mapDetails.querySelector('summary')?.focus();
      },
      { 'data-id': `${view.screen}-map`, class: 'tl-secondary' },
    );
    // The title has no path to share yet; a returning player may still look at the map.
    if (view.screen === 'title') return [open];
    return [h('div', { class: 'tl-ending-replay' }, this.share, open)];
  }

  private renderRewind(taken: readonly TakenStep[]): void {
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
