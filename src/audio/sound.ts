/**
 * The game's sound: the one module, with music.ts, that imports howler. Every sound plays on a
 * channel — `effects` for the cues, `music` for the era's music bed — at the level master ×
 * channel, or not at all when muted. The levels come from the settings (src/settings).
 *
 * The rules, tested in tests/unit/sound.test.ts: nothing plays before the player's first
 * gesture (Howler would otherwise queue the cues and play them all at once on unlock), and the
 * music is not even fetched before it; nothing plays while the tab is hidden; and a file that
 * fails to load, decode or play is simply skipped: sound is never needed to play.
 */
import { Howl } from 'howler';
import type { Cue } from '../machine/events.ts';
import type { Channel, SoundSettings } from '../settings/settings.ts';
import { DURATION } from '../ui/theme.ts';
import choiceUrl from '../../assets/audio/choice.mp3';
import endingUrl from '../../assets/audio/ending.mp3';
import meterUrl from '../../assets/audio/meter.mp3';
import pageUrl from '../../assets/audio/page.mp3';
import revealUrl from '../../assets/audio/reveal.mp3';
import { browserEnv, type AudioEnv } from './env.ts';
import { MusicBed, type Era } from './music.ts';

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
  /** The era on screen, whose music bed plays; null where no music belongs (the title). */
  setEra(era: Era | null): void;
  /** The era whose music plays now, or null. */
  music(): Era | null;
}

/** The volume of a sound on `bus`: master × channel, or silence when muted. */
export function gain(levels: SoundSettings, bus: Bus): number {
  return levels.muted ? 0 : HEADROOM * levels.master * levels[bus];
}

/** The sound of the game at the given levels. */
export function createSound(initial: SoundSettings, env: AudioEnv = browserEnv()): Sound {
  let levels = initial;
  let allowed = false;
  const effects = new Map<Cue, Howl>();
  const broken = new Set<Cue>();
  const music = new MusicBed(DURATION.musicCrossfade);
  music.update({ volume: gain(levels, 'music'), hidden: env.hidden() });

  env.onFirstGesture(() => {
    allowed = true;
    music.update({ allowed });
  });
  env.onVisibilityChange(() => {
    const hidden = env.hidden();
    if (hidden) effects.forEach((howl) => howl.stop());
    music.update({ hidden });
  });

  const load = (cue: Cue): Howl => {
    const known = effects.get(cue);
    if (known !== undefined) return known;
    const howl = new Howl({
      src: [FILES[cue]],
      format: ['mp3'],
      volume: gain(levels, 'effects'),
      onloaderror: () => broken.add(cue),
      onplayerror: () => broken.add(cue),
    });
    effects.set(cue, howl);
    return howl;
  };

  return {
    play(cue) {
      if (!allowed || env.hidden() || gain(levels, 'effects') === 0 || broken.has(cue)) return;
      try {
        load(cue).play();
      } catch {
        broken.add(cue);
      }
    },
    setLevels(next) {
      levels = next;
      const volume = gain(levels, 'effects');
      effects.forEach((howl) => {
        howl.volume(volume);
        if (volume === 0) howl.stop();
      });
      music.update({ volume: gain(levels, 'music') });
    },
    setEra(era) {
      music.update({ era });
    },
    music: () => music.playing(),
  };
}
