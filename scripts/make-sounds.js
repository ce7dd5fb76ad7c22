// Synthesises the game's five sound cues as small MP3 files (mono, 22.05 kHz) with plain Node and
// the pure-JS LAME port @breezystack/lamejs (a pinned devDependency): no samples, no external
// tools, so every byte has a known origin. Deterministic: the same bytes on every run.
// Usage: node scripts/make-sounds.js   (writes assets/audio/*.mp3; the music: make-music.js)
import { mkdirSync, writeFileSync } from 'node:fs';
import { Mp3Encoder } from '@breezystack/lamejs';

const RATE = 22050;
const PEAK = 0.35;
const KBPS = 48;
const OUT = new URL('../assets/audio/', import.meta.url);

/** A deterministic noise source (the files must be identical on every run). */
function noise(seed) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}

function render(seconds, fn) {
  const out = new Float32Array(Math.round(seconds * RATE));
  for (let i = 0; i < out.length; i++) out[i] = fn(i / RATE);
  const max = Math.max(...out.map(Math.abs)) || 1;
  // Short fades at both ends, so no file starts or stops with a click.
  const fade = Math.round(0.004 * RATE);
  return out.map((v, i) => (v / max) * PEAK * Math.min(1, i / fade, (out.length - 1 - i) / fade));
}

const tone = (f, t) => Math.sin(2 * Math.PI * f * t);
const bell = (f, t, decay) =>
  (tone(f, t) + 0.35 * tone(f * 2.76, t) * Math.exp(-t / (decay / 3))) * Math.exp(-t / decay);

const SOUNDS = {
  /** A page turned: a short, soft burst of filtered noise. */
  page: (() => {
    const rnd = noise(7);
    let low = 0;
    return render(0.09, (t) => {
      low += 0.25 * (rnd() - low);
      return low * Math.exp(-t / 0.018);
    });
  })(),
  /** A choice made: a dry wooden knock. */
  choice: render(0.12, (t) => (tone(392, t) + 0.6 * tone(588, t)) * Math.exp(-t / 0.03)),
  /** The record revealed: a soft two-note bell. */
  reveal: render(0.7, (t) => bell(659, t, 0.22) + (t > 0.09 ? 0.8 * bell(880, t - 0.09, 0.22) : 0)),
  /** Meters moved: two quick instrument ticks. */
  meter: render(0.16, (t) => {
    const tick = (u) => (u >= 0 ? tone(1320, u) * Math.exp(-u / 0.008) : 0);
    return tick(t) + 0.7 * tick(t - 0.07);
  }),
  /** An ending reached: a rising three-note chime. */
  ending: render(1.3, (t) =>
    [523.25, 659.25, 783.99].reduce(
      (sum, f, i) => sum + (t >= i * 0.16 ? bell(f, t - i * 0.16, 0.4) : 0),
      0,
    ),
  ),
};

/** MP3, mono, at a bitrate that keeps these short cues clear. */
function mp3(samples) {
  const pcm = Int16Array.from(samples, (v) => Math.round(Math.max(-1, Math.min(1, v)) * 32767));
  const encoder = new Mp3Encoder(1, RATE, KBPS);
  const chunks = [];
  for (let i = 0; i < pcm.length; i += 1152)
    chunks.push(encoder.encodeBuffer(pcm.subarray(i, i + 1152)));
  chunks.push(encoder.flush());
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

mkdirSync(OUT, { recursive: true });
for (const [name, samples] of Object.entries(SOUNDS)) {
  const bytes = mp3(samples);
  writeFileSync(new URL(`${name}.mp3`, OUT), bytes);
  console.log(`assets/audio/${name}.mp3  ${bytes.length} bytes`);
}
