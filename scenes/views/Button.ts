/**
 * A canvas button: a label that wraps (never cut), an optional key badge, hover and press
 * states. It fires on release, and not at all when the press turned into a scroll drag.
 * Every live button is listed for the end-to-end test hook (see `clickableButtons`).
 */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import { addText, type TextKind } from './typography.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'choice' | 'link';

export interface ButtonOptions {
  readonly label: string;
  readonly width: number;
  readonly variant: ButtonVariant;
  readonly onPress: () => void;
  /** A key hint drawn as a badge: "1", "Enter". */
  readonly badge?: string;
  /** Shrink to the label instead of filling `width` (which is then the maximum). */
  readonly hug?: boolean;
  /** Asked on release; false while the press is really a drag-to-scroll. */
  readonly allowPress?: () => boolean;
}

interface Look {
  readonly fill: string | null;
  readonly hoverFill: string | null;
  readonly line: string | null;
  readonly hoverLine: string | null;
  readonly text: string;
  readonly badge: string;
  readonly kind: TextKind;
}

/** Read from the palette when a button is made, so a contrast change shows on the next draw. */
const looks = (): Record<ButtonVariant, Look> => ({
  primary: {
    fill: PALETTE.brass,
    hoverFill: PALETTE.brassHover,
    line: null,
    hoverLine: null,
    text: PALETTE.onBrass,
    badge: PALETTE.onBrass,
    kind: 'strong',
  },
  secondary: {
    fill: PALETTE.inkRaised,
    hoverFill: PALETTE.inkHover,
    line: PALETTE.brass,
    hoverLine: PALETTE.brassHover,
    text: PALETTE.text,
    badge: PALETTE.brass,
    kind: 'strong',
  },
  choice: {
    fill: PALETTE.inkRaised,
    hoverFill: PALETTE.inkHover,
    line: PALETTE.inkLine,
    hoverLine: PALETTE.brass,
    text: PALETTE.text,
    badge: PALETTE.brass,
    kind: 'body',
  },
  link: {
    fill: null,
    hoverFill: null,
    line: null,
    hoverLine: null,
    text: PALETTE.link,
    badge: PALETTE.link,
    kind: 'small',
  },
});

const live = new Set<Button>();

export class Button extends Phaser.GameObjects.Container {
  readonly label: string;
  readonly boxWidth: number;
  readonly boxHeight: number;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly layout: Layout;
  private readonly look: Look;
  private armed = false;
  /** Phaser hit-tests a new interactive object only from the scene's next update on. */
  private ready = false;

  constructor(scene: Phaser.Scene, layout: Layout, x: number, y: number, options: ButtonOptions) {
    super(scene, x, y);
    this.label = options.label;
    this.layout = layout;
    this.look = looks()[options.variant];
    const isLink = options.variant === 'link';
    const padX = isLink ? 0 : layout.button.padX;
    const padY = isLink ? layout.link.padY : layout.button.padY;
    // A key name ("Enter") gets the small typed face and a wider badge than a digit.
    const badge =
      options.badge === undefined
        ? null
        : addText(
            scene,
            layout,
            options.badge.length > 1 ? 'tag' : 'smallStrong',
            0,
            0,
            options.badge,
            this.look.badge,
          );
    const badgeWidth =
      badge === null ? 0 : Math.max(layout.button.badge, badge.width + layout.space.lg);
    const textX = padX + badgeWidth + (badge === null ? 0 : layout.space.lg);
    const text = addText(
      scene,
      layout,
      this.look.kind,
      textX,
      0,
      options.label,
      this.look.text,
      options.width - textX - padX,
    );
    const minHeight = isLink ? layout.link.minHeight : layout.button.minHeight;
    this.boxHeight = Math.max(minHeight, text.height + 2 * padY);
    this.boxWidth = options.hug
      ? Math.min(options.width, textX + text.width + padX)
      : options.width;
    text.setY(Math.round((this.boxHeight - text.height) / 2));
    this.bg = scene.add.graphics();
    this.add(this.bg);
    if (badge !== null) this.placeBadge(badge, padX, badgeWidth);
    this.add(text);
    if (isLink) this.underline(text);
    this.draw(false);

    const hit = scene.add.zone(0, 0, this.boxWidth, this.boxHeight).setOrigin(0, 0);
    hit.setInteractive({ useHandCursor: true });
    hit.on('pointerover', () => this.draw(true));
    hit.on('pointerout', () => {
      this.armed = false;
      this.draw(false);
    });
    hit.on('pointerdown', () => (this.armed = true));
    hit.on('pointerup', () => {
      const fire = this.armed && (options.allowPress?.() ?? true);
      this.armed = false;
      if (fire) options.onPress();
    });
    this.add(hit);
    live.add(this);
    const markReady = () => (this.ready = true);
    scene.events.once(Phaser.Scenes.Events.POST_UPDATE, markReady);
    this.once(Phaser.GameObjects.Events.DESTROY, () => {
      live.delete(this);
      scene.events.off(Phaser.Scenes.Events.POST_UPDATE, markReady);
    });
  }

  private draw(hover: boolean): void {
    const { fill, hoverFill, line, hoverLine } = this.look;
    const r = this.layout.button.radius;
    const g = this.bg.clear();
    const f = hover ? hoverFill : fill;
    if (f !== null) g.fillStyle(hex(f)).fillRoundedRect(0, 0, this.boxWidth, this.boxHeight, r);
    const l = hover ? hoverLine : line;
    if (l !== null) {
      const w = this.layout.css(hover ? 2 : 1.5);
      g.lineStyle(w, hex(l)).strokeRoundedRect(
        w / 2,
        w / 2,
        this.boxWidth - w,
        this.boxHeight - w,
        r,
      );
    }
    if (fill === null && hover)
      g.fillStyle(hex(PALETTE.paperEdge), 0.35).fillRect(0, 0, this.boxWidth, this.boxHeight);
  }

  private placeBadge(t: Phaser.GameObjects.Text, x: number, width: number): void {
    const size = this.layout.button.badge;
    const y = Math.round((this.boxHeight - size) / 2);
    const g = this.scene.add.graphics();
    g.lineStyle(this.layout.stroke.thin, hex(this.look.badge)).strokeRoundedRect(
      x,
      y,
      width,
      size,
      this.layout.button.badgeRadius,
    );
    t.setPosition(Math.round(x + (width - t.width) / 2), Math.round(y + (size - t.height) / 2));
    this.add([g, t]);
  }

  /** Links are underlined line by line, as on the web. */
  private underline(text: Phaser.GameObjects.Text): void {
    const lines = text.getWrappedText();
    const lineHeight = text.height / Math.max(1, lines.length);
    const g = this.scene.add.graphics().lineStyle(this.layout.stroke.hair, hex(PALETTE.link));
    lines.forEach((line, i) => {
      const y = text.y + (i + 1) * lineHeight - this.layout.link.underline;
      g.lineBetween(text.x, y, text.x + text.context.measureText(line.trimEnd()).width, y);
    });
    this.add(g);
  }

  /** The visible part of the button in CSS pixels of the page, or null when it can't be clicked. */
  pageBox(): { x: number; y: number; width: number; height: number } | null {
    const scene = this.scene as Phaser.Scene | undefined;
    if (!this.ready || !scene?.sys.isActive() || !scene.input.enabled || !this.visible) return null;
    const cam = scene.cameras.main;
    // Mid-scroll, a box read now would be stale by the time a test clicks it.
    if (scene.tweens.isTweening(cam)) return null;
    // Phaser ignores a pointer on anything inside a container that would not render: hidden,
    // or at alpha 0 in the first frame of a page's fade-in.
    if (!this.willRender(cam)) return null;
    for (let c = this.parentContainer; c !== null; c = c.parentContainer)
      if (!c.willRender(cam)) return null;
    const m = this.getWorldTransformMatrix();
    const left = Math.max(cam.x, cam.x + m.tx - cam.scrollX);
    const top = Math.max(cam.y, cam.y + m.ty - cam.scrollY);
    const right = Math.min(cam.x + cam.width, cam.x + m.tx - cam.scrollX + this.boxWidth);
    const bottom = Math.min(cam.y + cam.height, cam.y + m.ty - cam.scrollY + this.boxHeight);
    if (right - left < 2 || bottom - top < 2) return null;
    const canvas = scene.game.canvas.getBoundingClientRect();
    const k = canvas.width / scene.scale.width;
    return {
      x: canvas.left + window.scrollX + left * k,
      y: canvas.top + window.scrollY + top * k,
      width: (right - left) * k,
      height: (bottom - top) * k,
    };
  }
}

/** Every button a pointer could click right now, with its box in page CSS pixels. */
export function clickableButtons(): {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}[] {
  return [...live].flatMap((b) => {
    const box = b.pageBox();
    return box === null ? [] : [{ label: b.label, ...box }];
  });
}
