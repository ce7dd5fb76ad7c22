/**
 * The player's settings: language, text size and speed, motion, contrast and sound. They are
 * preferences, not game state, so they live outside the story machine and outside saves.
 * Stored versioned in the browser; a damaged or partly invalid record keeps every value that
 * is still valid and falls back to the default for the rest, so bad data never stops the game.
 */
import { z } from 'zod/mini';
import { LOCALES, pickLocale } from '../i18n/translate.ts';
import { safeGet, safeSet, type StorageLike } from '../persistence/storage.ts';

export const SETTINGS_KEY = 'founders-dilemma.settings';
export const SETTINGS_SCHEMA = 1;
/** Where the mute choice was kept before settings existed; read once as a default. */
export const LEGACY_MUTE_KEY = 'founders-dilemma.muted';

export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** `instant` shows every page whole; the others type the story out on the canvas. */
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];
export const CHANNELS = ['master', 'music', 'effects'] as const;
export type Channel = (typeof CHANNELS)[number];

const level = z.number().check(z.gte(0), z.lte(1));
const soundSchema = z.strictObject({
  master: level,
  music: level,
  effects: level,
  muted: z.boolean(),
});
export const settingsSchema = z.strictObject({
  locale: z.enum(LOCALES),
  textSize: z.enum(TEXT_SIZES),
  textSpeed: z.enum(TEXT_SPEEDS),
  reducedMotion: z.boolean(),
  highContrast: z.boolean(),
  sound: soundSchema,
});
export type Settings = z.infer<typeof settingsSchema>;
export type SoundSettings = Settings['sound'];
/** A change to some settings; sound levels can be changed one at a time. */
export type SettingsPatch = Partial<Omit<Settings, 'sound'>> & {
  readonly sound?: Partial<SoundSettings>;
};

/** What the browser says about the player, for the defaults of a first visit. */
export interface Environment {
  /** `navigator.languages`. */
  readonly languages: readonly string[];
  /** `prefers-reduced-motion: reduce`. */
  readonly reducedMotion: boolean;
  /** The mute choice stored by versions before settings existed, if any. */
  readonly muted?: boolean;
}

export function defaultSettings(env: Environment): Settings {
  return {
    locale: pickLocale(env.languages),
    textSize: 'medium',
    textSpeed: 'normal',
    reducedMotion: env.reducedMotion,
    highContrast: false,
    sound: { master: 0.8, music: 0.6, effects: 0.8, muted: env.muted ?? false },
  };
}

/** Every field of `shape` taken from `data` where valid, else from `fallback`. */
function fieldwise<T extends Record<string, unknown>>(
  shape: Record<string, z.ZodMiniType>,
  data: unknown,
  fallback: T,
): T {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...fallback };
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as T;
}

const envelopeSchema = z.object({
  game: z.literal('founders-dilemma'),
  schema: z.int(),
  settings: z.unknown(),
});

/** The stored settings over `defaults`; never throws. */
export function readSettings(storage: StorageLike | null, defaults: Settings): Settings {
  const raw = safeGet(storage, SETTINGS_KEY);
  if (raw === null) return defaults;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return defaults;
  }
  const envelope = envelopeSchema.safeParse(data);
  // Schema 1 is the only one so far; a later version adds its migration here.
  if (!envelope.success || envelope.data.schema !== SETTINGS_SCHEMA) return defaults;
  const stored = envelope.data.settings as { sound?: unknown } | null;
  return {
    ...fieldwise(z.omit(settingsSchema, { sound: true }).shape, stored, defaults),
    sound: fieldwise(soundSchema.shape, stored?.sound, defaults.sound),
  };
}

/** False when storage refused the write (the settings still apply for this visit). */
export function writeSettings(storage: StorageLike | null, settings: Settings): boolean {
  return safeSet(
    storage,
    SETTINGS_KEY,
    JSON.stringify({ game: 'founders-dilemma', schema: SETTINGS_SCHEMA, settings }),
  );
}

/** `settings` with `patch` applied, validated (an out-of-range level is clamped). */
export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  const sound = { ...settings.sound, ...patch.sound };
  for (const channel of CHANNELS) sound[channel] = Math.min(1, Math.max(0, sound[channel]));
  return settingsSchema.parse({ ...settings, ...patch, sound });
}
