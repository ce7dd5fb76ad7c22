/**
 * The game's sound: the one module that imports howler. Every sound plays on a channel —
 * `effects` for the cues, `music` for music — at the level master × channel, or not at all when
 * muted. The game has no music tracks yet: the music channel's level is kept and applied to any
 * track played on it, so adding music needs no change to the mixing or the settings.
 *
 * Cues are played only after the first user gesture (Howler would otherwise queue them and play
 * them all at once on unlock), and a file that fails to load or play is simply skipped: sound is
 * never needed to play. The levels come from the settings (src/settings), which remember them.
 */
import { Howl } from 'howler';
import type { Cue } from '../machine/events.ts';
import type { Channel, SoundSettings } from '../settings/settings.ts';
import choiceUrl from '../../assets/audio/choice.wav';
import endingUrl from '../../assets/audio/ending.wav';
import meterUrl from '../../assets/audio/meter.wav';
import pageUrl from '../../assets/audio/page.wav';
import revealUrl from '../../assets/audio/reveal.wav';

const FILES: Readonly<Record<Cue, string>> = {
  page: pageUrl,
  choice: choiceUrl,
  reveal: revealUrl,
  meter: meterUrl,
  ending: endingUrl,
};

/** Full scale is quieter than the files: the game is read aloud in classrooms over these. */
const HEADROOM = 0.6;

type Bus = Exclude<Channel, 'master'>;

export interface Sound {
  play(cue: Cue): void;
  /** Applies the player's levels and mute, to sounds playing now and to every later one. */
  setLevels(levels: SoundSettings): void;
}

/** The volume of a sound on `bus`: master × channel, or silence when muted. */
function gain(levels: SoundSettings, bus: Bus): number {
  return levels.muted ? 0 : HEADROOM * levels.master * levels[bus];
}

/** The sound of the game at the given levels. */
export function createSound(initial: SoundSettings): Sound {
  let levels = initial;
  let unlocked = false;
  const howls = new Map<string, { readonly howl: Howl; readonly bus: Bus }>();
  const broken = new Set<string>();

  const unlock = () => {
    unlocked = true;
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  // Capture phase: the gesture that starts the game also plays its first cue.
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);

  const load = (key: string, src: string, bus: Bus): Howl => {
    const known = howls.get(key);
    if (known !== undefined) return known.howl;
    const howl = new Howl({
      src: [src],
      format: ['wav'],
      volume: gain(levels, bus),
      onloaderror: () => broken.add(key),
      onplayerror: () => broken.add(key),
    });
    howls.set(key, { howl, bus });
    return howl;
  };

  return {
    play(cue) {
      if (!unlocked || gain(levels, 'effects') === 0 || broken.has(cue)) return;
      try {
        load(cue, FILES[cue], 'effects').play();
      } catch {
        broken.add(cue);
      }
    },
    setLevels(next) {
      levels = next;
      howls.forEach(({ howl, bus }) => {
        const volume = gain(levels, bus);
        howl.volume(volume);
        if (volume === 0) howl.stop();
      });
    },
  };
}
