/**
 * The optional countdown: a start time and a length, read against the clock. It never decides
 * anything; when it runs out the screen only says so.
 */
import type { Translate } from '../i18n/translate.ts';
import type { ClassroomContext } from './events.ts';
import type { CountdownView } from './presenterTypes.ts';

/** Lengths offered at set-up, in seconds. */
export const COUNTDOWN_LENGTHS = [30, 60, 120, 180, 300] as const;

/** "2:05" from seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Whole seconds left (0 when up), or null when the countdown is not running. */
export function secondsLeft(ctx: ClassroomContext, now: number): number | null {
  if (ctx.countdownStartedAt === null) return null;
  return Math.max(0, Math.ceil(ctx.countdown.seconds - (now - ctx.countdownStartedAt) / 1000));
}

/** The countdown as the screen shows it; null when the teacher did not ask for one. */
export function countdownView(
  ctx: ClassroomContext,
  now: number,
  p: Translate,
): CountdownView | null {
  if (!ctx.countdown.enabled) return null;
  const left = secondsLeft(ctx, now);
  const up = left === 0;
  const startLabel = p('countdown.start', { time: clock(ctx.countdown.seconds) });
  return {
    running: left !== null,
    up,
    text:
      left === null
        ? startLabel
        : up
          ? p('countdown.up')
          : p('countdown.left', { time: clock(left) }),
    startLabel,
    stopLabel: p('countdown.stop'),
  };
}
