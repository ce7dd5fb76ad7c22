/**
 * Every size a scene uses, computed from the real canvas size. The canvas is backed at device
 * pixels (see src/game.ts), so all values here are device pixels: a size written `css(n)` is
 * n CSS pixels on any screen, and text is rasterised at the screen's own resolution.
 *
 * Phaser-free: plain numbers in, plain numbers out, from a 360×640 phone to a 1920×1080
 * projector.
 */
import type { Locale } from '../i18n/translate.ts';
import type { TextSize } from '../settings/settings.ts';
import { fontsFor, type FontStacks } from './theme.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TypeScale {
  readonly title: number;
  readonly heading: number;
  readonly subheading: number;
  readonly body: number;
  readonly quote: number;
  readonly small: number;
  readonly tag: number;
}

export interface HudMetrics {
  /** Dials beside the rail; level bars on the compact HUD; `line` (phones): one line, thin bar. */
  readonly meterStyle: 'dial' | 'bar' | 'line';
  /** The rail's year labels; a phone's slim HUD leaves them to the date above the marker. */
  readonly railYears: boolean;
  /** Height of the rail row on the compact HUD. */
  readonly railRow: number;
  readonly meterColumns: number;
  readonly meterRowHeight: number;
  readonly dialRadius: number;
  /** Room above a dial for its tick marks. */
  readonly dialTop: number;
  readonly barHeight: number;
  readonly pad: number;
}

/** Spacing steps (device px) for the small gaps inside views. */
export interface SpaceScale {
  readonly hair: number;
  readonly xxs: number;
  readonly xs: number;
  readonly sm: number;
  readonly md: number;
  readonly lg: number;
  readonly xl: number;
}

/** Line weights (device px). */
export interface StrokeScale {
  readonly hair: number;
  readonly thin: number;
  readonly medium: number;
  /** Accent bars: the prompt rule, the "you chose" rule, the diverged row. */
  readonly bar: number;
}

/** The player's text settings that change the layout: size and language. */
export interface Typesetting {
  readonly size: TextSize;
  readonly locale: Locale;
}

/** Body text scale of each text-size setting (the layout grows with it). */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = {
  small: 0.875,
  medium: 1,
  large: 1.2,
  xlarge: 1.45,
};

export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel (capped: see MAX_DPR). */
  readonly dpr: number;
  readonly portrait: boolean;
  /** Two-row HUD and stacked tables below this width. */
  readonly compact: boolean;
  readonly margin: number;
  /** The reading column, centred. */
  readonly column: { readonly x: number; readonly width: number };
  readonly font: TypeScale;
  /** Font stacks for the text's language. */
  readonly fonts: FontStacks;
  /** Language of the interface text, for line breaking and type styles. */
  readonly locale: Locale;
  /** Extra pixels between lines, per font size (Phaser's `lineSpacing`). */
  readonly leading: (fontSize: number) => number;
  /** Vertical rhythm: between blocks, and inside cards. */
  readonly gap: number;
  readonly smallGap: number;
  readonly space: SpaceScale;
  readonly stroke: StrokeScale;
  /** Indent of quotes, notes and the "you chose" line past their accent bar. */
  readonly indent: number;
  /** Smallest font a one-line label may shrink to before it wraps instead. */
  readonly minLabelFont: number;
  /** The brass rule under the title. */
  readonly titleRule: { readonly width: number; readonly weight: number };
  /** The box around a history card's stamp. */
  readonly stamp: { readonly padX: number; readonly padY: number };
  readonly link: { readonly minHeight: number; readonly padY: number; readonly underline: number };
  readonly rail: {
    readonly line: number;
    readonly progress: number;
    readonly tick: number;
    readonly marker: number;
    readonly hole: number;
    readonly stop: number;
  };
  readonly dial: {
    readonly track: number;
    readonly tickIn: number;
    readonly tickOut: number;
    readonly needle: number;
    readonly hub: number;
  };
  readonly card: { readonly pad: number; readonly radius: number; readonly line: number };
  readonly dash: { readonly length: number; readonly gap: number };
  readonly button: {
    readonly minHeight: number;
    readonly padX: number;
    readonly padY: number;
    readonly radius: number;
    readonly badge: number;
    readonly badgeRadius: number;
  };
  /** Height of the always-visible HUD (timeline rail, meters, menu). */
  readonly hudHeight: number;
  readonly hud: HudMetrics;
  /** Height of the bar pinned at the bottom that holds the page's main action. */
  readonly actionBarHeight: number;
  readonly scrollbar: {
    readonly width: number;
    readonly inset: number;
    readonly minThumb: number;
    /** Height of the fade that hints at more text below. */
    readonly fade: number;
  };
  /** Keyboard scroll steps. */
  readonly scrollStep: number;
  /** Pointer travel (px) after which a press becomes a drag and no longer clicks. */
  readonly dragThreshold: number;
  /** Converts CSS pixels to device pixels. */
  readonly css: (n: number) => number;
}

/** Sharper than 2× costs fill rate on phones for no visible gain in text. */
export const MAX_DPR = 2;

/** Design resolution the type scale is tuned for (a 720p projector). */
const DESIGN = { width: 1280, height: 720, portraitWidth: 720 } as const;
const COMPACT_BELOW = 980;
/** Reading measure: column width in body-font units (about 70 characters). */
const MEASURE = 36;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A safe height for one line of text of this size (glyph box plus leading). */
const lineOf = (size: number) => Math.ceil(size * 1.3);

/** Portrait screens narrower than this (CSS px) get the slim HUD (162 → 120 px at 360×640). */
const SLIM_BELOW = 480;
/** The most of a 360×640 phone's height (medium text) the slim HUD may take. */
export const HUD_SHARE_MAX = 0.2;

function hudMetrics(
  cssW: number,
  portrait: boolean,
  font: TypeScale,
  css: (n: number) => number,
  s: number,
  meters: number,
): HudMetrics {
  const count = Math.max(1, meters);
  if (cssW >= COMPACT_BELOW) {
    const dialRadius = css(Math.round(22 * s));
    const dialTop = css(8);
    const meterRowHeight = dialTop + dialRadius + css(6) + 2 * lineOf(font.small);
    return {
      meterStyle: 'dial',
      railYears: true,
      railRow: 0,
      meterColumns: count,
      meterRowHeight,
      dialRadius,
      dialTop,
      barHeight: 0,
      pad: css(6),
    };
  }
  // Label on one line, value and level bar on the next; as many columns as ~100 CSS px allow.
  const meterColumns = Math.max(1, Math.min(count, Math.floor((cssW - 24) / 104)));
  if (portrait && cssW < SLIM_BELOW) {
    const barHeight = css(5);
    return {
      meterStyle: 'line',
      railYears: false,
      // The date and the rail's marker beside the 44 px Menu button.
      railRow: Math.max(css(44), lineOf(font.small) + css(24)),
      meterColumns,
      // Label and value on one line, the bar under them, a gap before the next row.
      meterRowHeight: lineOf(font.small) + css(2) + barHeight + css(6),
      dialRadius: 0,
      dialTop: 0,
      barHeight,
      pad: css(6),
    };
  }
  const meterRowHeight = 2 * lineOf(font.small) + css(4);
  return {
    meterStyle: 'bar',
    railYears: true,
    // Date, marker and year labels, however large the text (the text-size setting).
    railRow: Math.max(css(52), lineOf(font.small) + lineOf(font.tag) + css(31)),
    meterColumns,
    meterRowHeight,
    dialRadius: 0,
    dialTop: 0,
    barHeight: css(6),
    pad: css(6),
  };
}

/**
 * The layout for a canvas of `width`×`height` device pixels at `dpr`, with `meters` meters on
 * the HUD (their number decides how many rows the compact HUD needs), in the player's text size
 * and language.
 */
export function computeLayout(
  width: number,
  height: number,
  dpr: number,
  meters: number,
  typesetting: Typesetting = { size: 'medium', locale: 'en' },
): Layout {
  const css = (n: number) => Math.round(n * dpr);
  const cssW = width / dpr;
  const cssH = height / dpr;
  const portrait = cssH > cssW;
  const s = portrait
    ? clamp(cssW / DESIGN.portraitWidth, 0.8, 1.25)
    : clamp(Math.min(cssW / DESIGN.width, cssH / DESIGN.height), 0.8, 1.5);
  const unscaled = clamp(Math.round(20 * s), 16, 30);
  const body = Math.round(unscaled * TEXT_SCALE[typesetting.size]);
  const size = (ratio: number, min: number) => css(Math.max(min, Math.round(body * ratio)));
  const font: TypeScale = {
    // The title is display type, large already: the text-size setting is for reading text.
    title: css(Math.max(34, Math.round(unscaled * 2.9))),
    heading: size(1.6, 24),
    subheading: size(1.2, 19),
    body: css(body),
    quote: size(1.05, 17),
    small: size(0.8, 14),
    tag: size(0.68, 12),
  };
  const margin = css(clamp(Math.round(cssW * 0.045), 16, 72));
  const columnWidth = Math.min(width - 2 * margin, css(body * MEASURE));
  const compact = cssW < COMPACT_BELOW;
  const hud = hudMetrics(cssW, portrait, font, css, s, meters);
  const meterRows = Math.ceil(Math.max(1, meters) / hud.meterColumns);
  const hudHeight = hud.railRow + meterRows * hud.meterRowHeight + 2 * hud.pad;
  return {
    width,
    height,
    dpr,
    portrait,
    compact,
    margin,
    column: { x: Math.round((width - columnWidth) / 2), width: columnWidth },
    font,
    fonts: fontsFor(typesetting.locale),
    locale: typesetting.locale,
    // Japanese sets looser: its characters fill the full em square.
    leading: (fontSize) => Math.round(fontSize * (typesetting.locale === 'ja' ? 0.55 : 0.38)),
    gap: css(Math.round(body * 1.1)),
    smallGap: css(Math.round(body * 0.5)),
    card: { pad: css(Math.round(body * 0.95)), radius: css(3), line: Math.max(1, css(1.5)) },
    dash: { length: css(7), gap: css(5) },
    space: {
      hair: css(1),
      xxs: css(2),
      xs: css(4),
      sm: css(6),
      md: css(8),
      lg: css(12),
      xl: css(16),
    },
    stroke: { hair: Math.max(1, css(1)), thin: css(1.5), medium: css(2), bar: css(4) },
    indent: css(16),
    minLabelFont: css(11),
    titleRule: { width: css(72), weight: css(3) },
    stamp: { padX: css(6), padY: css(3) },
    link: { minHeight: css(32), padY: css(4), underline: css(3) },
    rail: {
      line: css(2),
      progress: css(4),
      tick: css(4),
      marker: css(7),
      hole: css(3),
      stop: css(3),
    },
    dial: { track: css(5), tickIn: css(4), tickOut: css(7), needle: css(2), hub: css(3) },
    button: {
      minHeight: css(Math.max(44, Math.round(body * 2.3))),
      padX: css(Math.round(body * 0.9)),
      padY: css(Math.round(body * 0.6)),
      radius: css(6),
      badge: css(Math.round(body * 1.55)),
      badgeRadius: css(4),
    },
    hudHeight,
    hud,
    actionBarHeight: css(Math.max(44, Math.round(body * 2.3))) + 2 * css(10),
    scrollbar: { width: css(5), inset: css(4), minThumb: css(32), fade: css(36) },
    scrollStep: css(body * 3),
    dragThreshold: css(8),
    css,
  };
}

export interface HudGeometry {
  readonly bar: Rect;
  readonly rail: Rect;
  readonly menu: Rect;
  readonly meters: readonly Rect[];
}

/**
 * Where the HUD's pieces go: one row on wide screens; rail then meter rows on narrow ones.
 * `menuWidth` is the measured width of the Menu button (its label is translated).
 */
export function hudGeometry(layout: Layout, meterCount: number, menuWidth: number): HudGeometry {
  const { width, margin, css, hudHeight, hud } = layout;
  const bar = { x: 0, y: 0, width, height: hudHeight };
  const count = Math.max(1, meterCount);
  const cells = (x: number, y: number, w: number, gutter: number) => {
    const cols = hud.meterColumns;
    return Array.from({ length: count }, (_, i) => {
      // The slim HUD's last row shares out the whole width, so long labels get the room.
      const inRow = hud.meterStyle === 'line' ? Math.min(cols, count - i + (i % cols)) : cols;
      const cell = w / inRow;
      return {
        x: x + (i % cols) * cell,
        y: y + Math.floor(i / cols) * hud.meterRowHeight,
        width: cell - gutter,
        height: hud.meterRowHeight,
      };
    });
  };
  if (hud.meterStyle !== 'dial') {
    const menu = { x: width - margin - menuWidth, y: hud.pad, width: menuWidth, height: css(44) };
    const rail = {
      x: margin,
      y: hud.pad,
      width: menu.x - margin - css(16),
      height: hud.railRow - hud.pad,
    };
    return {
      bar,
      rail,
      menu,
      meters: cells(margin, hud.pad + hud.railRow, width - 2 * margin + css(14), css(14)),
    };
  }
  const menu = {
    x: width - margin - menuWidth,
    y: (hudHeight - css(44)) / 2,
    width: menuWidth,
    height: css(44),
  };
  const rail = {
    x: margin,
    y: hud.pad,
    width: Math.round((width - 2 * margin) * 0.32),
    height: hudHeight - 2 * hud.pad,
  };
  const metersX = rail.x + rail.width + css(32);
  return { bar, rail, menu, meters: cells(metersX, hud.pad, menu.x - css(16) - metersX, css(12)) };
}

/** Where a date sits on the timeline rail, 0 (start of the first year) to 1 (end of the last). */
export function railFraction(isoDate: string, first: number, end: number): number {
  const [year = first, month = 1, day = 1] = isoDate.split('-').map(Number);
  const at = year + (month - 1) / 12 + (day - 1) / 365;
  return Math.min(1, Math.max(0, (at - first) / (end - first)));
}
