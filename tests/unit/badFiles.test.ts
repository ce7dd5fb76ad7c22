/**
 * Bad data from outside the browser, property-based: export files (random text, random JSON,
 * another app's file, a real file cut short or edited) and share links (random text, real codes
 * edited). Never a throw; a refused file or link gets its message and changes nothing stored.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { SAVE_KEY } from '../../src/persistence/save.ts';
import { GameSession } from '../../src/session/GameSession.ts';
import type { ImportError } from '../../src/session/transfer.ts';
import { encodePath } from '../../src/story/pathCode.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { memoryStorage } from '../fixtures/storage.ts';
import { playChoices } from '../fixtures/playSession.ts';

// Hundreds of runs per property: seconds on a loaded 2-core machine, beyond the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const content = loadContent();
const en = content.locales.en!;
const ja = content.locales.ja!;
const founders = historicalRoute(content).steps.map((s) => s.choice);

/** A browser that has played the founders' first `n` choices, and its session. */
function played(n: number) {
  const storage = memoryStorage();
  const session = new GameSession(content, storage, 'en');
  playChoices(session, founders.slice(0, n));
  return { storage, session };
}

const FILE = played(4).session.exportData();

/** Imports `text` into a browser with a game of its own; a refusal must change nothing. */
function importInto(text: string): ImportError | null {
  const { storage, session } = played(2);
  const before = new Map(storage.data);
  const error = session.importData(text);
  if (error !== null) {
    expect(storage.data).toEqual(before);
    expect(en[`ui.data.${error}`]).toMatch(/nothing was loaded\. Nothing was changed\.$/);
    expect(ja[`ui.data.${error}`]).toMatch(/何も変更していません。$/);
  }
  return error;
}

describe('an export file that is not good', () => {
  it('any text: refused as not JSON or not ours, nothing changed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(['notJson', 'notOurs']).toContain(importInto(text));
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value or another app’s file: refused as not ours', () => {
    const foreign = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })),
      fc.jsonValue().map((saves) => ({ game: 'other-game', kind: 'export', schema: 1, saves })),
    );
    fc.assert(
      fc.property(foreign, (v) => {
        expect(importInto(JSON.stringify(v))).toBe('notOurs');
      }),
      { numRuns: 300 },
    );
  });

  it('a real file cut short anywhere: refused as not JSON', () => {
    fc.assert(
      fc.property(fc.nat({ max: FILE.length - 1 }), (end) => {
        expect(importInto(FILE.slice(0, end))).toBe('notJson');
      }),
      { numRuns: 300 },
    );
  });

  it('a real file with characters changed: loaded whole, or refused with nothing changed', () => {
    const edit = fc.array(fc.tuple(fc.nat({ max: FILE.length - 1 }), fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(edit, (edits) => {
        let text = FILE;
        for (const [at, s] of edits) text = text.slice(0, at) + s + text.slice(at + 1);
        importInto(text);
      }),
      { numRuns: 400 },
    );
  });

  it('a real file holding an old-version or foreign save: refused as a bad save', () => {
    const file = JSON.parse(FILE) as { saves: { current: Record<string, unknown> } };
    const bad = fc.oneof(
      fc
        .integer()
        .filter((n) => n !== 2)
        .map((schema) => ({ ...file.saves.current, schema })),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
    );
    fc.assert(
      fc.property(bad, (current) => {
        const text = JSON.stringify({ ...file, saves: { ...file.saves, current } });
        expect(importInto(text)).toBe('badSave');
      }),
      { numRuns: 200 },
    );
  });
});

describe('a share link that is not good', () => {
  const real = encodePath(content, founders.slice(0, 5));
  const edited = fc
    .tuple(fc.nat({ max: real.length - 1 }), fc.string({ maxLength: 2 }))
    .map(([at, s]) => real.slice(0, at) + s + real.slice(at + 1))
    .filter((code) => code !== real);
  const code = fc.oneof(fc.string({ maxLength: 70 }), edited, fc.nat({ max: real.length - 1 }));

  it('any text or an edited real code: refused with its message, the own game kept', () => {
    fc.assert(
      fc.property(code, (c) => {
        const text = typeof c === 'number' ? real.slice(0, c) : c;
        const { storage } = played(2);
        const saved = storage.data.get(SAVE_KEY);
        const session = new GameSession(content, storage, 'en');
        if (session.openShared(text)) {
          // An edit can still be a real path (e.g. another digit): then it opened the same way
          // every time, and the player's own game waits in the "previous" slot.
          expect(storage.data.get(`${SAVE_KEY}.previous`)).toBe(saved);
          return;
        }
        const v = session.view();
        if (v.screen !== 'title') throw new Error(v.screen);
        expect(v.notice).toMatch(/^That link .* Your saved game is untouched\.$/);
        expect(v.resume).not.toBeNull();
        expect(storage.data.get(SAVE_KEY)).toBe(saved);
      }),
      { numRuns: 400 },
    );
  });
});
