/**
 * Browser storage that is disabled (touching localStorage throws, so there is none), full
 * (every write refused as over quota), throwing on every call, or failing at random: the game
 * opens, tells the player once that progress cannot be kept, plays to an ending, and never
 * loses what was stored before.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { SAVE_KEY } from '../../src/persistence/save.ts';
import type { StorageLike } from '../../src/persistence/storage.ts';
import { GameSession } from '../../src/session/GameSession.ts';
import { defaultSettings } from '../../src/settings/settings.ts';
import { SettingsStore } from '../../src/settings/SettingsStore.ts';
import { historicalRoute } from '../../src/story/route.ts';
import {
  flakyStorage,
  fullStorage,
  memoryStorage,
  quotaStorage,
  throwingStorage,
} from '../fixtures/storage.ts';
import { playChoices } from '../fixtures/playSession.ts';

// Hundreds of runs per property: seconds on a loaded 2-core machine, beyond the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const content = loadContent();
const en = content.locales.en!;
const ja = content.locales.ja!;
const founders = historicalRoute(content).steps.map((s) => s.choice);

function titleNotice(session: GameSession): string | null {
  const v = session.view();
  if (v.screen !== 'title') throw new Error(`not on the title: ${v.screen}`);
  return v.notice;
}

const FAULTS: Record<string, () => StorageLike | null> = {
  disabled: () => null,
  full: () => fullStorage(),
  'throwing on every call': () => throwingStorage,
};

describe.each(Object.entries(FAULTS))('storage %s', (_, make) => {
  it('tells the player once, in their language, then plays to the ending', () => {
    expect(titleNotice(new GameSession(content, make(), 'ja'))).toBe(ja['ui.save.unavailable']);
    const session = new GameSession(content, make(), 'en');
    expect(titleNotice(session)).toBe(en['ui.save.unavailable']);
    playChoices(session, founders);
    const end = session.view();
    expect(end.screen === 'ending' && end.historical).toBe(true);
    session.send({ type: 'game.restart' });
    expect(titleNotice(session)).toBeNull();
  });

  it('keeps settings for the visit, exports, refuses an import with its message, forgets', () => {
    const storage = make();
    const settings = new SettingsStore(
      storage,
      defaultSettings({ languages: [], reducedMotion: false }),
    );
    settings.update({ locale: 'ja', textSize: 'large' });
    expect(settings.get()).toMatchObject({ locale: 'ja', textSize: 'large' });
    const session = new GameSession(content, storage, 'en');
    playChoices(session, founders.slice(0, 2));
    const file = JSON.parse(session.exportData()) as { game: string };
    expect(file.game).toBe('founders-dilemma');
    const good = new GameSession(content, memoryStorage(), 'en');
    playChoices(good, founders.slice(0, 3));
    expect(session.importData(good.exportData())).toBe('notStored');
    expect(en['ui.data.notStored']).toMatch(/storage is blocked or full.*Nothing was changed\.$/);
    expect(() => session.forgetData()).not.toThrow();
    expect(() => settings.forget()).not.toThrow();
  });
});

describe('storage that works', () => {
  it('gets no such message', () => {
    expect(titleNotice(new GameSession(content, memoryStorage(), 'en'))).toBeNull();
  });
});

describe('storage that filled up since the last visit', () => {
  it('still offers the saved game, resumes it, and keeps it', () => {
    const working = memoryStorage();
    playChoices(new GameSession(content, working, 'en'), founders.slice(0, 3));
    const saved = working.data.get(SAVE_KEY)!;
    const full = fullStorage(new Map(working.data));
    const session = new GameSession(content, full, 'en');
    const v = session.view();
    expect(v.screen === 'title' && v.resume).toBeTruthy();
    expect(titleNotice(session)).toBe(en['ui.save.unavailable']);
    session.resume();
    const there = session.view();
    expect(there.screen === 'decision' && there.progress.step).toBe(3);
    session.send({ type: 'briefing.continue' });
    expect(full.data.get(SAVE_KEY)).toBe(saved);
  });

  it('an import that runs out of room part-way loads all of the file or none of it', () => {
    const file = (() => {
      const s = new GameSession(content, memoryStorage(), 'en');
      playChoices(s, founders.slice(0, 5));
      return s.exportData();
    })();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000 }), (limit) => {
        const storage = quotaStorage(limit);
        const session = new GameSession(content, storage, 'en');
        playChoices(session, founders.slice(0, 1));
        const before = new Map(storage.data);
        const error = session.importData(file);
        if (error === null) {
          const v = session.view();
          expect(v.screen).toBe('decision');
          expect(JSON.parse(session.exportData())).toMatchObject({
            saves: (JSON.parse(file) as { saves: object }).saves,
          });
        } else {
          expect(error).toBe('notStored');
          expect(storage.data).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('storage that fails at random', () => {
  it('never stops the game: any pattern of failures, any sequence of play', () => {
    const step = fc.constantFrom(
      'game.start',
      'prologue.continue',
      'briefing.continue',
      'reveal.continue',
      'game.restart',
      'choice',
      'resume',
      'import',
    );
    const exported = new GameSession(content, memoryStorage(), 'en').exportData();
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
        fc.array(step, { maxLength: 60 }),
        (pattern, steps) => {
          const storage = flakyStorage((n) => pattern[n % pattern.length]!);
          const session = new GameSession(content, storage, 'en');
          for (const s of steps) {
            if (s === 'resume') session.resume();
            else if (s === 'import') session.importData(exported);
            else if (s === 'choice') {
              const v = session.view();
              const first = v.screen === 'decision' ? v.choices[0] : undefined;
              if (first) session.send(first.event);
            } else session.send({ type: s });
          }
          expect(['title', 'prologue', 'decision', 'reveal', 'ending']).toContain(
            session.view().screen,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
