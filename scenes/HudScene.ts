/**
 * The always-visible HUD over the story and ending pages: the timeline rail with the current
 * date, the meters as instruments with the last change, and the Menu button (Escape too).
 */
import Phaser from 'phaser';
import type { GameSession } from '../src/session/GameSession.ts';
import { hudGeometry, railFraction, type Layout } from '../src/ui/layout.ts';
import { PALETTE, RAIL_YEARS, hex } from '../src/ui/theme.ts';
import type { View } from '../src/view/types.ts';
import { ignoredByCanvas } from './keys.ts';
import { redrawOnChange } from './redraw.ts';
import { REGISTRY, SCENE, layoutFor, setMenuOpen } from './shared.ts';
import { Button } from './views/Button.ts';
import { MeterGauge } from './views/MeterGauge.ts';
import { SaveAlertToast } from './views/SaveAlertToast.ts';
import { TimelineRail, railStops, type RailPosition } from './views/TimelineRail.ts';

function railPosition(view: View, stops: readonly number[]): RailPosition {
  switch (view.screen) {
    case 'decision':
    case 'reveal':
      return {
        fraction: railFraction(view.progress.date, RAIL_YEARS.first, RAIL_YEARS.end),
        label: view.progress.dateLine,
        stops,
      };
    case 'ending':
      return { fraction: 1, label: '', stops };
    default:
      return { fraction: 0, label: view.kicker, stops };
  }
}

export class HudScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  /** Where each needle was last drawn, so it sweeps from there (transient, display only). */
  private readonly shown = new Map<string, number>();
  private stamp = '';
  /** Word on the canvas that autosave has stopped working, under the bar. */
  private saveAlert!: SaveAlertToast;

  constructor(private readonly session: GameSession) {
    super({ key: SCENE.hud });
  }

  create(): void {
    this.stamp = '';
    this.root = this.add.container(0, 0);
    this.saveAlert = new SaveAlertToast(this, this.session);
    redrawOnChange(this, this.session, (force) => this.refresh(force));
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      // With the settings open, Escape is theirs: it closes them.
      if (event.key !== 'Escape' || ignoredByCanvas(event)) return;
      if (this.registry.get(REGISTRY.settingsOpen) === true) return;
      // The map closes itself on Escape too.
      if (this.registry.get(REGISTRY.mapOpen) === true) return;
      setMenuOpen(this, this.registry.get(REGISTRY.menuOpen) !== true);
      event.preventDefault();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.shown.clear());
    this.refresh(true);
  }

  private refresh(force: boolean): void {
    const view = this.session.view();
    if (!('meters' in view)) return;
    const stamp = JSON.stringify([view.meters, railPosition(view, [])]);
    if (!force && stamp === this.stamp) return;
    this.stamp = stamp;
    const layout = layoutFor(this);
    this.root.removeAll(true);
    this.draw(layout, view);
  }

  private draw(layout: Layout, view: Extract<View, { meters: unknown }>): void {
    const menuButton = new Button(this, layout, 0, 0, {
      label: this.session.translate('ui.menu.open'),
      // Up to half the bar: the label keeps to one line even at the largest text size.
      width: layout.width / 2,
      variant: 'secondary',
      hug: true,
      onPress: () => setMenuOpen(this, true),
    });
    const geo = hudGeometry(layout, view.meters.length, menuButton.boxWidth);
    const { bar } = geo;
    const bg = this.add.graphics();
    bg.fillStyle(hex(PALETTE.inkRaised)).fillRect(bar.x, bar.y, bar.width, bar.height);
    bg.fillStyle(hex(PALETTE.inkLine)).fillRect(
      bar.x,
      bar.height - layout.stroke.hair,
      bar.width,
      layout.stroke.hair,
    );
    // Clicks on the bar stop here instead of reaching the page beneath.
    const blocker = this.add
      .zone(bar.x, bar.y, bar.width, bar.height)
      .setOrigin(0, 0)
      .setInteractive();
    this.root.add([bg, blocker]);
    this.saveAlert.setTop(bar.y + bar.height);

    const { rail } = geo;
    this.root.add(
      new TimelineRail(
        this,
        layout,
        rail.x,
        rail.y,
        rail.width,
        rail.height,
        railPosition(view, railStops(this.session)),
        layout.hud.railYears,
      ),
    );
    view.meters.forEach((meter, i) => {
      const rect = geo.meters[i];
      if (rect === undefined) return;
      const from = this.shown.get(meter.id) ?? meter.value;
      this.root.add(new MeterGauge(this, layout, rect, meter, layout.hud.meterStyle, from));
      this.shown.set(meter.id, meter.value);
    });
    const menuY =
      layout.hud.meterStyle === 'dial'
        ? Math.round((geo.bar.height - menuButton.boxHeight) / 2)
        : geo.menu.y;
    this.root.add(menuButton.setPosition(geo.menu.x, menuY));
  }
}
