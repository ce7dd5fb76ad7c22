/**
 * Bad data in the browser's storage, property-based: corrupt, truncated, foreign and
 * old-version saves, random strings and random JSON, damaged memory and settings. Whatever is
 * stored, the game never throws, says what happened in the player's words, and loses nothing:
 * an unreadable save is set aside byte for byte, and the other slot's good save is still offered.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { MEMORY_KEY, readMemory } from '../../src/persistence/memory.ts';
import { DAMAGED_KEY, SAVE_KEY, SAVE_SCHEMA, parseSave } from '../../src/persistence/save.ts';
import { GameSession } from '../../src/session/GameSession.ts';
import {
  SETTINGS_KEY,
  defaultSettings,
  readSettings,
  settingsSchema,
} from '../../src/settings/settings.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { memoryStorage } from '../fixtures/storage.ts';
import { playChoices } from '../fixtures/playSession.ts';

// Hundreds of runs per property: seconds on a loaded 2-core machine, beyond the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const content = loadContent();
const en = content.locales.en!;
const ja = content.locales.ja!;
const PREVIOUS_KEY = `${SAVE_KEY}.previous`;
const founders = historicalRoute(content).steps.map((s) => s.choice);

/** The text of a real autosave after the founders' first `n` choices. */
function realSave(n: number): string {
  const storage = memoryStorage();
  const session = new GameSession(content, storage, 'en');
  playChoices(session, founders.slice(0, n));
  return storage.data.get(SAVE_KEY)!;
}

const GOOD = realSave(3);
const EARLIER = realSave(1);

/** The messages a player may get about their save, by reason. */
const SAVE_NOTICES = ['corrupt', 'foreign', 'outdated', 'unplayable'].map((r) => `ui.save.${r}`);

/**
 * Opens the game on a browser holding `raw` as its autosave and a good earlier game in the
 * "previous" slot, and checks the promises: no throw, a readable save is offered, an unreadable
 * one is explained (the exact line of the player's language) and kept under DAMAGED_KEY, and the
 * earlier game is still offered, untouched.
 */
function openWith(raw: string, locale: 'en' | 'ja' = 'en') {
  const storage = memoryStorage();
  storage.data.set(SAVE_KEY, raw);
  storage.data.set(PREVIOUS_KEY, EARLIER);
  const session = new GameSession(content, storage, locale);
  const view = session.view();
  if (view.screen !== 'title') throw new Error(`opened on ${view.screen}`);
  const lines = locale === 'en' ? en : ja;
  const read = parseSave(raw);
  if (read.kind === 'ok') {
    expect(view.notice).toBeNull();
    expect(view.resume).not.toBeNull();
    expect(storage.data.get(SAVE_KEY)).toBe(raw);
  } else {
    if (read.kind !== 'invalid') throw new Error('parseSave read a text as no save');
    expect(view.notice).toBe(lines[`ui.save.${read.reason}`]);
    expect(view.resume).toBeNull();
    expect(storage.data.get(DAMAGED_KEY)).toBe(raw);
    expect(storage.data.has(SAVE_KEY)).toBe(false);
  }
  expect(view.resumeEarlier?.label).toBe(lines['ui.title.resumeEarlier']);
  expect(storage.data.get(PREVIOUS_KEY)).toBe(EARLIER);
  return { session, storage, read };
}

/** Resumes whatever is offered: it must land on a screen, or say why not and set it aside. */
function resumeChecked(session: GameSession, storage: ReturnType<typeof memoryStorage>): void {
  const offered = session.view();
  if (offered.screen !== 'title' || offered.resume === null) return;
  const raw = storage.data.get(SAVE_KEY);
  session.resume();
  const after = session.view();
  if (after.screen === 'title') {
    expect(after.notice).toBe(en['ui.save.unplayable']);
    expect(storage.data.get(DAMAGED_KEY)).toBe(raw);
  } else expect(['prologue', 'decision', 'reveal', 'ending']).toContain(after.screen);
}

describe('the messages about a save', () => {
  it('exist in both languages and tell the player a new game is ready', () => {
    for (const line of SAVE_NOTICES) {
      expect(en[line], line).toMatch(/new game is ready/);
      expect(ja[line], line).toMatch(/新しいゲームを用意しました/);
    }
  });
});

describe('a stored save that is not good', () => {
  it('any string: never a throw, a message, the text set aside and the earlier game kept', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const { read } = openWith(raw);
        expect(read.kind).toBe('invalid');
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value, in either language', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('en' as const, 'ja' as const), (v, locale) => {
        openWith(JSON.stringify(v), locale);
      }),
      { numRuns: 300 },
    );
  });

  it('a real save cut short anywhere reads as damaged', () => {
    fc.assert(
      fc.property(fc.nat({ max: GOOD.length - 1 }), (end) => {
        const { read } = openWith(GOOD.slice(0, end));
        expect(read).toEqual({ kind: 'invalid', reason: 'corrupt' });
      }),
      { numRuns: 300 },
    );
  });

  it('another app’s JSON object reads as foreign', () => {
    const foreign = fc
      .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
      .filter((o) => o.game !== 'founders-dilemma');
    fc.assert(
      fc.property(foreign, (o) => {
        const { read } = openWith(JSON.stringify(o));
        expect(read).toEqual({ kind: 'invalid', reason: 'foreign' });
      }),
      { numRuns: 200 },
    );
  });

  it('a save of any other schema version reads as outdated', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.string(), fc.constant(null)).filter((s) => s !== SAVE_SCHEMA),
        (schema) => {
          const old = { ...(JSON.parse(GOOD) as object), schema };
          const { read } = openWith(JSON.stringify(old));
          expect(read).toEqual({ kind: 'invalid', reason: 'outdated' });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a real save with characters changed: read, resumed or refused, never a throw', () => {
    const edit = fc.array(
      fc.tuple(fc.nat({ max: GOOD.length - 1 }), fc.string({ minLength: 0, maxLength: 3 })),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(edit, (edits) => {
        let raw = GOOD;
        for (const [at, text] of edits) raw = raw.slice(0, at) + text + raw.slice(at + 1);
        const { session, storage } = openWith(raw);
        resumeChecked(session, storage);
      }),
      { numRuns: 400 },
    );
  });

  it('a well-formed save with events the story never allowed is refused when resumed', () => {
    const name = fc.oneof(
      fc.constantFrom(...founders, ...content.decisions.keys()),
      fc.string({ maxLength: 10 }),
    );
    const event = fc.oneof(
      fc
        .constantFrom(
          'game.start',
          'prologue.continue',
          'briefing.continue',
          'reveal.continue',
          'game.restart',
        )
        .map((type) => ({ type })),
      name.map((choice) => ({ type: 'choice.select', choice })),
      name.map((decision) => ({ type: 'history.rewind', decision })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.jsonValue({ maxDepth: 2 }), (es, st) => {
        const save = { ...(JSON.parse(GOOD) as object), events: es, state: st };
        const { session, storage } = openWith(JSON.stringify(save));
        resumeChecked(session, storage);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stored memory and settings that are not good', () => {
  const defaults = defaultSettings({ languages: ['en'], reducedMotion: false });
  const anything = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({ explored: fc.jsonValue(), endings: fc.jsonValue(), settings: fc.jsonValue() })
      .map((r) => JSON.stringify({ game: 'founders-dilemma', schema: 1, ...r })),
  );

  it('memory: read as empty or valid, and the game still opens with the save offered', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const storage = memoryStorage();
        storage.data.set(MEMORY_KEY, raw);
        storage.data.set(SAVE_KEY, GOOD);
        const memory = readMemory(storage);
        for (const key of memory.explored) expect(typeof key).toBe('string');
        const view = new GameSession(content, storage, 'en').view();
        expect(view.screen === 'title' && view.resume).toBeTruthy();
        expect(storage.data.get(SAVE_KEY)).toBe(GOOD);
      }),
      { numRuns: 300 },
    );
  });

  it('settings: always a complete, valid set (the defaults fill what is unreadable)', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const storage = memoryStorage();
        storage.data.set(SETTINGS_KEY, raw);
        const read = readSettings(storage, defaults);
        expect(settingsSchema.safeParse(read).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
