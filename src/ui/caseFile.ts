/**
 * The title's illustration, as data: a case file on the table — an open manila folder, a memo
 * with redacted lines held by a paper clip, an email printout with a quoted line, a stamp dated
 * 2015 → 2019 and an index card carrying the game's timeline rail. Drawn in code for this
 * project (scenes/views/CaseFileArt.ts) in the palette's colours, so it follows the high-contrast
 * setting and costs no download; nothing in it is copied or photographed (see
 * assets/art/PROVENANCE.md).
 *
 * Coordinates are in a 960×330 design box; each sheet is drawn rotated by `angle` degrees about
 * its centre (cx, cy). Phaser-free.
 */
import type { Layout } from './layout.ts';
import type { Palette } from './theme.ts';

type Colour = keyof Palette;

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: Colour; alpha?: number }
  /** A drop shadow: black, see-through. */
  | { kind: 'shadow'; x: number; y: number; w: number; h: number }
  | { kind: 'frame'; x: number; y: number; w: number; h: number; line: Colour; weight: number }
  | { kind: 'dot'; x: number; y: number; r: number; fill: Colour }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; line: Colour; weight: number }
  /** A closed polygon, as x, y pairs. */
  | { kind: 'poly'; points: readonly number[]; fill: Colour }
  /** A paper clip standing on (x, y), `h` tall. */
  | { kind: 'clip'; x: number; y: number; h: number; line: Colour; weight: number }
  /** A year (four digits: decoration, so the text layer need not repeat it), centred on (x, y). */
  | { kind: 'year'; x: number; y: number; text: string; size: number; fill: Colour };

export interface Sheet {
  readonly cx: number;
  readonly cy: number;
  readonly angle: number;
  readonly shapes: readonly Shape[];
  /** The stamp lands a moment after the page appears (unless motion is reduced). */
  readonly stamp?: boolean;
}

const rect = (x: number, y: number, w: number, h: number, fill: Colour, alpha?: number): Shape =>
  alpha === undefined
    ? { kind: 'rect', x, y, w, h, fill }
    : { kind: 'rect', x, y, w, h, fill, alpha };
/** Lines of typed text, as bars: [x, y, width] each. */
const typed = (
  rows: readonly (readonly [number, number, number])[],
  h: number,
  fill: Colour,
  alpha = 1,
) => rows.map(([x, y, w]) => rect(x, y, w, h, fill, alpha));

const FOLDER: Sheet = {
  cx: 336,
  cy: 170,
  angle: -4,
  shapes: [
    { kind: 'shadow', x: 74, y: 72, w: 540, h: 236 },
    {
      kind: 'poly',
      points: [66, 62, 216, 62, 234, 40, 354, 40, 372, 62, 606, 62, 606, 298, 66, 298],
      fill: 'folder',
    },
    { kind: 'line', x1: 66, y1: 62, x2: 606, y2: 62, line: 'folderEdge', weight: 2 },
    rect(252, 46, 90, 6, 'folderEdge'),
    rect(84, 270, 200, 5, 'folderEdge', 0.6),
  ],
};

const MEMO: Sheet = {
  cx: 277,
  cy: 169,
  angle: 2.5,
  shapes: [
    { kind: 'shadow', x: 118, y: 48, w: 330, h: 258 },
    rect(112, 40, 330, 258, 'paper'),
    { kind: 'frame', x: 112, y: 40, w: 330, h: 258, line: 'paperEdge', weight: 2 },
    rect(136, 66, 70, 7, 'paperText'),
    ...typed(
      [
        [136, 82, 120],
        [136, 94, 96],
      ],
      5,
      'paperText',
      0.55,
    ),
    rect(136, 108, 282, 1.5, 'paperMuted'),
    ...typed(
      [
        [136, 122, 270],
        [136, 136, 240],
        [136, 164, 262],
        [136, 192, 150],
        [136, 220, 276],
        [136, 234, 198],
        [136, 262, 120],
      ],
      5,
      'paperMuted',
      0.7,
    ),
    // Redactions: the ink of the table.
    ...typed(
      [
        [136, 147, 190],
        [290, 175, 118],
        [136, 203, 230],
        [266, 245, 140],
      ],
      11,
      'ink',
    ),
    { kind: 'clip', x: 392, y: 22, h: 60, line: 'textMuted', weight: 3.5 },
  ],
};

const EMAIL: Sheet = {
  cx: 620,
  cy: 170,
  angle: -3,
  shapes: [
    { kind: 'shadow', x: 476, y: 60, w: 300, h: 236 },
    rect(470, 52, 300, 236, 'paper'),
    { kind: 'frame', x: 470, y: 52, w: 300, h: 236, line: 'paperEdge', weight: 2 },
    // From, To, Date: a label and its value.
    ...typed(
      [
        [492, 76, 34],
        [492, 92, 22],
        [492, 108, 40],
      ],
      6,
      'paperText',
    ),
    ...typed(
      [
        [534, 76, 120],
        [534, 92, 150],
        [534, 108, 86],
      ],
      6,
      'paperText',
      0.5,
    ),
    rect(492, 126, 256, 1.5, 'paperMuted'),
    // A quote, with the red rule the game gives exact quotes.
    rect(492, 142, 4, 40, 'stamp'),
    ...typed(
      [
        [506, 146, 220],
        [506, 160, 180],
        [506, 174, 120],
      ],
      6,
      'paperText',
      0.8,
    ),
    ...typed(
      [
        [492, 200, 250],
        [492, 214, 232],
        [492, 228, 160],
      ],
      5,
      'paperMuted',
      0.6,
    ),
  ],
};

const STAMP: Sheet = {
  cx: 560,
  cy: 251,
  angle: -9,
  stamp: true,
  shapes: [
    { kind: 'frame', x: 468, y: 222, w: 184, h: 58, line: 'stamp', weight: 4 },
    { kind: 'frame', x: 476, y: 230, w: 168, h: 42, line: 'stamp', weight: 1.5 },
    { kind: 'year', x: 522, y: 251, text: '2015', size: 21, fill: 'stamp' },
    { kind: 'line', x1: 551, y1: 251, x2: 569, y2: 251, line: 'stamp', weight: 3 },
    { kind: 'poly', points: [569, 245, 577, 251, 569, 257], fill: 'stamp' },
    { kind: 'year', x: 603, y: 251, text: '2019', size: 21, fill: 'stamp' },
  ],
};

const CARD: Sheet = {
  cx: 845,
  cy: 228,
  angle: 4,
  shapes: [
    { kind: 'shadow', x: 765, y: 183, w: 170, h: 104 },
    rect(760, 176, 170, 104, 'inkRaised'),
    { kind: 'frame', x: 760, y: 176, w: 170, h: 104, line: 'inkLine', weight: 2 },
    { kind: 'line', x1: 778, y1: 236, x2: 912, y2: 236, line: 'inkLine', weight: 3 },
    { kind: 'line', x1: 778, y1: 236, x2: 868, y2: 236, line: 'brass', weight: 4 },
    { kind: 'dot', x: 790, y: 236, r: 4, fill: 'brass' },
    { kind: 'dot', x: 812, y: 236, r: 4, fill: 'brass' },
    { kind: 'dot', x: 838, y: 236, r: 4, fill: 'brass' },
    { kind: 'dot', x: 868, y: 236, r: 8, fill: 'brass' },
    { kind: 'dot', x: 868, y: 236, r: 3.5, fill: 'inkRaised' },
    { kind: 'dot', x: 890, y: 236, r: 4, fill: 'textMuted' },
    { kind: 'dot', x: 904, y: 236, r: 4, fill: 'textMuted' },
    rect(778, 196, 60, 7, 'brass'),
    rect(778, 254, 118, 5, 'textMuted', 0.6),
  ],
};

export const CASE_FILE = {
  width: 960,
  height: 330,
  /** Back to front. */
  sheets: [FOLDER, MEMO, EMAIL, CARD, STAMP] as readonly Sheet[],
  /** Opacity of a drop shadow. */
  shadow: 0.32,
  /** The stamp drops from this scale onto the page. */
  stampFrom: 1.35,
} as const;

/**
 * The illustration is never taller than this share of the screen, so the title and Start stay in
 * view: less on landscape screens, which are short for their width.
 */
const MAX_SCREEN_SHARE = { portrait: 0.24, landscape: 0.16 } as const;

/** The size of the illustration at the top of a column `columnWidth` wide. */
export function caseFileSize(
  layout: Layout,
  columnWidth: number,
): { width: number; height: number } {
  const aspect = CASE_FILE.width / CASE_FILE.height;
  const share = MAX_SCREEN_SHARE[layout.portrait ? 'portrait' : 'landscape'];
  const width = Math.round(Math.min(columnWidth, layout.height * share * aspect));
  return { width, height: Math.round(width / aspect) };
}
