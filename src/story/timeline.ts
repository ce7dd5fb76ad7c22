/**
 * The player's timeline: meter values and flags, changed only by a choice's effects.
 * Pure functions of data, so the machine, the tests and the path replays all agree.
 */
import type { Condition, Effect, Meter } from '../content/schema.ts';

export const METER_MIN = 0;
export const METER_MAX = 100;

export interface Timeline {
  readonly meters: Readonly<Record<string, number>>;
  readonly flags: readonly string[];
}

/** The timeline at the start of a game: every meter at its initial value, no flags. */
export function initialTimeline(meters: readonly Meter[]): Timeline {
  return { meters: Object.fromEntries(meters.map((m) => [m.id, m.initial])), flags: [] };
}

function clamp(value: number): number {
  return Math.min(METER_MAX, Math.max(METER_MIN, value));
}

/** Applies effects in order; meters stay within 0–100 so a long run of gains cannot overflow. */
export function applyEffects(timeline: Timeline, effects: readonly Effect[]): Timeline {
  const meters = { ...timeline.meters };
  const flags = new Set(timeline.flags);
  for (const effect of effects) {
    switch (effect.op) {
      case 'add':
        meters[effect.meter] = clamp((meters[effect.meter] ?? 0) + effect.value);
        break;
      case 'set':
        meters[effect.meter] = clamp(effect.value);
        break;
      case 'flag':
        if (effect.value) flags.add(effect.flag);
        else flags.delete(effect.flag);
        break;
    }
  }
  return { meters, flags: [...flags].sort() };
}

/** True when the condition holds for the timeline. An absent condition always holds. */
export function holds(condition: Condition | undefined, timeline: Timeline): boolean {
  if (condition === undefined) return true;
  if ('flag' in condition) return timeline.flags.includes(condition.flag);
  if ('not' in condition) return !holds(condition.not, timeline);
  if ('all' in condition) return condition.all.every((c) => holds(c, timeline));
  if ('any' in condition) return condition.any.some((c) => holds(c, timeline));
  const value = timeline.meters[condition.meter] ?? 0;
  return (
    (condition.gte === undefined || value >= condition.gte) &&
    (condition.lte === undefined || value <= condition.lte)
  );
}
