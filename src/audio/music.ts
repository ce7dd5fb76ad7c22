/**
 * The music: one looping bed per era of the story, crossfading when the era changes. A bed is
 * fetched only when it is first wanted (after the player's first gesture, so the title never
 * waits on it), pauses while the tab is hidden, and stops at volume zero or on mute. A bed that
 * fails to load or play is left out for the rest of the visit: the game never needs it.
 */
import { Howl } from 'howler';
import type { ProgressView } from '../view/types.ts';
import early from '../../assets/audio/music-2015-16.mp3';
import middle from '../../assets/audio/music-2017.mp3';
import late from '../../assets/audio/music-2018-19.mp3';
import LOOPS from '../../assets/audio/music-loops.json';

export type Era = ProgressView['era'];

const TRACKS: Readonly<Record<Era, string>> = { '2015-16': early, '2017': middle, '2018-19': late };
/** The sprite that loops: the bed's exact span, past the MP3's leading delay (make-music.js). */
const LOOP = 'loop';

/** What decides whether and what the music plays; `MusicBed.update` takes any part of it. */
export interface MusicState {
  /** The era on screen; null where no music belongs (the title). */
  readonly era: Era | null;
  /** master × music, or 0 when muted. */
  readonly volume: number;
  /** The player's first gesture has been made. */
  readonly allowed: boolean;
  readonly hidden: boolean;
}

interface Playing {
  readonly era: Era;
  readonly howl: Howl;
  readonly id: number;
  paused: boolean;
  /** The volume it was last set or faded to. */
  level: number;
}

export class MusicBed {
  private state: MusicState = { era: null, volume: 0, allowed: false, hidden: false };
  private current: Playing | null = null;
  private readonly howls = new Map<Era, Howl>();
  private readonly broken = new Set<Era>();

  /** `crossfade`: milliseconds one bed takes to hand over to the next. */
  constructor(private readonly crossfade: number) {}

  update(change: Partial<MusicState>): void {
    this.state = { ...this.state, ...change };
    try {
      this.reconcile();
    } catch {
      // Howler can throw where audio is missing altogether; the game plays on in silence.
      if (this.current !== null) this.broken.add(this.current.era);
      this.current = null;
    }
  }

  /** The era whose bed plays now (null: none, or paused while the tab is hidden). */
  playing(): Era | null {
    return this.current !== null && !this.current.paused ? this.current.era : null;
  }

  private target(): Era | null {
    const { era, volume, allowed, hidden } = this.state;
    if (era === null || !allowed || hidden || volume <= 0 || this.broken.has(era)) return null;
    return era;
  }

  private reconcile(): void {
    const target = this.target();
    const now = this.current;
    if (now !== null && now.era === target) {
      if (now.paused) now.howl.play(now.id);
      now.paused = false;
      // Setting a volume cancels a fade in progress: only when it really changed.
      if (now.level !== this.state.volume) now.howl.volume(this.state.volume, now.id);
      now.level = this.state.volume;
      return;
    }
    if (now !== null && target === null && this.state.hidden && !this.broken.has(now.era)) {
      // Hidden: pause where it is, to go on from there when the player comes back.
      now.howl.pause(now.id);
      now.paused = true;
      return;
    }
    if (now !== null) this.release(now);
    this.current = target === null ? null : this.start(target);
  }

  private start(era: Era): Playing {
    const howl = this.load(era);
    const id = howl.play(LOOP);
    howl.fade(0, this.state.volume, this.crossfade, id);
    return { era, howl, id, paused: false, level: this.state.volume };
  }

  /** Fades a bed out and stops it; at once if the music was turned off or the bed is broken. */
  private release(old: Playing): void {
    const { howl, id } = old;
    if (this.state.volume <= 0 || old.paused || this.broken.has(old.era)) {
      howl.stop(id);
      return;
    }
    howl.once('fade', () => howl.stop(id), id);
    howl.fade(this.state.volume, 0, this.crossfade, id);
  }

  private load(era: Era): Howl {
    const known = this.howls.get(era);
    if (known !== undefined) return known;
    const fail = () => {
      this.broken.add(era);
      if (this.current?.era === era) this.update({});
    };
    const howl = new Howl({
      src: [TRACKS[era]],
      format: ['mp3'],
      // Looping only the bed itself, sample-exact: no gap of MP3 padding at the seam.
      sprite: { [LOOP]: [LOOPS[era].startMs, LOOPS[era].lengthMs, true] },
      volume: 0,
      onloaderror: fail,
      onplayerror: fail,
    });
    this.howls.set(era, howl);
    return howl;
  }
}
