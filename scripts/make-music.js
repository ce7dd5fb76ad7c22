// Synthesises the game's three music beds, one per era of the story, as small mono MP3 loops:
// plain Node plus the pure-JS LAME port @breezystack/lamejs (a pinned devDependency), no
// samples, no external tools. Deterministic: the same seed gives the same bytes on every run.
// Usage: node scripts/make-music.js   (writes assets/audio/music-*.mp3)
//
// Each bed is a whole number of bars rendered into a ring: a note still sounding at the end of
// the loop carries on at its start, so the loop has no seam of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Mp3Encoder } from '@breezystack/lamejs';

const RATE = 22050;
/** Peak level of a bed: quiet under the reading, and below the effects' 35 %. */
const PEAK = 0.3;
const KBPS = 32;
const OUT = new URL('../assets/audio/', import.meta.url);

/** A deterministic random source (a linear congruential generator). */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hz = (midi) => 440 * 2 ** ((midi - 69) / 12);
const NOTE = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
/** 'F#3' → MIDI number. */
function midi(name) {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (m === null) throw new Error(`bad note ${name}`);
  const shift = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  return 12 * (Number(m[3]) + 1) + NOTE[m[1]] + shift;
}

/** A ring buffer of `seconds`, and a way to add a note's samples into it, wrapping. */
function ring(seconds) {
  const out = new Float32Array(Math.round(seconds * RATE));
  const add = (start, length, fn) => {
    const from = Math.round(start * RATE);
    const n = Math.round(length * RATE);
    for (let i = 0; i < n; i++) out[(from + i) % out.length] += fn(i / RATE, length);
  };
  return { out, add };
}

const TAU = 2 * Math.PI;

/** A soft pad: a few harmonics (a rounded saw), slow attack and release, a slow vibrato. */
function pad(f, brightness) {
  return (t, length) => {
    const env = Math.min(1, t / 0.9, (length - t) / 1.2);
    let v = 0;
    for (let h = 1; h <= brightness; h++)
      v += Math.sin(TAU * f * h * t + 0.3 * Math.sin(TAU * 0.2 * t)) / h ** 1.6;
    // A second voice a few cents sharp, for width.
    v += 0.6 * Math.sin(TAU * f * 1.004 * t);
    return v * Math.max(0, env);
  };
}

/** A felt-piano pluck: fundamental and a soft octave, decaying. */
function pluck(f, decay) {
  return (t) => {
    const attack = Math.min(1, t / 0.006);
    return (
      attack *
      (Math.sin(TAU * f * t) + 0.3 * Math.sin(TAU * 2 * f * t) * Math.exp(-t / 0.15)) *
      Math.exp(-t / decay)
    );
  };
}

/** A round bass note. */
function bass(f) {
  return (t, length) =>
    Math.sin(TAU * f * t) * Math.min(1, t / 0.02, (length - t) / 0.2) * Math.exp(-t / 1.6);
}

/** A soft clock tick: a short burst of smoothed noise. */
function tick(rnd) {
  let low = 0;
  return (t) => {
    low += 0.35 * (rnd() * 2 - 1 - low);
    return low * Math.exp(-t / 0.012);
  };
}

/**
 * One bed: `chords` (one a bar, as note names) at `bpm` in 4/4; `voice` adds the bar's melody
 * or pulse. Returns the samples, normalised to PEAK.
 */
function bed({ bpm, chords, brightness, seed, voice }) {
  const beat = 60 / bpm;
  const bar = 4 * beat;
  const { out, add } = ring(bar * chords.length);
  const rnd = random(seed);
  chords.forEach((chord, i) => {
    const at = i * bar;
    const notes = chord.map(midi);
    // The pad holds a little past the bar, so chords overlap instead of gapping.
    for (const n of notes) add(at, bar + 0.8, (t, l) => 0.16 * pad(hz(n), brightness)(t, l));
    add(at, 2 * beat, (t, l) => 0.5 * bass(hz(notes[0] - 12))(t, l));
    add(at + 2 * beat, 2 * beat, (t, l) => 0.35 * bass(hz(notes[0] - 12))(t, l));
    voice({ at, beat, notes, add, rnd, index: i });
  });
  const max = out.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  return out.map((v) => (v / max) * PEAK);
}

const BEDS = {
  /** 2015–16, the founding: D major, unhurried, a rising felt-piano arpeggio. */
  '2015-16': bed({
    bpm: 84,
    brightness: 5,
    seed: 2015,
    chords: [
      ['D3', 'F#3', 'A3'],
      ['B2', 'D3', 'F#3'],
      ['G2', 'B2', 'D3'],
      ['A2', 'C#3', 'E3'],
      ['D3', 'F#3', 'A3'],
      ['F#2', 'A2', 'C#3'],
      ['G2', 'B2', 'D3'],
      ['A2', 'C#3', 'E3'],
      ['B2', 'D3', 'F#3'],
      ['G2', 'B2', 'D3'],
      ['E2', 'G2', 'B2'],
      ['A2', 'C#3', 'E3'],
    ],
    voice: ({ at, beat, notes, add, rnd }) => {
      const up = [...notes.map((n) => n + 12), notes[0] + 24, notes[1] + 12];
      up.forEach((n, k) => {
        const v = 0.22 + 0.08 * rnd();
        add(at + k * (beat / 2) * 1.5, 1.6, (t) => v * pluck(hz(n), 0.5)(t));
      });
    },
  }),
  /** 2017, the struggle for control: A minor, slower, a low drone and a clock that ticks. */
  2017: bed({
    bpm: 72,
    brightness: 3,
    seed: 2017,
    chords: [
      ['A2', 'C3', 'E3'],
      ['A2', 'C3', 'E3'],
      ['F2', 'A2', 'C3'],
      ['F2', 'A2', 'C3'],
      ['D2', 'F2', 'A2'],
      ['D2', 'F2', 'A2'],
      ['E2', 'G#2', 'B2'],
      ['E2', 'A2', 'B2'],
      ['A2', 'C3', 'E3'],
      ['E2', 'G#2', 'B2'],
    ],
    voice: ({ at, beat, notes, add, rnd, index }) => {
      for (let b = 0; b < 4; b++) {
        const strong = b === 0 ? 0.12 : 0.07;
        add(at + b * beat, 0.08, tick(random(Math.floor(rnd() * 1e9))));
        add(at + b * beat, 0.08, (t) => strong * Math.sin(TAU * 1800 * t) * Math.exp(-t / 0.01));
      }
      add(at, 4 * beat, (t) => 0.12 * Math.sin(TAU * hz(midi('A1')) * t));
      // A two-note figure, a half step apart, every other bar.
      if (index % 2 === 1) {
        const top = notes[2] + 12;
        add(at + 2 * beat, 1.4, (t) => 0.2 * pluck(hz(top), 0.6)(t));
        add(at + 3 * beat, 1.4, (t) => 0.18 * pluck(hz(top + 1), 0.6)(t));
      }
    },
  }),
  /** 2018–19, the restructuring: D minor to F, a steady pulse of eighth notes. */
  '2018-19': bed({
    bpm: 96,
    brightness: 4,
    seed: 2019,
    chords: [
      ['D3', 'F3', 'A3'],
      ['Bb2', 'D3', 'F3'],
      ['F2', 'A2', 'C3'],
      ['C3', 'E3', 'G3'],
      ['D3', 'F3', 'A3'],
      ['Bb2', 'D3', 'F3'],
      ['F2', 'A2', 'C3'],
      ['C3', 'E3', 'G3'],
      ['G2', 'Bb2', 'D3'],
      ['Bb2', 'D3', 'F3'],
      ['F2', 'A2', 'C3'],
      ['C3', 'E3', 'G3'],
      ['D3', 'F3', 'A3'],
      ['C3', 'E3', 'G3'],
    ],
    voice: ({ at, beat, notes, add, rnd }) => {
      const pattern = [0, 2, 1, 2, 0, 2, 1, 2];
      pattern.forEach((p, k) => {
        const v = (k % 4 === 0 ? 0.2 : 0.13) + 0.04 * rnd();
        add(at + (k * beat) / 2, 0.9, (t) => v * pluck(hz(notes[p] + 12), 0.25)(t));
      });
    },
  }),
};

function mp3(samples) {
  const pcm = Int16Array.from(samples, (v) => Math.round(Math.max(-1, Math.min(1, v)) * 32767));
  const encoder = new Mp3Encoder(1, RATE, KBPS);
  const chunks = [];
  const FRAME = 1152;
  for (let i = 0; i < pcm.length; i += FRAME)
    chunks.push(encoder.encodeBuffer(pcm.subarray(i, i + FRAME)));
  chunks.push(encoder.flush());
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

/**
 * Where the loop lies in the decoded file: MP3 starts with the encoder's and decoder's delay
 * (LAME's 576 + 529 samples of silence) and ends padded to a whole frame, so the game loops the
 * exact span of the ring, not the whole file (src/audio/music.ts).
 */
const DELAY_SAMPLES = 576 + 529;
const loops = {};

mkdirSync(OUT, { recursive: true });
for (const [era, samples] of Object.entries(BEDS)) {
  loops[era] = {
    startMs: Number(((1000 * DELAY_SAMPLES) / RATE).toFixed(3)),
    lengthMs: Number(((1000 * samples.length) / RATE).toFixed(3)),
  };
  const bytes = mp3(samples);
  writeFileSync(new URL(`music-${era}.mp3`, OUT), bytes);
  console.log(
    `assets/audio/music-${era}.mp3  ${(samples.length / RATE).toFixed(1)} s  ${bytes.length} bytes`,
  );
}
writeFileSync(new URL('music-loops.json', OUT), `${JSON.stringify(loops, null, 2)}\n`);
console.log('assets/audio/music-loops.json');
