/**
 * The view model: everything a screen shows, as plain data derived from a machine snapshot.
 * Phaser scenes and the accessible text layer both render this, so they can never disagree.
 */
import type { StoryEvent } from '../machine/events.ts';

/** A piece of text in one language, for lines that mix languages (a citation). */
export interface TextRun {
  readonly text: string;
  /** BCP 47 language of the run: "en", "ja". */
  readonly lang: string;
}

export interface SourceView {
  readonly id: string;
  /** Title and publisher are the source's own words, in `lang`. */
  readonly title: string;
  readonly publisher: string;
  readonly lang: string;
  /** Date and reliability note are in the reader's language. */
  readonly date: string;
  readonly url: string;
  readonly reliability: string;
  /** "Title — Publisher, date", as runs so the original-language part keeps its `lang`. */
  readonly citation: readonly TextRun[];
}

export interface QuoteView {
  /** The exact words, in their original language and spelling. */
  readonly text: string;
  /** "Elon Musk, email to Greg Brockman, cc Sam Altman, 22 Nov 2015", in the reader's language. */
  readonly attribution: string;
  /** Language of the quote's words (the originals are English). */
  readonly lang: string;
  /** True when the fact sheet asks for the wording to be checked against the court exhibits. */
  readonly unverified: boolean;
  /**
   * For a reader of another language: the quote translated, shown after the original and
   * labelled as a translation ("翻訳"); the original gets a label too ("原文（英語）").
   */
  readonly translation: {
    readonly text: string;
    readonly label: string;
    readonly originalLabel: string;
  } | null;
}

export interface BlockView {
  readonly kind: 'history' | 'counterfactual' | 'prompt' | 'guide';
  /** The on-screen label of the kind: "On the record", "Imagined", "Think about it". */
  readonly label: string;
  readonly text: string;
  readonly quotes: readonly QuoteView[];
  readonly sources: readonly SourceView[];
}

export interface ActionView {
  readonly label: string;
  readonly event: StoryEvent;
}

export interface ChoiceView extends ActionView {
  readonly id: string;
  /** 1-based: the number key that picks it. */
  readonly key: number;
}

export interface MeterView {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly value: number;
  /** Change made by the last choice (0 when none), for the HUD's movement and text. */
  readonly delta: number;
}

export interface ComparisonRow {
  readonly decision: string;
  readonly dateLine: string;
  readonly title: string;
  /** The player's choice there, or a note that the player never reached it. */
  readonly yours: string;
  readonly founders: string;
  /** False when the player's path never came to this decision. */
  readonly reached: boolean;
  readonly same: boolean;
  /** True on the first decision where the player's path left the founders'. */
  readonly divergedHere: boolean;
}

/** Position on the 2015→2019 rail. */
export interface ProgressView {
  readonly dateLine: string;
  /** ISO date (or month) of the decision, to place it on the rail. */
  readonly date: string;
  readonly era: '2015-16' | '2017' | '2018-19';
  /** Decisions taken so far. */
  readonly step: number;
}

interface ScreenBase {
  /** Heading of the screen (also the accessible page title). */
  readonly heading: string;
  /** Small line above the heading: date or section. */
  readonly kicker: string;
  readonly blocks: readonly BlockView[];
  /** The "go on" action (Enter/Space), absent where the player must choose. */
  readonly proceed: ActionView | null;
}

export type View =
  | (ScreenBase & {
      readonly screen: 'title';
      readonly tagline: string;
      /** Offered when an autosave can be restored: "Continue: Sep 2016, Microsoft's offer". */
      readonly resume: { readonly label: string; readonly detail: string } | null;
      /** The player's own game, kept aside when they opened a share link. */
      readonly resumeEarlier: { readonly label: string; readonly detail: string } | null;
      /** A message the player must see, e.g. why a damaged save could not be restored. */
      readonly notice: string | null;
    })
  | (ScreenBase & { readonly screen: 'prologue'; readonly meters: readonly MeterView[] })
  | (ScreenBase & {
      readonly screen: 'decision';
      readonly phase: 'briefing' | 'choosing';
      readonly decision: string;
      readonly question: string;
      readonly choices: readonly ChoiceView[];
      readonly meters: readonly MeterView[];
      readonly progress: ProgressView;
    })
  | (ScreenBase & {
      readonly screen: 'reveal';
      readonly phase: 'outcome' | 'history';
      readonly decision: string;
      /** "You chose: …". */
      readonly chosen: string;
      readonly meters: readonly MeterView[];
      readonly progress: ProgressView;
    })
  | (ScreenBase & {
      readonly screen: 'ending';
      readonly phase: 'summary' | 'compare' | 'epilogue';
      readonly ending: string;
      readonly historical: boolean;
      readonly comparison: readonly ComparisonRow[];
      readonly meters: readonly MeterView[];
      readonly restart: ActionView;
    });

export type Screen = View['screen'];
