/**
 * Lays out a page top to bottom in the reading column: each piece is placed at the cursor and
 * the cursor moves past its measured height, so nothing can overlap.
 */
import type Phaser from 'phaser';
import type { Layout } from '../../src/ui/layout.ts';
import { addText, type TextKind } from './typography.ts';

/** Anything with a measured height that can sit in the column. */
export type Placeable = Phaser.GameObjects.Container & { readonly boxHeight: number };

export class Column {
  y: number;
  readonly x: number;
  readonly width: number;
  private readonly marks = new Map<string, number>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly container: Phaser.GameObjects.Container,
    top: number,
  ) {
    this.y = top;
    this.x = layout.column.x;
    this.width = layout.column.width;
  }

  space(height: number): this {
    this.y += height;
    return this;
  }

  /** A wrapped text at the cursor; `gapAfter` defaults to the small gap. */
  text(
    kind: TextKind,
    text: string,
    colour: string,
    gapAfter = this.layout.smallGap,
    indent = 0,
  ): Phaser.GameObjects.Text {
    const t = addText(
      this.scene,
      this.layout,
      kind,
      this.x + indent,
      this.y,
      text,
      colour,
      this.width - indent,
    );
    this.container.add(t);
    this.y += t.height + gapAfter;
    return t;
  }

  /** A view built at (x, y) by `make`, placed at the cursor. */
  place<T extends Placeable>(
    make: (x: number, y: number, width: number) => T,
    gapAfter = this.layout.gap,
  ): T {
    const piece = make(this.x, this.y, this.width);
    this.container.add(piece);
    this.y += piece.boxHeight + gapAfter;
    return piece;
  }

  /** A vertical bar at the column's left edge, from `y` down `height` pixels. */
  bar(y: number, height: number, width: number, colour: number): void {
    this.container.add(
      this.scene.add.graphics().fillStyle(colour).fillRect(this.x, y, width, height),
    );
  }

  /** Remembers the cursor under a name, e.g. where the question starts. */
  mark(name: string): this {
    this.marks.set(name, this.y);
    return this;
  }

  markAt(name: string): number | undefined {
    return this.marks.get(name);
  }
}
