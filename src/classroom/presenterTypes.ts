/** The presenter screen's view model: what the projector shows for a classroom snapshot. */
import type { BlockView } from '../view/types.ts';
import type { Debrief } from './debrief.ts';
import type { LessonKind } from './events.ts';

/** The debrief's headings and buttons (`ui.presenter.debrief.<key>`). */
export const DEBRIEF_LABELS = [
  'decision',
  'tally',
  'class',
  'how',
  'founders',
  'outcome',
  'same',
  'notFaced',
  'print',
  'csv',
  'json',
  'newLesson',
] as const;
export type DebriefLabel = (typeof DEBRIEF_LABELS)[number];

/** The override's second step: "Take … instead?", what the debrief will record, yes / cancel. */
export interface DecidedConfirm {
  /** The option asked for. */
  readonly choice: string;
  readonly question: string;
  readonly records: string;
  readonly yes: string;
  readonly no: string;
}

export interface CountdownView {
  readonly running: boolean;
  readonly up: boolean;
  /** "Time left: 1:23", "Time's up…", or the start button's label. */
  readonly text: string;
  readonly startLabel: string;
  readonly stopLabel: string;
}

export interface OptionView {
  readonly id: string;
  /** 1-based: the number key for it. */
  readonly key: number;
  readonly label: string;
}

export interface TallyFieldView extends OptionView {
  /** The field's accessible name: "Hands for option 1". */
  readonly fieldLabel: string;
  readonly value: string;
  /** Why the entry is refused, shown once a commit was tried; null when it is fine. */
  readonly error: string | null;
}

interface Base {
  readonly heading: string;
  /** Small line above the heading: the date, or the lesson. */
  readonly kicker: string;
  /** "Vote 2 of up to 5", where a decision is on screen. */
  readonly progress: string | null;
  /** The label of what Next does here; null where Next does nothing (the teacher must choose). */
  readonly next: string | null;
  /** True where Back goes somewhere. */
  readonly back: boolean;
  /** The decision on screen, on a decision's pages. */
  readonly decision?: string;
}

export type PresenterView =
  | (Base & {
      readonly screen: 'setup';
      readonly lead: string;
      readonly lessonLegend: string;
      readonly countdownLabel: string;
      readonly lengthLabel: string;
      readonly lessons: readonly { readonly kind: LessonKind; readonly label: string }[];
      readonly rationale: string;
      /** Countdown lengths offered, in seconds, with their labels. */
      readonly lengths: readonly { readonly seconds: number; readonly label: string }[];
      readonly notice: string | null;
      readonly keys: string;
    })
  | (Base & { readonly screen: 'prologue'; readonly blocks: readonly BlockView[] })
  | (Base & {
      readonly screen: 'briefing';
      readonly blocks: readonly BlockView[];
      readonly question: string;
      readonly options: readonly OptionView[];
      readonly countdown: CountdownView | null;
    })
  | (Base & {
      readonly screen: 'voting';
      readonly question: string;
      readonly lead: string;
      readonly fields: readonly TallyFieldView[];
      /** The message at the top when a commit was refused (with the whole tally's problem). */
      readonly refused: string | null;
      readonly total: string;
      readonly commit: string;
      readonly countdown: CountdownView | null;
    })
  | (Base & {
      readonly screen: 'tieBreak';
      readonly lead: string;
      readonly options: readonly (OptionView & { readonly hands: number })[];
    })
  | (Base & {
      readonly screen: 'decided';
      readonly choice: string;
      /** "12 of 24 hands (tie settled by the teacher)". */
      readonly hands: string;
      readonly decidedBy: string;
      readonly tally: readonly (OptionView & {
        readonly hands: number;
        readonly chosen: boolean;
      })[];
      readonly overrideHeading: string;
      readonly overrideLead: string;
      readonly overrides: readonly (OptionView & { readonly action: string })[];
      /** An override asked for and not yet confirmed; null otherwise. */
      readonly confirm: DecidedConfirm | null;
    })
  | (Base & {
      readonly screen: 'outcome' | 'history';
      readonly chosen: string;
      readonly blocks: readonly BlockView[];
    })
  | (Base & {
      readonly screen: 'discussion';
      readonly count: string;
      readonly index: number;
      readonly total: number;
      readonly prompt: BlockView;
    })
  | (Base & {
      readonly screen: 'recap';
      readonly lead: string;
      readonly items: readonly { readonly title: string; readonly block: BlockView }[];
    })
  | (Base & {
      readonly screen: 'ending';
      readonly historical: string | null;
      readonly blocks: readonly BlockView[];
    })
  | (Base & {
      readonly screen: 'debrief';
      readonly lead: string;
      readonly meta: string;
      readonly endingLine: string;
      readonly endingNote: string;
      readonly debrief: Debrief;
      readonly labels: Readonly<Record<DebriefLabel, string>>;
    });

export type PresenterScreen = PresenterView['screen'];
