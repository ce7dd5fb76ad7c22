import { describe, expect, it } from 'vitest';
import { DAMAGED_KEY, SAVE_KEY } from '../../src/persistence/save.ts';
import { GameSession } from '../../src/session/GameSession.ts';
import { encodePath } from '../../src/story/pathCode.ts';
import { tinyContent } from '../fixtures/tiny.ts';
import { memoryStorage, throwingStorage } from '../fixtures/storage.ts';
import { playChoices } from '../fixtures/playSession.ts';

const content = tinyContent();
const open = (storage = memoryStorage()) => ({
  storage,
  session: new GameSession(content, storage, 'en'),
});

describe('game session', () => {
  it('autosaves and resumes after a reload at the same screen, rewinds included', () => {
    const { storage, session } = open();
    playChoices(session, ['small', 'rescue']);
    session.send({ type: 'history.rewind', decision: 'first' });
    session.send({ type: 'briefing.continue' });
    session.send({ type: 'choice.select', choice: 'big' });
    const before = session.view();

    const reloaded = new GameSession(content, storage, 'en');
    const title = reloaded.view();
    if (title.screen !== 'title') throw new Error(title.screen);
    expect(title.resume?.detail).toBe('first.date: first.title');
    reloaded.resume();
    expect(reloaded.view()).toEqual(before);
  });

  it('marks no decision "you are here" on the map before the first decision, then the one played', () => {
    const { session } = open();
    const here = () =>
      session
        .map()
        .decisions.filter((d) => d.current)
        .map((d) => d.id);
    expect(here()).toEqual([]);
    session.send({ type: 'game.start' });
    expect(here()).toEqual([]);
    playChoices(session, ['small']);
    expect(here()).toEqual(['second']);
  });

  it('ignores events the machine refuses (they are not saved either)', () => {
    const { storage, session } = open();
    playChoices(session, []);
    session.send({ type: 'choice.select', choice: 'big' });
    session.send({ type: 'reveal.continue' });
    const saved = JSON.parse(storage.data.get(SAVE_KEY)!) as { events: unknown[] };
    expect(saved.events).toHaveLength(2);
  });

  it('sets a damaged save aside with a message, and starts normally', () => {
    const storage = memoryStorage();
    storage.data.set(SAVE_KEY, '{"game":"founders-dilemma","sche');
    const { session } = open(storage);
    const v = session.view();
    if (v.screen !== 'title') throw new Error(v.screen);
    // The tiny fixture has no UI text, so the message shows as its line id.
    expect(v.notice).toBe('[ui.save.corrupt]');
    expect(v.resume).toBeNull();
    expect(storage.data.get(DAMAGED_KEY)).toBe('{"game":"founders-dilemma","sche');
    session.send({ type: 'game.start' });
    expect(session.view().screen).toBe('prologue');
  });

  it('opens a share link at the same point, keeping the player’s own game', () => {
    const { storage, session } = open();
    playChoices(session, ['big']);
    const code = encodePath(content, ['small', 'rescue']);
    const shared = new GameSession(content, storage, 'en');
    expect(shared.openShared(code)).toBe(true);
    const there = shared.view();
    expect(there.screen === 'ending' && there.ending).toBe('win');
    const again = open().session;
    again.openShared(code);
    expect(again.view()).toEqual(there);
    // What the link showed counts as seen: its choices and its ending join the memory.
    expect([...again.remembered().explored].sort()).toEqual(['first/small', 'second/rescue']);
    expect([...again.remembered().endings]).toEqual(['win']);

    const later = new GameSession(content, storage, 'en').view();
    if (later.screen !== 'title') throw new Error(later.screen);
    expect(later.resume?.detail).toBe('e.win');
    expect(later.resumeEarlier?.detail).toBe('second.date: second.title');
  });

  it('refuses a broken link with a message and changes nothing', () => {
    const { storage, session } = open();
    playChoices(session, ['big']);
    const saved = storage.data.get(SAVE_KEY);
    const fresh = new GameSession(content, storage, 'en');
    const code = encodePath(content, ['big']);
    expect(
      fresh.openShared(code.replace(/\.(\w)$/, (_, c: string) => `.${c === 'a' ? 'b' : 'a'}`)),
    ).toBe(false);
    const v = fresh.view();
    if (v.screen !== 'title') throw new Error(v.screen);
    expect(v.notice).toBe('[ui.share.tampered]');
    expect(v.resume).not.toBeNull();
    expect(storage.data.get(SAVE_KEY)).toBe(saved);
    expect(fresh.openShared('nonsense')).toBe(false);
  });

  it('remembers explored choices and endings across play-throughs, and forgets them on request', () => {
    const { storage, session } = open();
    playChoices(session, ['small', 'rescue']);
    session.send({ type: 'game.restart' });
    playChoices(session, ['big', 'go']);
    const again = new GameSession(content, storage, 'en');
    expect([...again.remembered().explored].sort()).toEqual([
      'first/big',
      'first/small',
      'second/go',
      'second/rescue',
    ]);
    expect([...again.remembered().endings]).toEqual(['win']);
    again.forgetData();
    expect(again.remembered().explored.size).toBe(0);
    expect(storage.data.size).toBe(0);
  });

  it('exports and imports saves and memory; a bad file changes nothing', () => {
    const { session } = open();
    playChoices(session, ['small']);
    const file = session.exportData();
    const target = open();
    expect(target.session.importData('not json')).toBe('notJson');
    expect(target.session.importData('{"game":"other"}')).toBe('notOurs');
    const bad = JSON.parse(file) as { saves: { current: { events: unknown } } };
    bad.saves.current.events = 'x';
    expect(target.session.importData(JSON.stringify(bad))).toBe('badSave');
    expect(target.storage.data.size).toBe(0);
    expect(target.session.importData(file)).toBeNull();
    const v = target.session.view();
    expect(v.screen === 'title' && v.resume?.detail).toBe('second.date: second.title');
    expect([...target.session.remembered().explored]).toEqual(['first/small']);
  });

  it('plays on when storage throws on every call', () => {
    const session = new GameSession(content, throwingStorage, 'en');
    playChoices(session, ['big', 'go']);
    expect(session.view().screen).toBe('ending');
    expect(() => session.forgetData()).not.toThrow();
  });
});
