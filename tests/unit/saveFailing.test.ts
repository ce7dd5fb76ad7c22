/**
 * Autosave that stops working mid-game (the quota reached after some writes): the player is
 * told once, on the screen where it happened, in their language; play goes on and nothing
 * throws; a save that works again ends the failing state, and the next failure tells again.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { SAVE_KEY } from '../../src/persistence/save.ts';
import type { StorageLike } from '../../src/persistence/storage.ts';
import { GameSession } from '../../src/session/GameSession.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { fullStorage, memoryStorage } from '../fixtures/storage.ts';
import { playChoices } from '../fixtures/playSession.ts';

const content = loadContent();
const en = content.locales.en!;
const ja = content.locales.ja!;
const founders = historicalRoute(content).steps.map((s) => s.choice);

/** Working storage with a switch: while `refusing`, every write fails as over quota. */
function switchableStorage(): StorageLike & { refusing: boolean; writes: number } {
  const inner = memoryStorage();
  const storage = {
    refusing: false,
    writes: 0,
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem: (k: string, v: string) => {
      if (storage.refusing)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      storage.writes += 1;
      inner.setItem(k, v);
    },
  };
  return storage;
}

/** Storage that keeps the first `n` writes and refuses every one after (start-up probe included). */
function storageFullAfter(n: number): StorageLike & { data: Map<string, string> } {
  const inner = memoryStorage();
  let writes = 0;
  return {
    data: inner.data,
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem: (k, v) => {
      if (++writes > n)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(k, v);
    },
  };
}

/** Plays the founders' route and records the save alert of every screen on the way. */
function alertsOnTheWay(session: GameSession): (string | null)[] {
  const seen: (string | null)[] = [];
  session.subscribe(() => seen.push(session.saveAlert()));
  playChoices(session, founders);
  return seen;
}

describe('autosave failing mid-game', () => {
  it('tells once when the quota is reached after some writes, and plays on to the ending', () => {
    // The probe and the first few autosaves are stored; then the quota is reached.
    const storage = storageFullAfter(6);
    const session = new GameSession(content, storage, 'en');
    const title = session.view();
    expect(title.screen === 'title' && title.notice).toBeNull();
    let seen: (string | null)[] = [];
    expect(() => (seen = alertsOnTheWay(session))).not.toThrow();
    const end = session.view();
    expect(end.screen === 'ending' && end.historical).toBe(true);
    // Raised once, on the screen where it failed, and never again however far the game goes.
    const raised = seen.filter((a, i) => a !== null && (seen[i - 1] ?? null) === null);
    expect(raised).toEqual([en['ui.save.failing']]);
    expect(seen.at(-1)).toBeNull();
    expect(session.isSaveFailing()).toBe(true);
    expect(session.saveAlert()).toBeNull();
    // What was stored before the quota was reached is still there.
    expect(storage.data.has(SAVE_KEY)).toBe(true);
  });

  it('says it in Japanese for a Japanese player, and again in English after the switch', () => {
    const storage = switchableStorage();
    const session = new GameSession(content, storage, 'ja');
    session.send({ type: 'game.start' });
    storage.refusing = true;
    session.send({ type: 'prologue.continue' });
    expect(session.saveAlert()).toBe(ja['ui.save.failing']);
    session.setLocale('en');
    expect(session.saveAlert()).toBe(en['ui.save.failing']);
  });

  it('is cleared by a save that works, and the next failure tells again once', () => {
    const storage = switchableStorage();
    const session = new GameSession(content, storage, 'en');
    session.send({ type: 'game.start' });
    expect(session.isSaveFailing()).toBe(false);

    storage.refusing = true;
    session.send({ type: 'prologue.continue' });
    expect(session.isSaveFailing()).toBe(true);
    expect(session.saveAlert()).toBe(en['ui.save.failing']);
    session.send({ type: 'briefing.continue' });
    expect(session.saveAlert(), 'not on every screen').toBeNull();

    storage.refusing = false;
    const writes = storage.writes;
    session.send({ type: 'choice.select', choice: founders[0]! });
    expect(storage.writes).toBeGreaterThan(writes);
    expect(session.isSaveFailing()).toBe(false);
    expect(session.saveAlert(), 'saving again is not announced').toBeNull();

    storage.refusing = true;
    session.send({ type: 'reveal.continue' });
    expect(session.saveAlert()).toBe(en['ui.save.failing']);
  });

  it('an event the machine ignores neither saves nor ends the alert', () => {
    const storage = switchableStorage();
    const session = new GameSession(content, storage, 'en');
    session.send({ type: 'game.start' });
    storage.refusing = true;
    session.send({ type: 'prologue.continue' });
    session.send({ type: 'reveal.continue' });
    expect(session.saveAlert()).toBe(en['ui.save.failing']);
  });

  it('says nothing more mid-game when the title already said storage is unusable', () => {
    const session = new GameSession(content, fullStorage(), 'en');
    const title = session.view();
    expect(title.screen === 'title' && title.notice).toBe(en['ui.save.unavailable']);
    expect(alertsOnTheWay(session).every((a) => a === null)).toBe(true);
    expect(session.isSaveFailing()).toBe(true);
  });
});
