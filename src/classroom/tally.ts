/**
 * The class's show of hands: what the teacher typed for each option, checked entry by entry,
 * and the rule that turns a valid tally into the class's choice. Pure; the words of every
 * message are locale lines (`presenter.tally.error.<code>`), so they exist in every language.
 */

/** More hands than any classroom holds: a typo (an extra digit), not a count. */
export const MAX_HANDS = 999;

/** Why one entry is not a count. */
export const TALLY_ERRORS = ['empty', 'negative', 'decimal', 'notNumber', 'tooLarge'] as const;
export type TallyError = (typeof TALLY_ERRORS)[number];

export type TallyEntry =
  | { readonly ok: true; readonly hands: number }
  | { readonly ok: false; readonly error: TallyError };

/**
 * One entry as typed. Full-width digits (a Japanese keyboard's) count as digits; anything but a
 * whole number from 0 to MAX_HANDS is refused with the reason a teacher can act on.
 */
export function parseHands(raw: string): TallyEntry {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (/^[-−]\s*\d+(?:[.,]\d*)?$/.test(text)) return { ok: false, error: 'negative' };
  if (/^\d*[.,]\d+$|^\d+[.,]$/.test(text)) return { ok: false, error: 'decimal' };
  if (!/^\d+$/.test(text)) return { ok: false, error: 'notNumber' };
  const hands = Number(text);
  if (hands > MAX_HANDS) return { ok: false, error: 'tooLarge' };
  return { ok: true, hands };
}

/** The whole tally: each option's entry, and a problem with the tally as a whole. */
export interface TallyCheck {
  readonly entries: Readonly<Record<string, TallyEntry>>;
  /** `allZero`: no hand was counted, so there is nothing to decide by. */
  readonly problem: 'allZero' | null;
  /** The counts, when every entry is good and the tally as a whole is too. */
  readonly hands: Readonly<Record<string, number>> | null;
}

/** Checks every option's entry (an option with nothing typed is `empty`). */
export function checkTally(
  options: readonly string[],
  raw: Readonly<Record<string, string>>,
): TallyCheck {
  const entries: Record<string, TallyEntry> = {};
  const hands: Record<string, number> = {};
  let bad = false;
  for (const option of options) {
    const entry = parseHands(raw[option] ?? '');
    entries[option] = entry;
    if (entry.ok) hands[option] = entry.hands;
    else bad = true;
  }
  if (bad) return { entries, problem: null, hands: null };
  const allZero = options.every((o) => hands[o] === 0);
  return { entries, problem: allZero ? 'allZero' : null, hands: allZero ? null : hands };
}

/** The options with the most hands, in the options' order: one is a majority, more a tie. */
export function leaders(
  options: readonly string[],
  hands: Readonly<Record<string, number>>,
): string[] {
  const top = Math.max(...options.map((o) => hands[o] ?? 0));
  return options.filter((o) => (hands[o] ?? 0) === top);
}

/** How the class's choice was settled. `founders`: a decision the short lesson skips. */
export const DECIDED_BY = ['majority', 'tie-break', 'override', 'founders'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];
