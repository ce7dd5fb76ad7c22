/**
 * View models of replaying: the branch map and the endings gallery, as plain data both
 * renderers (the Phaser map scene and the text layer) draw.
 */
import type { StoryEvent } from '../machine/events.ts';
import type { ComparisonRow } from './types.ts';

/**
 * How far the player has seen a choice: taken on this route, taken on a route left by
 * rewinding in this play-through, explored in an earlier play-through, or not yet (locked:
 * its label shows, where it leads does not).
 */
export type ChoiceMark = 'route' | 'earlier' | 'explored' | 'locked';

export interface MapChoice {
  readonly id: string;
  readonly label: string;
  readonly mark: ChoiceMark;
  /** The founders' choice at this decision. */
  readonly historical: boolean;
  /** The mark in words, e.g. "On your route". */
  readonly status: string;
  /** Titles of the nodes this choice can lead to; null while it is locked. */
  readonly leadsTo: readonly string[] | null;
}

interface MapNode {
  readonly id: string;
  readonly title: string;
  /** Index of the date band (a column of the timeline; endings are the last band). */
  readonly band: number;
  /** Position in the band, for decisions that share a date (stacked). */
  readonly stack: number;
  readonly onRoute: boolean;
  readonly onHistorical: boolean;
  /** On a route left by rewinding in this play-through. */
  readonly onEarlier: boolean;
}

export interface MapDecision extends MapNode {
  readonly kind: 'decision';
  readonly date: string;
  readonly dateLine: string;
  readonly choices: readonly MapChoice[];
  /** Taken on this route: choosing it on the map goes back there to choose again. */
  readonly reached: boolean;
  /** Where this route stands now (the decision being played or next to play). */
  readonly current: boolean;
  /** The machine event that goes back here, when reached. */
  readonly rewind: StoryEvent | null;
}

export interface MapEnding extends MapNode {
  readonly kind: 'ending';
  /** Reached in this browser, in any play-through. */
  readonly reached: boolean;
  readonly historical: boolean;
}

export interface MapLink {
  readonly from: string;
  readonly to: string;
  readonly route: boolean;
  readonly historical: boolean;
  readonly earlier: boolean;
}

export interface MapBand {
  /** "2015", or the endings column's name. */
  readonly label: string;
  readonly nodes: readonly string[];
}

/** A decision taken on this route, for "choose again". */
export interface TakenStep {
  readonly decision: string;
  readonly dateLine: string;
  readonly title: string;
  /** The choice made there. */
  readonly chosen: string;
  readonly event: StoryEvent;
}

export interface MapView {
  readonly bands: readonly MapBand[];
  /** In timeline order. */
  readonly decisions: readonly MapDecision[];
  readonly endings: readonly MapEnding[];
  readonly links: readonly MapLink[];
  /** Node ids of this route, from the first decision to where it stands. */
  readonly route: readonly string[];
  /** Node ids of the founders' route, to the historical ending. */
  readonly historical: readonly string[];
  /** Node ids of each route left by rewinding, oldest first. */
  readonly earlierRoutes: readonly (readonly string[])[];
  readonly taken: readonly TakenStep[];
  /** Your path beside history (the ending's compare page, reused on the map). */
  readonly comparison: readonly ComparisonRow[];
}

export interface GalleryEnding {
  readonly id: string;
  readonly reached: boolean;
  readonly historical: boolean;
  /** Title and one-line summary, once reached. */
  readonly title: string | null;
  readonly summary: string | null;
  /** Where it branches off the founders' route, while locked. */
  readonly hint: string | null;
}

export interface GalleryView {
  /** "4 of 7 endings". */
  readonly progress: string;
  readonly reached: number;
  readonly total: number;
  readonly endings: readonly GalleryEnding[];
}
