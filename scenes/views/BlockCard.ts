/**
 * One text block as a card whose look says what it is: a paper evidence card with a stamp for
 * the record (with its exact quotes and source links), a dashed blue card for what the game
 * imagines, a brass-ruled note for a question to think about. The card measures its wrapped
 * text, so its height always fits its words.
 */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { BlockView, QuoteView, SourceView } from '../../src/view/types.ts';
import { Button } from './Button.ts';
import { dashedRect } from './draw.ts';
import { addText, caps, type TextKind } from './typography.ts';

/** Interface words the card shows beside the content (from ui.json, via the scene). */
export interface CardLabels {
  readonly sources: string;
  readonly unverified: string;
}

export interface CardOptions {
  readonly labels: CardLabels;
  readonly openLink: (url: string) => void;
  readonly allowPress: () => boolean;
}

/** Read from the palette when a card is made, so a contrast change shows on the next draw. */
const inks = () => ({
  history: { body: PALETTE.paperText, muted: PALETTE.paperMuted, tag: PALETTE.stamp },
  counterfactual: {
    body: PALETTE.imaginedText,
    muted: PALETTE.imaginedText,
    tag: PALETTE.imaginedLine,
  },
  prompt: { body: PALETTE.text, muted: PALETTE.textMuted, tag: PALETTE.brass },
  guide: { body: PALETTE.text, muted: PALETTE.textMuted, tag: PALETTE.brass },
});

export class BlockCard extends Phaser.GameObjects.Container {
  readonly boxHeight: number;
  /** The card's text, and what follows it (quotes, sources): what a typewriter reveals. */
  readonly words: Phaser.GameObjects.Text;
  readonly extras: readonly Phaser.GameObjects.Components.Visible[];
  private readonly layout: Layout;
  private readonly inner: number;
  private readonly pad: number;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    block: BlockView,
    options: CardOptions,
  ) {
    super(scene, x, y);
    this.layout = layout;
    const { card, space } = layout;
    // The prompt note is indented past its rule instead of padded inside a box.
    // Prompts and the how-to-play guide are not evidence: no card around them.
    const bare = block.kind === 'prompt' || block.kind === 'guide';
    this.pad = bare ? layout.indent : card.pad;
    this.inner = width - this.pad - (bare ? 0 : card.pad);
    const ink = inks()[block.kind];
    const bg = scene.add.graphics();
    this.add(bg);

    let cy = bare ? space.xxs : card.pad;
    cy = this.tag(block, cy, ink.tag);
    this.words = addText(scene, layout, 'body', this.pad, cy, block.text, ink.body, this.inner);
    cy = this.put(this.words, cy);
    const bodyAt = this.list.length;
    for (const quote of block.quotes) cy = this.quote(quote, cy + layout.smallGap, options.labels);
    if (block.sources.length > 0) cy = this.sources(block.sources, cy + layout.smallGap, options);
    this.extras = this.list
      .slice(bodyAt)
      .filter(
        (o): o is Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible =>
          'setVisible' in o,
      );
    this.boxHeight = cy + (bare ? space.xxs : card.pad);

    if (block.kind === 'history') {
      bg.fillStyle(hex(PALETTE.paper)).fillRoundedRect(0, 0, width, this.boxHeight, card.radius);
      bg.lineStyle(card.line, hex(PALETTE.paperEdge)).strokeRoundedRect(
        0,
        0,
        width,
        this.boxHeight,
        card.radius,
      );
    } else if (block.kind === 'counterfactual') {
      bg.fillStyle(hex(PALETTE.imagined)).fillRect(0, 0, width, this.boxHeight);
      dashedRect(
        bg,
        0,
        0,
        width,
        this.boxHeight,
        card.line,
        hex(PALETTE.imaginedLine),
        layout.dash,
      );
    } else {
      bg.fillStyle(hex(PALETTE.brass)).fillRect(0, 0, layout.stroke.bar, this.boxHeight);
    }
  }

  private put(
    obj: Phaser.GameObjects.Text | Phaser.GameObjects.Container,
    y: number,
    height?: number,
  ): number {
    this.add(obj);
    return y + (height ?? (obj as Phaser.GameObjects.Text).height);
  }

  /** The kind label: a stamp on paper, a plain typed tag elsewhere. */
  private tag(block: BlockView, y: number, colour: string): number {
    const { space, stroke, stamp } = this.layout;
    const label = addText(
      this.scene,
      this.layout,
      'tag',
      this.pad,
      y,
      caps(this.layout, block.label),
      colour,
      this.inner,
    );
    if (block.kind === 'history') {
      const box = this.scene.add.graphics().lineStyle(stroke.thin, hex(colour));
      box.strokeRect(
        this.pad - stamp.padX,
        y - stamp.padY,
        label.width + 2 * stamp.padX,
        label.height + 2 * stamp.padY,
      );
      this.add(box);
      label.setY(y);
      return this.put(label, y) + space.lg + stamp.padY;
    }
    return this.put(label, y) + space.md;
  }

  /** The exact words; for a reader of another language, labelled, with the translation. */
  private quote(q: QuoteView, y: number, labels: CardLabels): number {
    const { space, stamp } = this.layout;
    const x = this.pad + this.layout.indent;
    const width = this.inner - this.layout.indent;
    const line = (kind: TextKind, text: string, colour: string, at: number) =>
      this.put(addText(this.scene, this.layout, kind, x, at, text, colour, width), at);
    const tr = q.translation;
    let cy = y;
    if (tr !== null) cy = line('tag', tr.originalLabel, PALETTE.paperMuted, cy) + space.xs;
    cy = line('quote', `“${q.text}”`, PALETTE.paperText, cy) + space.sm;
    if (tr !== null) {
      cy = line('tag', tr.label, PALETTE.stamp, cy + space.xs) + space.xs;
      cy = line('translation', tr.text, PALETTE.paperText, cy) + space.sm;
    }
    cy = line('small', `— ${q.attribution}`, PALETTE.paperMuted, cy);
    if (q.unverified) cy = line('small', labels.unverified, PALETTE.paperMuted, cy + space.xxs);
    const rule = this.scene.add
      .graphics()
      .fillStyle(hex(PALETTE.stamp))
      .fillRect(this.pad, y, stamp.padY, cy - y);
    this.add(rule);
    return cy;
  }

  private sources(sources: readonly SourceView[], y: number, options: CardOptions): number {
    const { space, stroke } = this.layout;
    const rule = this.scene.add
      .graphics()
      .fillStyle(hex(PALETTE.paperEdge))
      .fillRect(this.pad, y, this.inner, stroke.hair);
    this.add(rule);
    let cy = y + space.md;
    const head = addText(
      this.scene,
      this.layout,
      'tag',
      this.pad,
      cy,
      caps(this.layout, options.labels.sources),
      PALETTE.paperMuted,
    );
    cy = this.put(head, cy) + space.xxs;
    for (const s of sources) {
      const link = new Button(this.scene, this.layout, this.pad, cy, {
        label: `↗ ${s.citation.map((r) => r.text).join('')}`,
        width: this.inner,
        variant: 'link',
        hug: true,
        onPress: () => options.openLink(s.url),
        allowPress: options.allowPress,
      });
      cy = this.put(link, cy, link.boxHeight);
    }
    return cy;
  }
}
