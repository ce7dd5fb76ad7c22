import { describe, expect, it } from 'vitest';
import { applyEffects, holds, initialTimeline } from '../../src/story/timeline.ts';

const meters = [
  { id: 'funding', label: 'l', description: 'd', initial: 20 },
  { id: 'talent', label: 'l', description: 'd', initial: 90 },
];

describe('timeline', () => {
  it('starts every meter at its initial value with no flags', () => {
    expect(initialTimeline(meters)).toEqual({ meters: { funding: 20, talent: 90 }, flags: [] });
  });

  it('adds, sets and clamps meters to 0..100', () => {
    const t = applyEffects(initialTimeline(meters), [
      { op: 'add', meter: 'funding', value: -50 },
      { op: 'add', meter: 'talent', value: 30 },
    ]);
    expect(t.meters).toEqual({ funding: 0, talent: 100 });
    expect(applyEffects(t, [{ op: 'set', meter: 'funding', value: 140 }]).meters.funding).toBe(100);
  });

  it('sets and clears flags without duplicates, sorted', () => {
    let t = initialTimeline(meters);
    t = applyEffects(t, [
      { op: 'flag', flag: 'zeta', value: true },
      { op: 'flag', flag: 'alpha', value: true },
      { op: 'flag', flag: 'zeta', value: true },
    ]);
    expect(t.flags).toEqual(['alpha', 'zeta']);
    expect(applyEffects(t, [{ op: 'flag', flag: 'alpha', value: false }]).flags).toEqual(['zeta']);
  });

  it('does not mutate the timeline it was given', () => {
    const t = initialTimeline(meters);
    applyEffects(t, [
      { op: 'add', meter: 'funding', value: 5 },
      { op: 'flag', flag: 'x', value: true },
    ]);
    expect(t).toEqual({ meters: { funding: 20, talent: 90 }, flags: [] });
  });

  it('evaluates flag, not, all, any and meter conditions', () => {
    const t = { meters: { funding: 40 }, flags: ['big'] };
    expect(holds(undefined, t)).toBe(true);
    expect(holds({ flag: 'big' }, t)).toBe(true);
    expect(holds({ not: { flag: 'big' } }, t)).toBe(false);
    expect(holds({ all: [{ flag: 'big' }, { meter: 'funding', gte: 40 }] }, t)).toBe(true);
    expect(holds({ all: [{ flag: 'big' }, { meter: 'funding', gte: 41 }] }, t)).toBe(false);
    expect(holds({ any: [{ flag: 'small' }, { meter: 'funding', lte: 40 }] }, t)).toBe(true);
    expect(holds({ any: [{ flag: 'small' }, { meter: 'funding', lte: 39 }] }, t)).toBe(false);
    expect(holds({ meter: 'funding', gte: 30, lte: 50 }, t)).toBe(true);
    expect(holds({ meter: 'unknown', gte: 1 }, t)).toBe(false);
  });
});
