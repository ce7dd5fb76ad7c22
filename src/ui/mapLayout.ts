/**
 * Where the branch map's cards go, from the canvas layout and the cards' measured heights.
 * Wide screens lay the timeline across (one column per date band, endings last); narrow ones
 * lay it down the page (one row per band, endings in a grid), so the map always fits the width
 * and only ever scrolls vertically. Phaser-free; device pixels like the rest of src/ui.
 */
import type { Layout, Rect } from './layout.ts';

export type MapOrientation = 'across' | 'down';

export interface MapMetrics {
  readonly orientation: MapOrientation;
  /** Between cards, and between bands. */
  readonly gutter: number;
  /** Height of the timeline axis above the columns (across) or of each band's header (down). */
  readonly axis: number;
  /** Room on the right of the cards (down) where links that skip bands run. */
  readonly lane: number;
  /** Width of a column (across). */
  readonly column: number;
  readonly marker: number;
  readonly lock: { readonly width: number; readonly height: number };
  readonly line: { readonly base: number; readonly history: number; readonly route: number };
  readonly accent: number;
}

/** A band of the map: how many cards it holds and how tall each is when `width` wide. */
export interface BandCards {
  readonly heights: readonly number[];
}

export interface MapPlacement {
  readonly cards: readonly (readonly Rect[])[];
  /** Where each band's mark sits on the axis (across) or its header line starts (down). */
  readonly marks: readonly { readonly x: number; readonly y: number }[];
  readonly height: number;
}

/** Narrowest column the across layout accepts before it turns the map down the page. */
const MIN_COLUMN = 124;
/** Narrowest ending card in the down layout's grid. */
const MIN_GRID_CARD = 150;

/** The map's measures for a map `width` wide with `bands` date bands; picks the orientation. */
export function mapMetrics(layout: Layout, width: number, bands: number): MapMetrics {
  const { css, space, stroke } = layout;
  const gutter = css(14);
  const column = (width - (bands - 1) * gutter) / Math.max(1, bands);
  const across = column >= css(MIN_COLUMN);
  return {
    orientation: across ? 'across' : 'down',
    gutter,
    axis: css(40),
    lane: across ? 0 : css(26),
    column: Math.floor(column),
    // Marks follow the map's small type, so they read beside their words at any size.
    marker: Math.max(css(4), Math.round(layout.font.small * 0.26)),
    lock: {
      width: Math.max(css(8), Math.round(layout.font.small * 0.5)),
      height: Math.max(css(10), Math.round(layout.font.small * 0.62)),
    },
    line: { base: stroke.thin, history: css(6), route: css(3) },
    accent: space.xs,
  };
}

/** The width of each card of a band, before the cards are measured. */
export function cardWidth(
  m: MapMetrics,
  width: number,
  count: number,
  endings: boolean,
  css: (n: number) => number,
): number {
  if (m.orientation === 'across') return m.column;
  const inner = width - m.lane;
  const perRow = endings
    ? Math.max(1, Math.min(count, Math.floor((inner + m.gutter) / (css(MIN_GRID_CARD) + m.gutter))))
    : Math.max(1, count);
  return Math.floor((inner - (perRow - 1) * m.gutter) / perRow);
}

/** Places every card: across, stacked in its band's column; down, in rows under a band header. */
export function placeCards(
  m: MapMetrics,
  width: number,
  bands: readonly BandCards[],
  widths: readonly number[],
): MapPlacement {
  const cards: Rect[][] = [];
  const marks: { x: number; y: number }[] = [];
  if (m.orientation === 'across') {
    let bottom = m.axis;
    bands.forEach((band, b) => {
      const x = b * (m.column + m.gutter);
      let y = m.axis;
      cards.push(
        band.heights.map((height) => {
          const rect = { x, y, width: m.column, height };
          y += height + m.gutter;
          return rect;
        }),
      );
      marks.push({ x: x + m.column / 2, y: m.axis / 2 });
      bottom = Math.max(bottom, y - m.gutter);
    });
    return { cards, marks, height: bottom };
  }
  let y = 0;
  bands.forEach((band, b) => {
    marks.push({ x: 0, y: y + m.axis / 2 });
    y += m.axis;
    const w = widths[b] ?? width;
    const perRow = Math.max(1, Math.floor((width - m.lane + m.gutter) / (w + m.gutter)));
    const rects: Rect[] = [];
    for (let i = 0; i < band.heights.length; i += perRow) {
      const row = band.heights.slice(i, i + perRow);
      const rowHeight = Math.max(...row);
      row.forEach((height, j) => rects.push({ x: j * (w + m.gutter), y, width: w, height }));
      y += rowHeight + m.gutter;
    }
    cards.push(rects);
  });
  return { cards, marks, height: y - m.gutter };
}

/** Room left and right of the map: less than the page's margin, as the map wants the width. */
export function mapSide(layout: Layout): number {
  return Math.min(layout.margin, layout.css(20));
}

/**
 * The map cards' type: a step smaller than the page's, with compact buttons (still well over
 * the 24 CSS px minimum target), so eight columns fit a laptop screen.
 */
export function mapType(layout: Layout): Layout {
  const { font, css, space } = layout;
  return {
    ...layout,
    font: {
      ...font,
      body: Math.max(css(12), Math.round(font.small * 0.9)),
      small: Math.max(css(12), Math.round(font.small * 0.9)),
      tag: Math.max(css(11), Math.round(font.tag * 0.95)),
    },
    button: { ...layout.button, minHeight: css(36), padX: space.sm, padY: space.xs },
  };
}
