import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/content/load.ts';
import { findProblems } from '../../src/content/integrity.ts';
import { tinyContent, tinyStory } from '../fixtures/tiny.ts';

const base = () => JSON.parse(JSON.stringify(tinyStory)) as typeof tinyStory;
const sources = [
  { id: 'S1', title: 't', publisher: 'p', date: 'd', url: 'https://example.org', reliability: 'r' },
];
const quotes = [
  { id: 'q-one', text: 'x', by: 'b', context: 'c', date: '2015-01-01', sources: ['S1'] },
];

describe('content schema and integrity checks (they must catch broken content)', () => {
  it('accepts the tiny fixture with no problems', () => {
    expect(findProblems(tinyContent())).toEqual([]);
  });

  it('rejects a history block without sources', () => {
    const story = base();
    (story.prologue.blocks[0] as { sources: string[] }).sources = [];
    expect(() => buildContent({ story, sources, quotes, locales: {} })).toThrow(
      /cites at least one source/,
    );
  });

  it('rejects conditional routes without an unconditional fallback', () => {
    const story = base();
    story.decisions[1]!.choices[0]!.next = [{ when: { flag: 'big' }, to: 'win' }] as never;
    expect(() => buildContent({ story, sources, quotes, locales: {} })).toThrow(/last route/);
  });

  it('rejects an http (not https) source link', () => {
    const bad = [{ ...sources[0], url: 'http://example.org' }];
    expect(() => buildContent({ story: base(), sources: bad, quotes, locales: {} })).toThrow();
  });

  it('reports unknown targets, sources, quotes, meters, flags and missing lines', () => {
    const story = base();
    story.decisions[0]!.choices[0]!.next = 'nowhere';
    (story.decisions[0]!.history[0] as { sources: string[] }).sources = ['S9'];
    (story.decisions[0]!.briefing[0] as { quotes: string[] }).quotes = ['q-missing'];
    Object.assign(story.decisions[0]!.choices[1]!, {
      effects: [{ op: 'add', meter: 'fame', value: 1 }],
    });
    Object.assign(story.decisions[1]!.choices[2]!, { when: { flag: 'never-set' } });
    const content = buildContent({ story, sources, quotes, locales: { en: [{}] } });
    const problems = findProblems(content).join('\n');
    expect(problems).toMatch(/unknown node "nowhere"/);
    expect(problems).toMatch(/unknown source S9/);
    expect(problems).toMatch(/unknown quote "q-missing"/);
    expect(problems).toMatch(/unknown meter "fame"/);
    expect(problems).toMatch(/flag "never-set" is tested but never set/);
    expect(problems).toMatch(/en: missing line "first.title"/);
  });
});
