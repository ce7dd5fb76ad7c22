/**
 * Line breaking for text drawn on the canvas, where the browser's own line breaker is not
 * available. Latin text breaks at spaces; Japanese text may break between any two characters,
 * except where the rules of Japanese typesetting (kinsoku shori, the strict set of JIS X 4051)
 * forbid it: no line starts with closing brackets, small kana, the prolonged sound mark or
 * punctuation, and no line ends with an opening bracket. Latin words and numbers inside
 * Japanese text stay whole, and so do numbers with their units (3800万, 2015年). Headings break only between words (`phrases`), as the text layer's
 * headings do with CSS `word-break: auto-phrase`.
 */

/** Characters that may not begin a line. */
const NO_START = new Set(
  Array.from(
    '、。，．,.・：；:;？！?!)]）］｝〕〉》」』】〙〗〟’”｠»' +
      'ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～…‥—―％%‰℃',
  ),
);
/** Characters that may not end a line. */
const NO_END = new Set(Array.from('([（［｛〔〈《「『【〘〖〝‘“｟«＄￥$¥＃#'));

/** Units and counters that stay with the number before them: 3800万, 2015年, 50人. */
const NUMBER_UNIT = new Set(Array.from('万億兆千百年月日時分秒人％%'));

/** Kana, ideographs, CJK punctuation and full-width forms: each one is a break opportunity. */
const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** Words of Japanese text, for headings: they break between words, never inside one. */
const words = new Intl.Segmenter('ja', { granularity: 'word' });

/** Pieces between which a line may break: words and spaces, or single Japanese characters. */
function pieces(paragraph: string, phrases: boolean): string[] {
  if (phrases) {
    const raw: string[] = [];
    for (const { segment } of words.segment(paragraph)) {
      if (/^\s+$/.test(segment) && raw.length > 0) raw[raw.length - 1] += segment;
      else raw.push(segment);
    }
    return raw;
  }
  const raw: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') raw.push(word);
    word = '';
  };
  for (const ch of paragraph) {
    if (ch === ' ' || ch === '\t') {
      if (word === '' && raw.length > 0) raw[raw.length - 1] += ch;
      else word += ch;
      flush();
    } else if (CJK.test(ch)) {
      flush();
      raw.push(ch);
    } else word += ch;
  }
  flush();
  return raw;
}

/**
 * The paragraph cut into the smallest pieces a line may end after — a Latin word with its
 * trailing spaces, or one Japanese character (a whole word with `phrases`) — joined where
 * kinsoku forbids a break.
 */
export function breakUnits(paragraph: string, phrases = false): string[] {
  const units: string[] = [];
  for (const unit of pieces(paragraph, phrases)) {
    const previous = units.at(-1);
    const first = Array.from(unit)[0] ?? '';
    const last = Array.from(previous ?? '').at(-1) ?? '';
    const glued =
      previous !== undefined &&
      !/\s$/.test(previous) &&
      (NO_START.has(first) || NO_END.has(last) || (/\d/.test(last) && NUMBER_UNIT.has(first)));
    if (glued) units[units.length - 1] = previous + unit;
    else units.push(unit);
  }
  return units;
}

/** Splits a piece too wide for any line, character by character (never returns an empty line). */
function hardSplit(unit: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of unit) {
    if (line !== '' && measure(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `text` wrapped into lines no wider than `width` as told by `measure` (the canvas's own text
 * measure); existing line breaks are kept.
 */
export function wrapText(
  text: string,
  width: number,
  measure: (s: string) => number,
  phrases = false,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const unit of breakUnits(paragraph, phrases)) {
      const candidate = line + unit;
      if (measure(candidate.trimEnd()) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line.trimEnd());
      if (measure(unit.trimEnd()) <= width) line = unit;
      else {
        const pieces = hardSplit(unit.trimEnd(), width, measure);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
