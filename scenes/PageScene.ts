/**
 * A scrolling page in the reading column, the base of every screen. It re-renders from the
 * session on each change and on resize, scrolls by wheel, drag/swipe and keys when the page is
 * taller than the screen, and keeps only transient state (scroll offset, drag).
 */
import Phaser from 'phaser';
import type { GameSession } from '../src/session/GameSession.ts';
import type { Layout } from '../src/ui/layout.ts';
import { ALPHA, DEPTH, DURATION, PALETTE, hex } from '../src/ui/theme.ts';
import type { BlockView } from '../src/view/types.ts';
import { ignoredByCanvas, scrollKey } from './keys.ts';
import { redrawOnChange } from './redraw.ts';
import { REGISTRY, keyHints, layoutFor, openLink, reducedMotion } from './shared.ts';
import { BlockCard } from './views/BlockCard.ts';
import { Button, type ButtonOptions } from './views/Button.ts';
import { Column } from './views/Column.ts';
import { enterPage } from './views/transition.ts';
import { verticalFade } from './views/draw.ts';

export abstract class PageScene extends Phaser.Scene {
  protected layout!: Layout;
  private page!: Phaser.GameObjects.Container;
  private chrome!: Phaser.GameObjects.Graphics;
  private contentHeight = 0;
  private rendered = { stamp: '', page: '' };
  private drag = { startY: 0, startScroll: 0, active: false, moved: false };

  constructor(
    key: string,
    protected readonly session: GameSession,
  ) {
    super({ key });
  }

  /** Builds the page into the column. */
  protected abstract build(col: Column): void;
  /** Identity of the page: when it changes, scrolling restarts at the top. */
  protected abstract pageKey(): string;
  /** Handles a key the base does not (proceed, choices); true when it acted. */
  protected abstract onKey(event: KeyboardEvent): boolean;

  /** Everything the page shows; the page is rebuilt only when this changes. */
  protected stamp(): string {
    return JSON.stringify(this.session.view());
  }
  /** Height kept clear at the top (for the HUD). */
  protected topInset(): number {
    return this.layout.hudHeight;
  }
  /** Height kept clear at the bottom (for the action bar). */
  protected bottomInset(): number {
    return 0;
  }
  /** Pages taller than the screen scroll; shorter ones sit at the top unless centred. */
  protected centred(): boolean {
    return false;
  }
  /** Called after a rebuild; may scroll to a mark. */
  protected afterBuild?(col: Column, samePage: boolean): void;
  /** A modal page (the menu) veils what is beneath and takes every pointer event. */
  protected modal(): boolean {
    return false;
  }
  protected blockedByMenu(): boolean {
    return (
      this.registry.get(REGISTRY.menuOpen) === true ||
      this.registry.get(REGISTRY.settingsOpen) === true ||
      this.registry.get(REGISTRY.mapOpen) === true
    );
  }

  create(): void {
    this.rendered = { stamp: '', page: '' };
    this.page = this.add.container(0, 0).setDepth(DEPTH.content);
    this.chrome = this.add.graphics().setScrollFactor(0).setDepth(DEPTH.scrollbar);
    redrawOnChange(this, this.session, (force) => this.refresh(force));
    const onMenu = () => (this.input.enabled = !this.blockedByMenu());
    this.registry.events.on(`changedata-${REGISTRY.menuOpen}`, onMenu);
    this.registry.events.on(`changedata-${REGISTRY.settingsOpen}`, onMenu);
    this.registry.events.on(`changedata-${REGISTRY.mapOpen}`, onMenu);
    this.input.keyboard?.on('keydown', (e: KeyboardEvent) => this.keyDown(e));
    this.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) =>
      this.scrollTo(this.cameras.main.scrollY + dy * this.layout.dpr),
    );
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => this.dragStart(p));
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => this.dragMove(p));
    this.input.on('pointerup', () => (this.drag.active = false));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.registry.events.off(`changedata-${REGISTRY.menuOpen}`, onMenu);
      this.registry.events.off(`changedata-${REGISTRY.settingsOpen}`, onMenu);
      this.registry.events.off(`changedata-${REGISTRY.mapOpen}`, onMenu);
    });
    onMenu();
    this.refresh(true);
  }

  /** Rebuilds the page if what it shows (or the canvas size) changed. */
  protected refresh(force: boolean): void {
    const stamp = this.stamp();
    if (!force && stamp === this.rendered.stamp) return;
    const page = this.pageKey();
    const samePage = page === this.rendered.page;
    this.rendered = { stamp, page };
    this.layout = layoutFor(this);
    const { width, height, gap } = this.layout;
    const top = this.topInset();
    const cam = this.cameras.main.setViewport(0, top, width, height - top - this.bottomInset());
    this.page.removeAll(true);
    const col = new Column(this, this.layout, this.page, gap * 1.4);
    this.build(col);
    this.contentHeight = col.y + gap;
    if (this.modal()) {
      cam.setBackgroundColor(PALETTE.ink);
      const zone = this.add
        .zone(0, 0, width, Math.max(this.contentHeight, cam.height))
        .setOrigin(0, 0);
      this.page.addAt(zone.setInteractive(), 0);
    }
    const spare = cam.height - this.contentHeight;
    this.page.setY(this.centred() && spare > 0 ? Math.round(spare / 2) : 0);
    this.scrollTo(samePage ? cam.scrollY : 0, false);
    // A new page: the transition (and its performance marks), see views/transition.ts.
    if (!samePage) enterPage(this, this.layout, this.page, reducedMotion(this));
    this.afterBuild?.(col, samePage);
  }

  private maxScroll(): number {
    return Math.max(0, this.contentHeight - this.cameras.main.height);
  }

  /** Scrolls the page so `y` (page pixels) is at the top of the view, within bounds. */
  protected scrollTo(y: number, animate = false): void {
    const cam = this.cameras.main;
    const target = Math.round(Math.min(this.maxScroll(), Math.max(0, y)));
    this.tweens.killTweensOf(cam);
    if (animate && !reducedMotion(this)) {
      this.tweens.add({
        targets: cam,
        scrollY: target,
        duration: DURATION.scroll,
        ease: 'Sine.easeOut',
        onUpdate: () => this.drawChrome(),
      });
    } else cam.setScroll(0, target);
    this.drawChrome();
  }

  /** The scrollbar and a fade at the bottom edge when there is more to read below. */
  private drawChrome(): void {
    const g = this.chrome.clear();
    const cam = this.cameras.main;
    const max = this.maxScroll();
    if (max <= 0) return;
    const { scrollbar } = this.layout;
    const viewH = cam.height;
    const thumbH = Math.max(scrollbar.minThumb, (viewH * viewH) / this.contentHeight);
    const thumbY = ((viewH - thumbH) * cam.scrollY) / max;
    const x = cam.width - scrollbar.inset - scrollbar.width;
    g.fillStyle(hex(PALETTE.textMuted), ALPHA.scrollbar).fillRoundedRect(
      x,
      thumbY,
      scrollbar.width,
      thumbH,
      scrollbar.width / 2,
    );
    if (cam.scrollY < max - 1) {
      const fade = scrollbar.fade;
      const ink = hex(PALETTE.ink);
      verticalFade(g, 0, viewH - fade, x - this.layout.space.xxs, fade, ink);
    }
  }

  private keyDown(event: KeyboardEvent): void {
    if (ignoredByCanvas(event) || this.blockedByMenu()) return;
    const scroll = scrollKey(event);
    if (scroll !== null) {
      const cam = this.cameras.main;
      const step = scroll.kind === 'step' ? this.layout.scrollStep : cam.height * 0.85;
      const y =
        scroll.kind === 'end'
          ? scroll.direction > 0
            ? this.maxScroll()
            : 0
          : cam.scrollY + step * scroll.direction;
      this.scrollTo(y, true);
      event.preventDefault();
      return;
    }
    if (!event.repeat && this.onKey(event)) event.preventDefault();
  }

  private dragStart(p: Phaser.Input.Pointer): void {
    const inside = p.y >= this.cameras.main.y;
    this.drag = {
      startY: p.y,
      startScroll: this.cameras.main.scrollY,
      active: inside,
      moved: false,
    };
  }

  private dragMove(p: Phaser.Input.Pointer): void {
    if (!this.drag.active || !p.isDown) return;
    const dy = p.y - this.drag.startY;
    if (!this.drag.moved && Math.abs(dy) < this.layout.dragThreshold) return;
    this.drag.moved = true;
    this.scrollTo(this.drag.startScroll - dy);
  }

  /** A press is a click only if it did not turn into a drag. */
  protected readonly allowPress = (): boolean => !this.drag.moved;

  protected button(
    col: Column,
    options: Omit<ButtonOptions, 'width' | 'allowPress'> & { width?: number },
  ): Button {
    return col.place(
      (x, y, width) =>
        new Button(this, this.layout, x, y, { allowPress: this.allowPress, width, ...options }),
      this.layout.smallGap,
    );
  }

  /** The badge naming a key (`ui.key.*`), where a keyboard is likely. */
  protected keyBadge(line: string): string | undefined {
    return keyHints() ? this.session.translate(line) : undefined;
  }

  protected blocks(col: Column, blocks: readonly BlockView[]): BlockCard[] {
    const labels = {
      sources: this.session.translate('ui.sources'),
      unverified: this.session.translate('ui.quote.unverified'),
    };
    return blocks.map((block) =>
      col.place(
        (x, y, width) =>
          new BlockCard(this, this.layout, x, y, width, block, {
            labels,
            openLink,
            allowPress: this.allowPress,
          }),
      ),
    );
  }
}
