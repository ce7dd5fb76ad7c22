// Synthesises the game's five sound cues as small WAV files (16-bit PCM, mono, 22.05 kHz) with
// plain Node: no samples, no external tools, so every byte has a known origin.
// Usage: node scripts/make-sounds.js   (writes assets/audio/*.wav)
import { mkdirSync, writeFileSync } from 'node:fs';

const RATE = 22050;
const PEAK = 0.35;
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

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2),
  );
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, samples] of Object.entries(SOUNDS)) {
  const bytes = wav(samples);
  writeFileSync(new URL(`${name}.wav`, OUT), bytes);
  console.log(`assets/audio/${name}.wav  ${bytes.length} bytes`);
}
