/**
 * The sound's rules, with Howler replaced by a recording fake: nothing before the first gesture
 * (not even a fetch of the music), music per era with crossfades, silence while the tab is
 * hidden, the player's levels and mute, and files that fail never breaking anything.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudioEnv } from '../../src/audio/env.ts';
import { eraOf } from '../../src/audio/era.ts';
import { createSound, gain } from '../../src/audio/sound.ts';
import type { SoundSettings } from '../../src/settings/settings.ts';
import { DURATION } from '../../src/ui/theme.ts';
import type { View } from '../../src/view/types.ts';

const fake = vi.hoisted(() => {
  interface Options {
    src: string[];
    volume?: number;
    sprite?: Record<string, [number, number, boolean?]>;
    onloaderror?: () => void;
    onplayerror?: () => void;
  }
  class FakeHowl {
    static all: FakeHowl[] = [];
    /** Set to make the next constructor throw, as Howler can where audio is missing. */
    static throwNext = false;
    readonly calls: string[] = [];
    private nextId = 1;
    private readonly onFade = new Map<number, () => void>();
    constructor(readonly options: Options) {
      if (FakeHowl.throwNext) {
        FakeHowl.throwNext = false;
        throw new Error('no audio');
      }
      FakeHowl.all.push(this);
    }
    /** A sprite's name starts a new sound; a sound's id resumes it. */
    play(which?: string | number): number {
      if (typeof which === 'number') {
        this.calls.push(`resume ${which}`);
        return which;
      }
      this.calls.push(which === undefined ? 'play' : `play ${which}`);
      return this.nextId++;
    }
    pause(id?: number) {
      this.calls.push(`pause ${id}`);
      return this;
    }
    stop(id?: number) {
      this.calls.push(`stop ${id ?? 'all'}`);
      return this;
    }
    volume(v: number, id?: number) {
      this.calls.push(`volume ${v.toFixed(2)}${id === undefined ? '' : ` ${id}`}`);
      return this;
    }
    fade(from: number, to: number, ms: number, id: number) {
      this.calls.push(`fade ${from.toFixed(2)}→${to.toFixed(2)} ${ms} ${id}`);
      return this;
    }
    once(event: string, cb: () => void, id: number) {
      if (event === 'fade') this.onFade.set(id, cb);
      return this;
    }
    /** The fades in progress end. */
    endFades() {
      const done = [...this.onFade.values()];
      this.onFade.clear();
      done.forEach((cb) => cb());
    }
    get src(): string {
      return this.options.src[0] ?? '';
    }
  }
  return { FakeHowl };
});
vi.mock('howler', () => ({ Howl: fake.FakeHowl }));
const { FakeHowl } = fake;

/** A browser stand-in: the test makes the gesture and hides the tab. */
function fakeEnv() {
  let hidden = false;
  const onGesture: (() => void)[] = [];
  const onVisibility: (() => void)[] = [];
  const env: AudioEnv = {
    onFirstGesture: (l) => void onGesture.push(l),
    hidden: () => hidden,
    onVisibilityChange: (l) => void onVisibility.push(l),
  };
  return {
    env,
    gesture: () => onGesture.splice(0).forEach((l) => l()),
    setHidden: (h: boolean) => {
      hidden = h;
      onVisibility.forEach((l) => l());
    },
  };
}

const LEVELS: SoundSettings = { master: 1, music: 0.5, effects: 1, muted: false };
const musicHowls = () => FakeHowl.all.filter((h) => h.src.includes('music-'));
const effectHowls = () => FakeHowl.all.filter((h) => !h.src.includes('music-'));
const musicGain = gain(LEVELS, 'music').toFixed(2);
const FADE = DURATION.musicCrossfade;

beforeEach(() => {
  FakeHowl.all = [];
  FakeHowl.throwNext = false;
});

describe('before the first gesture', () => {
  it('plays no cue and does not even fetch the music', () => {
    const { env } = fakeEnv();
    const sound = createSound(LEVELS, env);
    sound.setEra('2015-16');
    sound.play('choice');
    expect(FakeHowl.all).toEqual([]);
    expect(sound.music()).toBeNull();
  });

  it('starts the era’s bed on the gesture, fading in from silence, looped', () => {
    const { env, gesture } = fakeEnv();
    const sound = createSound(LEVELS, env);
    sound.setEra('2015-16');
    gesture();
    const [bed] = musicHowls();
    expect(bed?.src).toContain('music-2015-16');
    // It loops the bed's own span, past the MP3's leading delay.
    const [start, length, loop] = bed?.options.sprite?.['loop'] ?? [];
    expect(start).toBeGreaterThan(40);
    expect(start).toBeLessThan(60);
    expect(length).toBeCloseTo((12 * 4 * 60 * 1000) / 84, 0);
    expect(loop).toBe(true);
    expect(bed?.calls).toEqual(['play loop', `fade 0.00→${musicGain} ${FADE} 1`]);
    expect(sound.music()).toBe('2015-16');
  });

  it('plays nothing on the title, even after the gesture', () => {
    const { env, gesture } = fakeEnv();
    const sound = createSound(LEVELS, env);
    sound.setEra(null);
    gesture();
    expect(FakeHowl.all).toEqual([]);
  });
});

describe('after the first gesture', () => {
  function started() {
    const f = fakeEnv();
    const sound = createSound(LEVELS, f.env);
    f.gesture();
    sound.setEra('2015-16');
    return { ...f, sound };
  }

  it('plays cues at master × effects', () => {
    const { sound } = started();
    sound.play('choice');
    const [knock] = effectHowls();
    expect(knock?.src).toContain('choice');
    expect(knock?.options.volume).toBeCloseTo(gain(LEVELS, 'effects'));
    expect(knock?.calls).toEqual(['play']);
  });

  it('crossfades to the next era and stops the old bed when its fade ends', () => {
    const { sound } = started();
    sound.setEra('2017');
    const [early, middle] = musicHowls();
    expect(middle?.src).toContain('music-2017');
    expect(early?.calls.at(-1)).toBe(`fade ${musicGain}→0.00 ${FADE} 1`);
    expect(middle?.calls).toEqual(['play loop', `fade 0.00→${musicGain} ${FADE} 1`]);
    early?.endFades();
    expect(early?.calls.at(-1)).toBe('stop 1');
    expect(sound.music()).toBe('2017');
  });

  it('keeps the bed going through screens of the same era (no restart, no cut fade)', () => {
    const { sound } = started();
    sound.setEra('2015-16');
    sound.setEra('2015-16');
    expect(musicHowls()).toHaveLength(1);
    expect(musicHowls()[0]?.calls).toEqual(['play loop', `fade 0.00→${musicGain} ${FADE} 1`]);
  });

  it('reuses a bed already loaded when its era comes back', () => {
    const { sound } = started();
    sound.setEra('2017');
    sound.setEra('2015-16');
    expect(musicHowls()).toHaveLength(2);
    expect(musicHowls()[0]?.calls.filter((c) => c === 'play loop')).toHaveLength(2);
  });

  it('fades the music out on the way back to the title', () => {
    const { sound } = started();
    sound.setEra(null);
    const [bed] = musicHowls();
    expect(bed?.calls.at(-1)).toBe(`fade ${musicGain}→0.00 ${FADE} 1`);
    expect(sound.music()).toBeNull();
  });

  it('follows the music volume, and stops at once on mute; unmuting starts it again', () => {
    const { sound } = started();
    sound.setLevels({ ...LEVELS, music: 1 });
    const [bed] = musicHowls();
    expect(bed?.calls.at(-1)).toBe(`volume ${gain({ ...LEVELS, music: 1 }, 'music').toFixed(2)} 1`);
    sound.setLevels({ ...LEVELS, muted: true });
    expect(bed?.calls.at(-1)).toBe('stop 1');
    expect(sound.music()).toBeNull();
    sound.play('reveal');
    expect(effectHowls()).toEqual([]);
    sound.setLevels(LEVELS);
    expect(bed?.calls.at(-1)).toBe(`fade 0.00→${musicGain} ${FADE} 2`);
    expect(sound.music()).toBe('2015-16');
  });

  it('a music volume of zero stops the music but not the effects', () => {
    const { sound } = started();
    sound.setLevels({ ...LEVELS, music: 0 });
    expect(sound.music()).toBeNull();
    sound.play('meter');
    expect(effectHowls()[0]?.calls).toEqual(['play']);
  });
});

describe('a hidden tab', () => {
  it('pauses the music and plays no cue; showing the tab resumes the same bed', () => {
    const { env, gesture, setHidden } = fakeEnv();
    const sound = createSound(LEVELS, env);
    gesture();
    sound.setEra('2017');
    sound.play('choice');
    setHidden(true);
    const [bed] = musicHowls();
    expect(bed?.calls.at(-1)).toBe('pause 1');
    expect(effectHowls()[0]?.calls.at(-1)).toBe('stop all');
    expect(sound.music()).toBeNull();
    sound.play('ending');
    expect(effectHowls()).toHaveLength(1);
    setHidden(false);
    expect(bed?.calls.at(-1)).toBe('resume 1');
    expect(sound.music()).toBe('2017');
  });

  it('loaded hidden, nothing starts until the tab is shown', () => {
    const { env, gesture, setHidden } = fakeEnv();
    setHidden(true);
    const sound = createSound(LEVELS, env);
    gesture();
    sound.setEra('2015-16');
    expect(musicHowls()).toEqual([]);
    setHidden(false);
    expect(sound.music()).toBe('2015-16');
  });

  it('an era change while hidden plays the new era on return, not the old', () => {
    const { env, gesture, setHidden } = fakeEnv();
    const sound = createSound(LEVELS, env);
    gesture();
    sound.setEra('2015-16');
    setHidden(true);
    sound.setEra('2018-19');
    setHidden(false);
    expect(musicHowls()[0]?.calls.at(-1)).toBe('stop 1');
    expect(musicHowls()[1]?.src).toContain('music-2018-19');
    expect(sound.music()).toBe('2018-19');
  });
});

describe('files that fail', () => {
  it('a bed that fails to load is left out; the game and the other beds go on', () => {
    const { env, gesture } = fakeEnv();
    const sound = createSound(LEVELS, env);
    gesture();
    sound.setEra('2015-16');
    expect(() => musicHowls()[0]?.options.onloaderror?.()).not.toThrow();
    expect(sound.music()).toBeNull();
    sound.setEra('2017');
    sound.setEra('2015-16');
    expect(musicHowls()).toHaveLength(2);
    expect(musicHowls()[0]?.calls.filter((c) => c === 'play loop')).toHaveLength(1);
  });

  it('a cue that fails to load or play is skipped from then on', () => {
    const { env, gesture } = fakeEnv();
    const sound = createSound(LEVELS, env);
    gesture();
    sound.play('choice');
    sound.play('reveal');
    effectHowls()[0]?.options.onloaderror?.();
    effectHowls()[1]?.options.onplayerror?.();
    sound.play('choice');
    sound.play('reveal');
    expect(effectHowls().map((h) => h.calls)).toEqual([['play'], ['play']]);
  });

  it('Howler throwing (no audio at all) never reaches the game', () => {
    const { env, gesture } = fakeEnv();
    const sound = createSound(LEVELS, env);
    gesture();
    FakeHowl.throwNext = true;
    expect(() => sound.play('choice')).not.toThrow();
    FakeHowl.throwNext = true;
    expect(() => sound.setEra('2017')).not.toThrow();
    expect(sound.music()).toBeNull();
    expect(() => sound.setEra('2018-19')).not.toThrow();
    expect(sound.music()).toBe('2018-19');
  });
});

describe('eraOf', () => {
  const at = (screen: string, era?: string) =>
    ({ screen, progress: era === undefined ? undefined : { era } }) as unknown as View;
  it('maps each screen to its era', () => {
    expect(eraOf(at('title'))).toBeNull();
    expect(eraOf(at('prologue'))).toBe('2015-16');
    expect(eraOf(at('decision', '2017'))).toBe('2017');
    expect(eraOf(at('reveal', '2018-19'))).toBe('2018-19');
    expect(eraOf(at('ending'))).toBe('2018-19');
  });
});
