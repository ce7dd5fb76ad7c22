/** What the classroom machine hears, and what it keeps. Event names are lowercase and dotted. */
import type { SnapshotFrom } from 'xstate';
import type { StoryMachine } from '../machine/storyMachine.ts';
import type { DecidedBy } from './tally.ts';

export const LESSONS = ['full', 'short'] as const;
export type LessonKind = (typeof LESSONS)[number];

/** The optional countdown a teacher may start at a decision (off unless chosen at set-up). */
export interface CountdownSetting {
  readonly enabled: boolean;
  readonly seconds: number;
}
export const COUNTDOWN = { min: 30, max: 600, default: 120 } as const;

export type ClassroomEvent =
  | { type: 'lesson.start'; lesson: LessonKind; countdown: CountdownSetting }
  /** Right, PageDown, Space, a clicker's "next". */
  | { type: 'page.next' }
  /** Left, PageUp: back within a decision's pages; a committed vote is never undone. */
  | { type: 'page.back' }
  /** What the teacher typed for one option, kept as typed (checked on commit). */
  | { type: 'tally.set'; choice: string; value: string }
  | { type: 'tally.commit' }
  /** The teacher settles a tie, among the tied options only. */
  | { type: 'tie.break'; choice: string }
  /** First step of an override: the teacher picks another option; the screen asks to confirm. */
  | { type: 'override.ask'; choice: string }
  /** Escape or "Cancel": the class's choice stands. */
  | { type: 'override.cancel' }
  /** Second step: the teacher confirms taking the option asked for, recorded as an override. */
  | { type: 'vote.override'; choice: string }
  /** `at` is the clock time (ms) it started, so a reload keeps the time left. */
  | { type: 'countdown.start'; at: number }
  | { type: 'countdown.stop' }
  /** Jump to a discussion prompt (number keys), 0-based. */
  | { type: 'prompt.show'; index: number }
  /** Leave the lesson for a new set-up. */
  | { type: 'lesson.end' };

export type StorySnapshot = SnapshotFrom<StoryMachine>;

/** The class's vote at the current decision, once the tally is committed. */
export interface Vote {
  readonly hands: Readonly<Record<string, number>>;
  /** The options with the most hands (two or more: a tie). */
  readonly leaders: readonly string[];
  /** The class's choice; null while a tie waits for the teacher. */
  readonly choice: string | null;
  readonly decidedBy: DecidedBy;
}

/** One decision of the lesson as it was settled, for the debrief. */
export interface DecisionRecord {
  readonly decision: string;
  readonly choice: string;
  readonly decidedBy: DecidedBy;
  /** Hands per option; null for a decision the short lesson took as the founders did. */
  readonly hands: Readonly<Record<string, number>> | null;
  readonly leaders: readonly string[];
}

export interface ClassroomContext {
  readonly lesson: LessonKind;
  readonly countdown: CountdownSetting;
  /** The story machine's snapshot: it alone decides where each choice leads. */
  readonly story: StorySnapshot;
  /** Every decision settled so far, in order. */
  readonly records: readonly DecisionRecord[];
  /** Tally fields of the current decision, as typed. */
  readonly tallies: Readonly<Record<string, string>>;
  /** True after a commit was refused, so the fields show what is wrong. */
  readonly refused: boolean;
  readonly vote: Vote | null;
  /** The option an override waits to be confirmed for; null when none is asked. */
  readonly overrideAsked: string | null;
  /** The discussion prompt on screen (0-based). */
  readonly prompt: number;
  readonly countdownStartedAt: number | null;
  /** Decisions just taken as the founders did, whose recaps are on screen. */
  readonly recap: readonly string[];
}

/** Tags the presenter view branches on. */
export const CLASSROOM_TAGS = {
  /** The class's choice is settled; the outcome may be shown. */
  committed: 'committed',
  /** The real outcome is on screen or has been. */
  revealed: 'revealed',
} as const;
