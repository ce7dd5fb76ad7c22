import { describe, expect, it } from 'vitest';
import { clearSave, readSave, SAVE_KEY, writeSave } from '../../src/persistence/save.ts';
import { memoryStorage, throwingStorage as throwing } from '../fixtures/storage.ts';

const save = {
  contentHash: 'abc',
  savedAt: '2026-01-01T00:00:00Z',
  events: [{ type: 'game.start' as const }, { type: 'choice.select' as const, choice: 'a' }],
  path: ['a'],
  state: { x: 'y' },
};

describe('autosave envelope', () => {
  it('round-trips a save', () => {
    const s = memoryStorage();
    expect(writeSave(s, save)).toBe(true);
    const read = readSave(s);
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.save).toMatchObject(save);
  });

  it('reports no save, corrupt, foreign and outdated data distinctly', () => {
    const s = memoryStorage();
    expect(readSave(s)).toEqual({ kind: 'none' });
    s.data.set(SAVE_KEY, '{"game":"founders-dil');
    expect(readSave(s)).toEqual({ kind: 'invalid', reason: 'corrupt' });
    s.data.set(SAVE_KEY, JSON.stringify({ level: 3, coins: 99 }));
    expect(readSave(s)).toEqual({ kind: 'invalid', reason: 'foreign' });
    s.data.set(SAVE_KEY, JSON.stringify({ ...save, game: 'founders-dilemma', schema: 1 }));
    expect(readSave(s)).toEqual({ kind: 'invalid', reason: 'outdated' });
    s.data.set(SAVE_KEY, JSON.stringify({ game: 'founders-dilemma', schema: 2, events: 'x' }));
    expect(readSave(s)).toEqual({ kind: 'invalid', reason: 'corrupt' });
    const injected = { ...save, events: [{ type: 'xstate.init' }] };
    s.data.set(SAVE_KEY, JSON.stringify({ game: 'founders-dilemma', schema: 2, ...injected }));
    expect(readSave(s)).toEqual({ kind: 'invalid', reason: 'corrupt' });
  });

  it('never throws when storage is missing or throws on every call', () => {
    expect(readSave(null)).toEqual({ kind: 'none' });
    expect(writeSave(null, save)).toBe(false);
    expect(readSave(throwing)).toEqual({ kind: 'none' });
    expect(writeSave(throwing, save)).toBe(false);
    expect(() => clearSave(throwing)).not.toThrow();
  });
});
