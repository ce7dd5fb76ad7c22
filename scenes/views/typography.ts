/**
 * Text styles from the one type scale: every Text object in the game is made here. Wrapping
 * goes through the game's own line breaker (src/i18n/lineBreak.ts), which breaks Japanese
 * between characters under the kinsoku rules and Latin text at spaces.
 */
import type Phaser from 'phaser';
import { wrapText } from '../../src/i18n/lineBreak.ts';
import type { Layout, TypeScale } from '../../src/ui/layout.ts';
import { FONTS, type FontStacks } from '../../src/ui/theme.ts';

interface Kind {
  readonly family: keyof FontStacks;
  readonly size: keyof TypeScale;
  readonly style: 'normal' | 'bold' | 'italic';
  /** Letter spacing in CSS pixels (tags and kickers read as typed labels). */
  readonly tracking: number;
  /** Display sizes sit tighter than reading text. */
  readonly tight?: boolean;
  /** Words in their original language (English quotes): always the Latin font stacks. */
  readonly original?: boolean;
  /** Display text: wrapped between words only, so a word is never split across lines. */
  readonly phrases?: boolean;
}

const KINDS = {
  title: { family: 'sans', size: 'title', style: 'bold', tracking: 0, tight: true, phrases: true },
  heading: {
    family: 'sans',
    size: 'heading',
    style: 'bold',
    tracking: 0,
    tight: true,
    phrases: true,
  },
  subheading: { family: 'sans', size: 'subheading', style: 'bold', tracking: 0, phrases: true },
  lead: { family: 'sans', size: 'subheading', style: 'normal', tracking: 0 },
  body: { family: 'sans', size: 'body', style: 'normal', tracking: 0 },
  strong: { family: 'sans', size: 'body', style: 'bold', tracking: 0 },
  quote: { family: 'serif', size: 'quote', style: 'italic', tracking: 0, original: true },
  /** A quote's translation: upright, since Japanese type has no italic. */
  translation: { family: 'sans', size: 'quote', style: 'normal', tracking: 0 },
  small: { family: 'sans', size: 'small', style: 'normal', tracking: 0 },
  smallStrong: { family: 'sans', size: 'small', style: 'bold', tracking: 0 },
  kicker: { family: 'mono', size: 'small', style: 'bold', tracking: 1 },
  tag: { family: 'mono', size: 'tag', style: 'bold', tracking: 1.2 },
} as const satisfies Record<string, Kind>;

export type TextKind = keyof typeof KINDS;

/** The Phaser style for a kind of text, wrapped at `wrapWidth` when given. */
export function textStyle(
  layout: Layout,
  kind: TextKind,
  colour: string,
  wrapWidth?: number,
): Phaser.Types.GameObjects.Text.TextStyle {
  const k: Kind = KINDS[kind];
  const size = layout.font[k.size];
  return {
    fontFamily: (k.original === true ? FONTS : layout.fonts)[k.family],
    fontSize: `${size}px`,
    fontStyle: k.style,
    color: colour,
    lineSpacing: k.tight === true ? Math.round(layout.leading(size) / 3) : layout.leading(size),
    letterSpacing: k.tracking === 0 ? 0 : layout.css(k.tracking),
    // Italic glyphs lean past their advance width; the padding keeps them whole.
    padding: k.style === 'italic' ? { right: Math.ceil(size * 0.2) } : {},
    ...(wrapWidth === undefined
      ? {}
      : { wordWrap: { callback: wrapper(wrapWidth, k.phrases === true) } }),
  };
}

/** Phaser's word-wrap callback for lines at most `width` pixels wide. */
function wrapper(width: number, phrases = false): TextStyleWordWrapCallback {
  return (text, t) =>
    wrapText(
      text,
      width,
      (s) => t.context.measureText(s).width + s.length * t.letterSpacing,
      phrases,
    );
}

/**
 * Font metrics by CSS font: Phaser measures them for every new Text (a canvas and a
 * `measureText` each), though they depend on the font alone.
 */
const metricsByFont = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/**
 * Adds a text object at (x, y), top-left origin. Its canvas is drawn once: Phaser's Text draws
 * the text when made and again for each of padding, line spacing and letter spacing in the
 * style, so it is made empty, given those, and only then given its words.
 */
export function addText(
  scene: Phaser.Scene,
  layout: Layout,
  kind: TextKind,
  x: number,
  y: number,
  text: string,
  colour: string,
  wrapWidth?: number,
): Phaser.GameObjects.Text {
  const { padding, lineSpacing, letterSpacing, ...style } = textStyle(
    layout,
    kind,
    colour,
    wrapWidth,
  );
  const font = `${style.fontStyle ?? ''} ${String(style.fontSize)} ${style.fontFamily ?? ''}`;
  const metrics = metricsByFont.get(font);
  const t = scene.add
    .text(x, y, '', metrics === undefined ? style : { ...style, metrics })
    .setOrigin(0, 0);
  if (metrics === undefined) metricsByFont.set(font, t.style.getTextMetrics());
  Object.assign(t.padding, padding);
  t.lineSpacing = lineSpacing ?? 0;
  t.letterSpacing = letterSpacing ?? 0;
  if (text === '') t.updateText();
  else t.setText(text);
  return t;
}

/**
 * A text that must stay on one line within `maxWidth`: steps the font size down (never below
 * `minSize`), then wraps, so a long translated label is never cut.
 */
export function fitText(
  scene: Phaser.Scene,
  layout: Layout,
  kind: TextKind,
  x: number,
  y: number,
  text: string,
  colour: string,
  maxWidth: number,
  minSize: number,
): Phaser.GameObjects.Text {
  const t = addText(scene, layout, kind, x, y, text, colour);
  let size = layout.font[KINDS[kind].size];
  while (t.width > maxWidth && size > minSize) {
    size = Math.max(minSize, size - layout.space.hair);
    t.setFontSize(size);
  }
  if (t.width > maxWidth) t.setWordWrapCallback(wrapper(maxWidth));
  return t;
}

/**
 * A label in capitals, as an English case file types them; other languages keep their own
 * case, so a Latin name inside Japanese stays as written ("OpenAI", not "OPENAI").
 */
export function caps(layout: Layout, text: string): string {
  return layout.locale === 'en' ? text.toUpperCase() : text;
}
