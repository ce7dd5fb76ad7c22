/**
 * The game's sound: the one module that imports howler. Cues are played only after the first
 * user gesture (Howler would otherwise queue them and play them all at once on unlock), never
 * when muted, and a file that fails to load or play is simply skipped: sound is never needed to
 * play. The mute choice is kept in the browser.
 */
import { Howl } from 'howler';
import type { Cue } from '../machine/events.ts';
import { safeGet, safeSet, type StorageLike } from '../persistence/storage.ts';
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

/** Quiet by default: the game is read aloud in classrooms over these. */
const VOLUME = 0.5;
export const MUTE_KEY = 'founders-dilemma.muted';

export interface Sound {
  play(cue: Cue): void;
  isMuted(): boolean;
  setMuted(muted: boolean): void;
}

/** The sound of the game; `storage` remembers the mute choice (null: not remembered). */
export function createSound(storage: StorageLike | null): Sound {
  let muted = safeGet(storage, MUTE_KEY) === 'true';
  let unlocked = false;
  const howls = new Map<Cue, Howl>();
  const broken = new Set<Cue>();

  const unlock = () => {
    unlocked = true;
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  // Capture phase: the gesture that starts the game also plays its first cue.
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);

  const howl = (cue: Cue): Howl => {
    let h = howls.get(cue);
    if (h === undefined) {
      h = new Howl({
        src: [FILES[cue]],
        format: ['wav'],
        volume: VOLUME,
        onloaderror: () => broken.add(cue),
        onplayerror: () => broken.add(cue),
      });
      howls.set(cue, h);
    }
    return h;
  };

  return {
    play(cue) {
      if (!unlocked || muted || broken.has(cue)) return;
      try {
        howl(cue).play();
      } catch {
        broken.add(cue);
      }
    },
    isMuted: () => muted,
    setMuted(value) {
      muted = value;
      safeSet(storage, MUTE_KEY, String(value));
      if (value) howls.forEach((h) => h.stop());
    },
  };
}
