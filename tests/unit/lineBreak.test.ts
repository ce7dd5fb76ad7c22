import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakUnits, wrapText } from '../../src/i18n/lineBreak.ts';

/** Every character one unit wide: lines are measured in characters. */
const chars = (s: string) => Array.from(s).length;

describe('line breaking', () => {
  it('breaks English at spaces and keeps words whole', () => {
    expect(wrapText('the big number won', 8, chars)).toEqual(['the big', 'number', 'won']);
  });

  it('breaks Japanese between characters', () => {
    expect(wrapText('あいうえおかきくけこ', 4, chars)).toEqual(['あいうえ', 'おかきく', 'けこ']);
  });

  it('never starts a line with closing punctuation, small kana or the long vowel mark', () => {
    // A naive break at 4 characters would start lines with 。 and ー and ）.
    expect(wrapText('あいうえ。かきくけ', 4, chars)).toEqual(['あいう', 'え。かき', 'くけ']);
    expect(wrapText('あいうメーカ', 4, chars)).toEqual(['あいう', 'メーカ']);
    expect(wrapText('あいう（YC）の', 5, chars)).toEqual(['あいう', '（YC）の']);
    expect(wrapText('あいうきゃく', 4, chars)).toEqual(['あいう', 'きゃく']);
  });

  it('never ends a line with an opening bracket', () => {
    expect(wrapText('あいう「えお」', 4, chars)).toEqual(['あいう', '「えお」']);
  });

  it('keeps Latin words and numbers inside Japanese whole', () => {
    expect(wrapText('これはOpenAIの話', 7, chars)).toEqual(['これは', 'OpenAIの', '話']);
    expect(breakUnits('約1000万ドル')).toContain('1000万');
    expect(wrapText('証言では約3800万ドルです', 9, chars)).toEqual([
      '証言では約',
      '3800万ドルです',
    ]);
  });

  it('breaks headings between words, never inside one', () => {
    expect(wrapText('創業者たちのジレンマ', 8, chars, true)).toEqual(['創業者たちの', 'ジレンマ']);
    expect(wrapText('創業者たちのジレンマ', 8, chars)).toEqual(['創業者たちのジレ', 'ンマ']);
  });

  it('keeps the given line breaks and splits a word wider than the line', () => {
    expect(wrapText('ab\ncd', 10, chars)).toEqual(['ab', 'cd']);
    expect(wrapText('abcdefgh', 3, chars)).toEqual(['abc', 'def', 'gh']);
  });

  it('loses no character and overflows no line, whatever the text', () => {
    const alphabet = fc.constantFrom(...Array.from('あ漢カ。、「」（）ーッA b1 '));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }),
        fc.integer({ min: 2, max: 12 }),
        (cs, width) => {
          const text = cs.join('');
          const lines = wrapText(text, width, chars);
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
