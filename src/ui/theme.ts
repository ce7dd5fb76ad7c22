/**
 * The visual identity: one palette, one set of font stacks, depths and durations. A case file
 * on a boardroom table: dark ink, paper evidence cards for the record, dashed blue cards for
 * what the game imagines, brass for instruments and actions. Phaser-free, so the text layer's
 * CSS and the tests can read it too.
 *
 * Contrast (WCAG 2.x relative luminance): every text colour below is at least 6.6:1 on the
 * background it is drawn on (lowest: stamp on paper 6.7, muted on raised ink 7.9, link on paper
 * 7.4), so AA holds with room to spare on washed-out projectors.
 */

/** Colours as CSS hex strings; `hex()` turns one into the number Phaser's Graphics wants. */
export const PALETTE = {
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
} as const;

/** `'#12161c'` → `0x12161c`, for Phaser Graphics and Rectangle fills. */
export function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}

const CJK = '"Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", "Meiryo"';

/** System font stacks only: the game never fetches a font. */
export const FONTS = {
  sans: `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, ${CJK}, sans-serif`,
  /** Dates, tags and labels: the typewriter of the case file. */
  mono: `ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", ${CJK}, monospace`,
  /** Exact quotes. */
  serif: `Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", ${CJK}, serif`,
} as const;

/** Draw order within a page scene (scenes themselves stack in the order game.ts lists them). */
export const DEPTH = {
  content: 10,
  scrollbar: 20,
} as const;

/** Milliseconds. Short: the game is read, not watched. */
export const DURATION = {
  scroll: 220,
  fadeIn: 160,
  meterSweep: 450,
} as const;

/** Opacities. */
export const ALPHA = {
  scrollbar: 0.55,
} as const;

/** The timeline rail: the years it spans (the end is exclusive). */
export const RAIL_YEARS = { first: 2015, end: 2020 } as const;
