/**
 * A node of the branch map: a decision card (date, title, every choice with its mark, and
 * "Choose again" where this play-through has been) or an ending card. The border tells the
 * routes apart: brass for yours, dashed blue for one you left, and a green strip on top for
 * the founders' route.
 */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import type { MapMetrics } from '../../src/ui/mapLayout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { MapDecision, MapEnding } from '../../src/view/replayTypes.ts';
import { Button } from './Button.ts';
import { dashedRect } from './draw.ts';
import { drawMark, markColour } from './mapMarks.ts';
import { addText, caps } from './typography.ts';

export interface MapCardOptions {
  readonly metrics: MapMetrics;
  readonly labels: { readonly current: string; readonly chooseAgain: string };
  readonly onRewind: (decision: string) => void;
  readonly allowPress: () => boolean;
}

export class MapCard extends Phaser.GameObjects.Container {
  readonly boxHeight: number;
  readonly boxWidth: number;
  private readonly layout: Layout;
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    width: number,
    node: MapDecision | MapEnding,
    options: MapCardOptions,
  ) {
    super(scene, 0, 0);
    this.layout = layout;
    this.boxWidth = width;
    this.g = scene.add.graphics();
    this.add(this.g);
    const pad = layout.space.md;
    const inner = width - 2 * pad;
    let y = pad + options.metrics.accent;
    const text = (kind: Parameters<typeof addText>[2], words: string, colour: string, x = pad) => {
      const t = fitWords(
        addText(scene, layout, kind, x, y, words, colour, inner - (x - pad)),
        inner - (x - pad),
        layout,
      );
      this.add(t);
      y += t.height;
      return t;
    };
    const current = node.kind === 'decision' ? node.current : node.onRoute;
    if (node.kind === 'decision') {
      text('small', node.dateLine, PALETTE.brass);
      y += layout.space.xxs;
      text('smallStrong', node.title, PALETTE.text);
    } else if (node.reached) {
      text('smallStrong', node.title, PALETTE.text);
    } else {
      const lockX = pad + options.metrics.lock.width / 2;
      const t = text(
        'small',
        node.title,
        PALETTE.textMuted,
        pad + 2 * options.metrics.marker + layout.space.sm,
      );
      drawMark(this.g, layout, options.metrics, 'locked', lockX, t.y + layout.font.small * 0.65);
    }
    if (current) {
      y += layout.space.xs;
      text('tag', caps(layout, options.labels.current), PALETTE.brass);
    }
    if (node.kind === 'decision') y = this.choices(node, pad, y + layout.space.sm, inner, options);
    if (node.kind === 'decision' && node.reached) {
      y += layout.space.sm;
      const button = new Button(scene, layout, pad, y, {
        label: options.labels.chooseAgain,
        width: inner,
        variant: 'secondary',
        hug: true,
        allowPress: options.allowPress,
        onPress: () => options.onRewind(node.id),
      });
      this.add(button);
      y += button.boxHeight;
    }
    this.boxHeight = y + pad;
    this.frame(node);
  }

  /** Each choice: its mark, then its label in the mark's colour; the founders' one with a green
   * bar at its side. Returns the bottom. */
  private choices(
    node: MapDecision,
    pad: number,
    top: number,
    inner: number,
    o: MapCardOptions,
  ): number {
    const { layout } = this;
    const m = o.metrics;
    const textX = pad + m.accent + layout.space.xs + 2 * m.marker + layout.space.sm;
    let y = top;
    for (const choice of node.choices) {
      const t = fitWords(
        addText(
          this.scene,
          layout,
          'small',
          textX,
          y,
          choice.label,
          markColour(choice.mark),
          inner - (textX - pad),
        ),
        inner - (textX - pad),
        layout,
      );
      this.add(t);
      const firstLine = y + layout.font.small * 0.65;
      drawMark(
        this.g,
        layout,
        m,
        choice.mark,
        pad + m.accent + layout.space.xs + m.marker,
        firstLine,
      );
      if (choice.historical) this.g.fillStyle(hex(PALETTE.up)).fillRect(pad, y, m.accent, t.height);
      y += t.height + layout.space.xs;
    }
    return y - layout.space.xs;
  }

  private frame(node: MapDecision | MapEnding): void {
    const { layout } = this;
    const { card } = layout;
    const bg = this.scene.add.graphics();
    bg.fillStyle(hex(PALETTE.inkRaised)).fillRoundedRect(
      0,
      0,
      this.boxWidth,
      this.boxHeight,
      card.radius,
    );
    if (node.onRoute)
      bg.lineStyle(layout.stroke.medium, hex(PALETTE.brass)).strokeRoundedRect(
        layout.stroke.medium / 2,
        layout.stroke.medium / 2,
        this.boxWidth - layout.stroke.medium,
        this.boxHeight - layout.stroke.medium,
        card.radius,
      );
    else if (node.onEarlier)
      dashedRect(
        bg,
        0,
        0,
        this.boxWidth,
        this.boxHeight,
        layout.stroke.thin,
        hex(PALETTE.imaginedLine),
        layout.dash,
      );
    else
      bg.lineStyle(layout.stroke.hair, hex(PALETTE.inkLine)).strokeRoundedRect(
        0,
        0,
        this.boxWidth,
        this.boxHeight,
        card.radius,
      );
    if (node.onHistorical)
      bg.fillStyle(hex(PALETTE.up)).fillRect(
        card.radius,
        0,
        this.boxWidth - 2 * card.radius,
        layout.space.xs,
      );
    this.addAt(bg, 0);
  }
}

/** Steps the font down while a single word is wider than the line (narrow map columns), so
 * no word is ever split. */
function fitWords(
  t: Phaser.GameObjects.Text,
  width: number,
  layout: Layout,
): Phaser.GameObjects.Text {
  const words = t.text.split(/\s+/);
  const widest = () => Math.max(...words.map((w) => t.context.measureText(w).width));
  let size = Number.parseFloat(String(t.style.fontSize));
  while (widest() > width && size > layout.minLabelFont) {
    size = Math.max(layout.minLabelFont, size - layout.space.hair);
    t.setFontSize(size);
  }
  return t;
}
