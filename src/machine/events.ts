/** What the story machine hears and what it emits. Event names are lowercase and dotted. */
import type { Timeline } from '../story/timeline.ts';

export type StoryEvent =
  | { type: 'game.start' }
  | { type: 'prologue.continue' }
  | { type: 'briefing.continue' }
  | { type: 'choice.select'; choice: string }
  | { type: 'reveal.continue' }
  | { type: 'game.restart' }
  /** Back to a decision already taken in this play-through, to choose again. */
  | { type: 'history.rewind'; decision: string };

/** Sound cues leave the machine as emitted events; main.ts hands them to the audio module. */
export const CUES = ['page', 'choice', 'reveal', 'meter', 'ending'] as const;
export type Cue = (typeof CUES)[number];
export type StoryEmitted = { type: 'cue'; cue: Cue };

/** One step of a play-through: the choice made at a decision. */
export interface PathStep {
  readonly decision: string;
  readonly choice: string;
}

export interface StoryContext {
  readonly timeline: Timeline;
  readonly path: readonly PathStep[];
  /** Where the last choice leads, resolved when it was made (the route's conditions read the
   * timeline at that moment). */
  readonly next: string | null;
  /** Routes left by rewinding in this play-through, oldest first, for comparing with the new one. */
  readonly earlierRoutes: readonly (readonly PathStep[])[];
}

/** Tags that views branch on. */
export const TAGS = {
  title: 'title',
  prologue: 'prologue',
  briefing: 'briefing',
  awaitingChoice: 'awaitingChoice',
  revealing: 'revealing',
  outcome: 'outcome',
  history: 'history',
  ending: 'ending',
  endingSummary: 'endingSummary',
  endingCompare: 'endingCompare',
  epilogue: 'epilogue',
} as const;
