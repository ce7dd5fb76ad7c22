/** The ending's pages: its summary, your path beside history, then the epilogue and Play again. */
import Phaser from 'phaser';
import type { PlayerActions } from '../src/dom/playerActions.ts';
import type { GameSession } from '../src/session/GameSession.ts';
import { PALETTE } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { isProceed } from './keys.ts';
import { PageScene } from './PageScene.ts';
import { SCENE, setMapOpen } from './shared.ts';
import { ButtonRow } from './views/ButtonRow.ts';
import type { Column } from './views/Column.ts';
import { caps } from './views/typography.ts';
import { CompareTable } from './views/CompareTable.ts';

type EndingView = Extract<View, { screen: 'ending' }>;

export class EndingScene extends PageScene {
  /** Share statuses older than this ending belong to another screen. */
  private openedAt = 0;

  constructor(
    session: GameSession,
    private readonly actions: PlayerActions | null = null,
  ) {
    super(SCENE.ending, session);
  }

  override create(): void {
    const actions = this.actions;
    this.openedAt = actions?.status()?.seq ?? 0;
    const off = actions?.onStatus(() => this.refresh(false));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => off?.());
    super.create();
  }

  protected override stamp(): string {
    return JSON.stringify([super.stamp(), this.shareStatus()]);
  }

  private shareStatus(): string | null {
    const s = this.actions?.status() ?? null;
    return s !== null && s.topic === 'share' && s.seq > this.openedAt ? s.message : null;
  }

  private view(): EndingView | null {
    const view = this.session.view();
    return view.screen === 'ending' ? view : null;
  }

  protected override bottomInset(): number {
    return this.layout.actionBarHeight;
  }

  protected pageKey(): string {
    const v = this.view();
    return v === null ? '' : `${v.ending}:${v.phase}`;
  }

  protected build(col: Column): void {
    const v = this.view();
    if (v === null) return;
    const { gap, space } = this.layout;
    const t = (line: string) => this.session.translate(line);
    col.text('kicker', caps(this.layout, v.kicker), PALETTE.brass, space.sm);
    col.text('heading', v.heading, PALETTE.text, gap);
    if (v.phase === 'summary' && v.historical)
      col.text('tag', caps(this.layout, t('ui.ending.historical')), PALETTE.up, gap);
    this.blocks(col, v.blocks);
    if (v.phase === 'compare') {
      const labels = {
        decision: t('ui.compare.decision'),
        yours: t('ui.compare.yours'),
        founders: t('ui.compare.founders'),
        same: t('ui.compare.same'),
        diverged: t('ui.compare.diverged'),
      };
      col.place(
        (x, y, width) => new CompareTable(this, this.layout, x, y, width, v.comparison, labels),
      );
    }
    this.replay(col);
  }

  /** The branch map and a share link for this path, under every page of the ending. */
  private replay(col: Column): void {
    const actions = this.actions;
    if (actions === null) return;
    const t = (line: string) => this.session.translate(line);
    col.place(
      (x, y, width) =>
        new ButtonRow(
          this,
          this.layout,
          x,
          y,
          width,
          [
            {
              label: t('ui.map.open'),
              variant: 'secondary',
              onPress: () => setMapOpen(this, true, 'map'),
            },
            {
              label: t('ui.share.copy'),
              variant: 'secondary',
              onPress: () => void actions.copyShareLink(),
            },
          ],
          this.allowPress,
        ),
      this.layout.smallGap,
    );
    const status = this.shareStatus();
    if (status !== null) col.mark('status').text('body', status, PALETTE.up, this.layout.gap);
  }

  protected override afterBuild(col: Column, samePage: boolean): void {
    // The confirmation is the last thing on the page: bring it into view when it appears.
    if (samePage && col.markAt('status') !== undefined) this.scrollTo(col.y, true);
  }

  protected onKey(event: KeyboardEvent): boolean {
    const v = this.view();
    if (v === null || !isProceed(event)) return false;
    this.session.send((v.proceed ?? v.restart).event);
    return true;
  }
}
