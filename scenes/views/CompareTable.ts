/**
 * "Your path beside history": decision by decision, the player's choice beside the founders',
 * with the decision where the player's path left history marked. A three-column table on wide
 * screens; one stacked entry per decision on narrow ones.
 */
import Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { PALETTE, hex } from '../../src/ui/theme.ts';
import type { ComparisonRow } from '../../src/view/types.ts';
import { addText, caps, type TextKind } from './typography.ts';

export interface CompareLabels {
  readonly decision: string;
  readonly yours: string;
  readonly founders: string;
  readonly same: string;
  readonly diverged: string;
}

/** Your choice reads plain where it matches history, brass where it differs, muted where unreached. */
function yoursColour(row: ComparisonRow): string {
  if (!row.reached) return PALETTE.textMuted;
  return row.same ? PALETTE.text : PALETTE.brass;
}

export class CompareTable extends Phaser.GameObjects.Container {
  readonly boxHeight: number;
  private readonly layout: Layout;

  constructor(
    scene: Phaser.Scene,
    layout: Layout,
    x: number,
    y: number,
    width: number,
    rows: readonly ComparisonRow[],
    labels: CompareLabels,
  ) {
    super(scene, x, y);
    this.layout = layout;
    this.boxHeight = layout.compact
      ? this.stacked(width, rows, labels)
      : this.table(width, rows, labels);
  }

  private text(
    kind: TextKind,
    x: number,
    y: number,
    words: string,
    colour: string,
    width: number,
  ): Phaser.GameObjects.Text {
    const t = addText(this.scene, this.layout, kind, x, y, words, colour, width);
    this.add(t);
    return t;
  }

  /** A row's tag: where the path left history, or that it matched. Returns its bottom. */
  private tag(
    row: ComparisonRow,
    x: number,
    y: number,
    width: number,
    labels: CompareLabels,
  ): number {
    const tag = row.divergedHere
      ? { words: labels.diverged, colour: PALETTE.brass }
      : row.same
        ? { words: labels.same, colour: PALETTE.up }
        : null;
    if (tag === null) return y;
    const top = y + this.layout.space.sm;
    return top + this.text('tag', x, top, caps(this.layout, tag.words), tag.colour, width).height;
  }

  private table(width: number, rows: readonly ComparisonRow[], labels: CompareLabels): number {
    const { space, stroke } = this.layout;
    const pad = space.lg;
    const cols = [0, Math.round(width * 0.34), Math.round(width * 0.67), width];
    const cellW = (i: number) => cols[i + 1]! - cols[i]! - 2 * pad;
    const g = this.scene.add.graphics();
    this.add(g);
    let y = 0;
    const heads = [labels.decision, labels.yours, labels.founders];
    const headH = Math.max(
      ...heads.map(
        (h, i) =>
          this.text('tag', cols[i]! + pad, y, caps(this.layout, h), PALETTE.textMuted, cellW(i))
            .height,
      ),
    );
    y += headH + space.md;
    g.fillStyle(hex(PALETTE.brass)).fillRect(0, y - stroke.medium, width, stroke.medium);
    for (const row of rows) {
      const top = y;
      const date = this.text(
        'tag',
        cols[0]! + pad,
        y + pad,
        caps(this.layout, row.dateLine),
        PALETTE.brass,
        cellW(0),
      );
      const title = this.text(
        'smallStrong',
        cols[0]! + pad,
        date.y + date.height + space.xxs,
        row.title,
        PALETTE.text,
        cellW(0),
      );
      const left = this.tag(row, cols[0]! + pad, title.y + title.height, cellW(0), labels);
      const yours = this.text(
        'small',
        cols[1]! + pad,
        y + pad,
        row.yours,
        yoursColour(row),
        cellW(1),
      );
      const theirs = this.text(
        'small',
        cols[2]! + pad,
        y + pad,
        row.founders,
        PALETTE.text,
        cellW(2),
      );
      y = Math.max(left, yours.y + yours.height, theirs.y + theirs.height) + pad;
      if (row.divergedHere) {
        g.fillStyle(hex(PALETTE.inkRaised)).fillRect(0, top, width, y - top);
        g.fillStyle(hex(PALETTE.brass)).fillRect(0, top, stroke.bar, y - top);
      }
      g.fillStyle(hex(PALETTE.inkLine)).fillRect(0, y, width, stroke.hair);
    }
    this.sendToBack(g);
    return y;
  }

  private stacked(width: number, rows: readonly ComparisonRow[], labels: CompareLabels): number {
    const { space, stroke } = this.layout;
    const pad = space.lg;
    const inner = width - 2 * pad;
    const g = this.scene.add.graphics();
    this.add(g);
    let y = 0;
    for (const row of rows) {
      const top = y;
      y += pad;
      y +=
        this.text('tag', pad, y, caps(this.layout, row.dateLine), PALETTE.brass, inner).height +
        space.xxs;
      y += this.text('strong', pad, y, row.title, PALETTE.text, inner).height + space.md;
      for (const [label, words, colour] of [
        [labels.yours, row.yours, yoursColour(row)],
        [labels.founders, row.founders, PALETTE.text],
      ] as const) {
        y +=
          this.text('tag', pad, y, caps(this.layout, label), PALETTE.textMuted, inner).height +
          space.xxs;
        y += this.text('small', pad, y, words, colour, inner).height + space.sm;
      }
      y = this.tag(row, pad, y - space.sm, inner, labels) + pad;
      g.fillStyle(hex(row.divergedHere ? PALETTE.inkHover : PALETTE.inkRaised)).fillRect(
        0,
        top,
        width,
        y - top,
      );
      if (row.divergedHere) g.fillStyle(hex(PALETTE.brass)).fillRect(0, top, stroke.bar, y - top);
      y += space.md;
    }
    this.sendToBack(g);
    return y - space.md;
  }
}
