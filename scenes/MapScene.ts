/**
 * The branch map, the endings gallery and your path beside history, over the page (Escape or
 * "Back to the game" closes it). Choosing "Choose again" on a decision of this route asks
 * first, then goes back there through the machine. Its own state is transient: which decision
 * awaits confirmation; the open tab is UI state in the registry.
 */
import Phaser from 'phaser';
import { caps } from './views/typography.ts';
import type { PlayerActions } from '../src/dom/playerActions.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import { mapMetrics, mapSide } from '../src/ui/mapLayout.ts';
import { PALETTE } from '../src/ui/theme.ts';
import { OverlayPageScene } from './OverlayPageScene.ts';
import { REGISTRY, SCENE, setMapOpen, type MapTab } from './shared.ts';
import { BranchMap } from './views/BranchMap.ts';
import { ButtonRow } from './views/ButtonRow.ts';
import type { Column } from './views/Column.ts';
import { CompareTable } from './views/CompareTable.ts';
import { EndingsGallery } from './views/EndingsGallery.ts';
import { MapLegend, mapLegendEntries } from './views/MapLegend.ts';
import { accentNote, rewindQuestion } from './views/rewindConfirm.ts';

export class MapScene extends OverlayPageScene {
  private confirming: string | null = null;
  /** Statuses older than the opening of the map belong to another screen. */
  private openedAt = 0;

  constructor(
    session: GameSession,
    private readonly actions: PlayerActions,
  ) {
    super(SCENE.map, session);
  }

  override create(): void {
    this.confirming = null;
    this.openedAt = this.actions.status()?.seq ?? 0;
    const off = this.actions.onStatus(() => this.refresh(false));
    const onTab = () => this.refresh(false);
    this.registry.events.on(`changedata-${REGISTRY.mapTab}`, onTab);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      off();
      this.registry.events.off(`changedata-${REGISTRY.mapTab}`, onTab);
    });
    super.create();
  }

  private tab(): MapTab {
    const tab: unknown = this.registry.get(REGISTRY.mapTab);
    return tab === 'endings' || tab === 'compare' ? tab : 'map';
  }

  private shareStatus(): string | null {
    const s = this.actions.status();
    return s !== null && s.topic === 'share' && s.seq > this.openedAt ? s.message : null;
  }

  protected override stamp(): string {
    const { session } = this;
    return JSON.stringify([
      this.tab(),
      this.confirming,
      this.shareStatus(),
      session.map(),
      session.gallery(),
      session.translator().locale,
    ]);
  }

  protected pageKey(): string {
    return `${SCENE.map}:${this.tab()}`;
  }

  private readonly t = (line: string, params?: Readonly<Record<string, string | number>>) =>
    this.session.translate(line, params);

  protected build(col: Column): void {
    const { t } = this;
    const { gap, space } = this.layout;
    const tab = this.tab();
    const map = this.session.map();
    const gallery = this.session.gallery();
    const heading = {
      map: 'ui.map.heading',
      endings: 'ui.gallery.heading',
      compare: 'ui.compare.heading',
    };
    col.text('kicker', caps(this.layout, t('ui.map.kicker')), PALETTE.brass, space.sm);
    col.text('heading', t(heading[tab]), PALETTE.text, gap * 0.75);
    const playing = this.session.view().screen !== 'title';
    this.row(col, [
      {
        label: t('ui.map.close'),
        badge: this.keyBadge('ui.key.escape'),
        variant: 'secondary',
        onPress: () => setMapOpen(this, false),
      },
      ...(playing
        ? [
            {
              label: t('ui.share.copy'),
              variant: 'secondary' as const,
              onPress: () => void this.actions.copyShareLink(),
            },
          ]
        : []),
    ]);
    const status = this.shareStatus();
    if (status !== null) accentNote(col, this.layout, status, PALETTE.up);
    col.space(space.md);
    const tabs: [MapTab, string][] = [
      ['map', t('ui.map.tab.map')],
      ['endings', t('ui.map.tab.endings', { progress: gallery.progress })],
      ['compare', t('ui.compare.heading')],
    ];
    this.row(
      col,
      tabs.map(([id, label]) => ({
        label,
        variant: id === tab ? ('primary' as const) : ('choice' as const),
        onPress: () => this.registry.set(REGISTRY.mapTab, id),
      })),
    );
    col.space(gap * 0.5);
    const margin = mapSide(this.layout);
    const full = this.layout.width - 2 * margin;
    const m = mapMetrics(this.layout, full, map.bands.length);
    if (tab === 'map') {
      col.text('small', t('ui.map.intro'), PALETTE.textMuted, gap * 0.75);
      this.confirmBox(col, map.taken);
      col.place(
        (x, y, w) => new MapLegend(this, this.layout, x, y, w, m, mapLegendEntries(this.t)),
      );
      col.place(
        (_x, y) =>
          new BranchMap(this, this.layout, margin, y, full, map, {
            labels: { current: t('ui.map.current'), chooseAgain: t('ui.map.chooseAgain') },
            onRewind: (decision) => this.ask(decision),
            allowPress: this.allowPress,
          }),
      );
    } else if (tab === 'endings') {
      col.text('subheading', gallery.progress, PALETTE.text, gap * 0.75);
      const labels = {
        reached: t('ui.gallery.reached'),
        locked: t('ui.gallery.locked'),
        historical: t('ui.ending.historical'),
      };
      col.place(
        (x, y, w) => new EndingsGallery(this, this.layout, x, y, w, m, gallery.endings, labels),
      );
    } else {
      const labels = {
        decision: t('ui.compare.decision'),
        yours: t('ui.compare.yours'),
        founders: t('ui.compare.founders'),
        same: t('ui.compare.same'),
        diverged: t('ui.compare.diverged'),
      };
      col.place((x, y, w) => new CompareTable(this, this.layout, x, y, w, map.comparison, labels));
    }
  }

  /** "Go back to … and choose again?" with Yes and Cancel, while a decision awaits it. */
  private confirmBox(col: Column, taken: ReturnType<GameSession['map']>['taken']): void {
    const step = taken.find((s) => s.decision === this.confirming);
    if (step === undefined) return;
    col.mark('confirm');
    const ask = rewindQuestion(
      this.t,
      step,
      () => {
        setMapOpen(this, false);
        this.session.send(step.event);
      },
      () => this.ask(null),
    );
    accentNote(col, this.layout, ask.question, PALETTE.brass);
    this.row(col, ask.buttons);
    col.space(this.layout.gap * 0.5);
  }

  private ask(decision: string | null): void {
    this.confirming = decision;
    this.refresh(false);
  }

  protected override afterBuild(col: Column): void {
    const confirm = col.markAt('confirm');
    if (confirm !== undefined) this.scrollTo(confirm - this.layout.gap, true);
  }

  private row(col: Column, items: ConstructorParameters<typeof ButtonRow>[5]): void {
    col.place(
      (x, y, w) => new ButtonRow(this, this.layout, x, y, w, items, this.allowPress),
      this.layout.smallGap,
    );
  }

  protected onKey(event: KeyboardEvent): boolean {
    if (event.key !== 'Escape') return false;
    setMapOpen(this, false);
    return true;
  }
}
