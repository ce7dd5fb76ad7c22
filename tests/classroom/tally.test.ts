import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HANDS, checkTally, leaders, parseHands } from '../../src/classroom/tally.ts';

describe('tally entries', () => {
  it('accepts whole numbers from 0, with spaces around and full-width digits', () => {
    expect(parseHands('0')).toEqual({ ok: true, hands: 0 });
    expect(parseHands(' 17 ')).toEqual({ ok: true, hands: 17 });
    expect(parseHands('０１２')).toEqual({ ok: true, hands: 12 });
    expect(parseHands(String(MAX_HANDS))).toEqual({ ok: true, hands: MAX_HANDS });
  });

  it('refuses each kind of bad entry with its own reason', () => {
    const error = (raw: string) => {
      const entry = parseHands(raw);
      return entry.ok ? null : entry.error;
    };
    expect(error('')).toBe('empty');
    expect(error('   ')).toBe('empty');
    expect(error('-3')).toBe('negative');
    expect(error('−2')).toBe('negative');
    expect(error('-1.5')).toBe('negative');
    expect(error('2.5')).toBe('decimal');
    expect(error('3,5')).toBe('decimal');
    expect(error('.5')).toBe('decimal');
    expect(error('4.')).toBe('decimal');
    expect(error('abc')).toBe('notNumber');
    expect(error('12a')).toBe('notNumber');
    expect(error('1e3')).toBe('notNumber');
    expect(error('+4')).toBe('notNumber');
    expect(error(String(MAX_HANDS + 1))).toBe('tooLarge');
    expect(error('99999999999999999999999')).toBe('tooLarge');
  });

  it('never throws and accepts exactly the whole numbers in range', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const entry = parseHands(raw);
        if (entry.ok) {
          expect(Number.isInteger(entry.hands)).toBe(true);
          expect(entry.hands).toBeGreaterThanOrEqual(0);
          expect(entry.hands).toBeLessThanOrEqual(MAX_HANDS);
        }
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_HANDS }), (n) => {
        expect(parseHands(String(n))).toEqual({ ok: true, hands: n });
      }),
    );
  });
});

describe('the whole tally', () => {
  const options = ['a', 'b', 'c'];

  it('gives every option its own message and no counts while any is bad', () => {
    const check = checkTally(options, { a: '3', b: '-1' });
    expect(check.entries.a).toEqual({ ok: true, hands: 3 });
    expect(check.entries.b).toEqual({ ok: false, error: 'negative' });
    expect(check.entries.c).toEqual({ ok: false, error: 'empty' });
    expect(check.hands).toBeNull();
  });

  it('refuses a tally with no hand at all', () => {
    const check = checkTally(options, { a: '0', b: '0', c: '0' });
    expect(check.problem).toBe('allZero');
    expect(check.hands).toBeNull();
  });

  it('counts a good tally, ignoring fields of options not offered', () => {
    const check = checkTally(options, { a: '3', b: '12', c: '0', x: 'junk' });
    expect(check.problem).toBeNull();
    expect(check.hands).toEqual({ a: 3, b: 12, c: 0 });
  });

  it('finds the majority, or every tied option in order', () => {
    expect(leaders(options, { a: 3, b: 12, c: 0 })).toEqual(['b']);
    expect(leaders(options, { a: 9, b: 4, c: 9 })).toEqual(['a', 'c']);
    expect(leaders(options, { a: 5, b: 5, c: 5 })).toEqual(['a', 'b', 'c']);
  });
});
