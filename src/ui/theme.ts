/**
 * The visual identity: one palette, one set of font stacks, depths and durations. A case file
 * on a boardroom table: dark ink, paper evidence cards for the record, dashed blue cards for
 * what the game imagines, brass for instruments and actions. Phaser-free, so the text layer's
 * CSS and the tests can read it too.
 *
 * Contrast (WCAG 2.x relative luminance): every text colour below is at least 6.6:1 on the
 * background it is drawn on (lowest: stamp on paper 6.7, muted on raised ink 7.9, link on paper
 * 7.4), so AA holds with room to spare on washed-out projectors. The high-contrast palette
 * raises text to at least 10:1 and outlines to at least 7:1 (tests/unit/theme.test.ts).
 */
import type { Locale } from '../i18n/translate.ts';

/** Colours as CSS hex strings; `hex()` turns one into the number Phaser's Graphics wants. */
const STANDARD = {
  /** Table top: the page background. */
  ink: '#12161c',
  /** Raised surfaces on ink: the HUD, panels, choice buttons. */
  inkRaised: '#1b222c',
  inkHover: '#253040',
  /** Rules, tracks and outlines on ink. */
  inkLine: '#3a4656',
  text: '#ece6d9',
  textMuted: '#aeb7c4',
  /** Brass: instruments, primary actions, the current date. */
  brass: '#e3b662',
  brassHover: '#f2cd86',
  onBrass: '#12161c',
  /** Evidence cards ("On the record"). */
  paper: '#f2ead9',
  paperEdge: '#cdbf9f',
  paperText: '#231d16',
  paperMuted: '#584c3e',
  stamp: '#97281c',
  link: '#1d4a86',
  /** Imagined cards ("Imagined: not what happened"). */
  imagined: '#172130',
  imaginedLine: '#8fb4e3',
  imaginedText: '#e4ebf4',
  /** Meter movement: the sign is always written too, colour is never the only cue. */
  up: '#8fd9a6',
  down: '#ffa394',
  /** The manila folder of the title's case file (drawing only, never behind text). */
  folder: '#b8955a',
  folderEdge: '#8f7142',
} as const;

export type Palette = { readonly [K in keyof typeof STANDARD]: string };

/** The high-contrast setting: white text, black on white paper, bright outlines everywhere. */
const HIGH_CONTRAST: Palette = {
  ink: '#000000',
  inkRaised: '#0c0f14',
  inkHover: '#1f2a3a',
  inkLine: '#c9d2de',
  text: '#ffffff',
  textMuted: '#e3e8ef',
  brass: '#ffd27a',
  brassHover: '#ffe4ad',
  onBrass: '#000000',
  paper: '#ffffff',
  paperEdge: '#3d3322',
  paperText: '#000000',
  paperMuted: '#2e271e',
  stamp: '#7d1509',
  link: '#0a3470',
  imagined: '#050a12',
  imaginedLine: '#b7d3f7',
  imaginedText: '#ffffff',
  up: '#a8f5c0',
  down: '#ffc2b8',
  folder: '#d9b26a',
  folderEdge: '#5b4526',
};

/**
 * The palette in use. Both renderers read it when they draw, so switching the contrast setting
 * swaps its values in place (`usePalette`) and redraws; nothing keeps a copy.
 */
export const PALETTE: Palette = { ...STANDARD };

export function usePalette(highContrast: boolean): void {
  Object.assign(PALETTE, highContrast ? HIGH_CONTRAST : STANDARD);
}

/** Both palettes, for the contrast tests. */
export const PALETTES = { standard: STANDARD, high: HIGH_CONTRAST } as const;

/** `'#12161c'` → `0x12161c`, for Phaser Graphics and Rectangle fills. */
export function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}

const CJK = '"Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", "Meiryo"';

export interface FontStacks {
  readonly sans: string;
  /** Dates, tags and labels: the typewriter of the case file. */
  readonly mono: string;
  /** Exact quotes. */
  readonly serif: string;
}

/** System font stacks only: the game never fetches a font. */
export const FONTS: FontStacks = {
  sans: `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, ${CJK}, sans-serif`,
  mono: `ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", ${CJK}, monospace`,
  serif: `Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", ${CJK}, serif`,
};

/**
 * Japanese text: Japanese fonts first, so kanji take their Japanese forms (not a Chinese font's)
 * and Latin words inside Japanese use the Japanese font's matching Latin. Hiragino (macOS, iOS),
 * BIZ UD / Yu Gothic UI / Meiryo (Windows), Noto Sans CJK JP (ChromeOS, Android, Linux).
 */
const JA_SANS =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "BIZ UDPGothic", "Yu Gothic UI", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif';
export const FONTS_JA: FontStacks = {
  sans: JA_SANS,
  mono: `"BIZ UDGothic", "Osaka-Mono", "MS Gothic", "Noto Sans Mono CJK JP", ${JA_SANS}, monospace`,
  serif: `"Hiragino Mincho ProN", "BIZ UDPMincho", "Yu Mincho", "Noto Serif CJK JP", serif`,
};

/** The font stacks for text in `locale`. */
export function fontsFor(locale: Locale): FontStacks {
  return locale === 'ja' ? FONTS_JA : FONTS;
}

/** Draw order within a page scene (scenes themselves stack in the order game.ts lists them). */
export const DEPTH = {
  content: 10,
  scrollbar: 20,
} as const;

/** Milliseconds. Short: the game is read, not watched. */
export const DURATION = {
  scroll: 220,
  fadeIn: 160,
  /** A new page (a scene transition): it fades in as it rises into place. */
  pageIn: 220,
  /** "What really happened": its cards arrive one after another. */
  cardIn: 320,
  cardStagger: 110,
  meterSweep: 450,
  /** The meter's "+20" tag popping up beside the value. */
  deltaIn: 280,
  /** One era's music bed handing over to the next (and fading in from silence). */
  musicCrossfade: 2500,
  /** The title's stamp landing on the case file, after the page has faded in. */
  stampDelay: 350,
  stamp: 320,
  /** The canvas note that autosave stopped working: long enough to read, then it fades. */
  saveAlertHold: 12000,
  saveAlertFade: 600,
} as const;

/**
 * How fast the story types out on the canvas, in characters per second by locale: a Japanese
 * character carries about two Latin letters' worth of reading, so it types at half the rate.
 */
export const TYPING = {
  en: { slow: 35, normal: 70, fast: 140 },
  ja: { slow: 15, normal: 30, fast: 60 },
} as const;

/** How far things travel as they arrive, in CSS pixels (scenes convert with `layout.css`). */
export const TRAVEL = {
  pageRise: 10,
  cardRise: 24,
  deltaRise: 8,
} as const;

/** Opacities. */
export const ALPHA = {
  scrollbar: 0.55,
} as const;

/** The timeline rail: the years it spans (the end is exclusive). */
export const RAIL_YEARS = { first: 2015, end: 2020 } as const;
