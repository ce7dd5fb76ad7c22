import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { EMPTY_MEMORY, remember } from '../../src/persistence/memory.ts';
import { branchPoints } from '../../src/story/branches.ts';
import { visibleChoices } from '../../src/story/graph.ts';
import { historicalRoute, replay } from '../../src/story/route.ts';
import { galleryModel } from '../../src/view/gallery.ts';
import { tinyContent } from '../fixtures/tiny.ts';

describe('where endings branch off the founders’ route', () => {
  it('names the last decision of the route where another choice still leads there', () => {
    // "lose": stop at the second decision; "win" also after "small" then "rescue".
    expect(Object.fromEntries(branchPoints(tinyContent()))).toEqual({
      lose: 'second',
      win: 'first',
    });
  });

  it('gives, for every ending of the real story, a branch point that really leads there', () => {
    const content = loadContent();
    const founders = historicalRoute(content).steps;
    const points = branchPoints(content);
    for (const ending of content.story.endings) {
      const decision = points.get(ending.id);
      expect(decision, ending.id).toBeDefined();
      const i = founders.findIndex((s) => s.decision === decision);
      expect(i, ending.id).toBeGreaterThanOrEqual(0);
      // Some route that leaves the founders' route exactly there ends at this ending.
      const before = founders.slice(0, i).map((s) => s.choice);
      const ends = (choices: string[]): boolean => {
        const r = replay(content, choices)!;
        const d = content.decisions.get(r.at);
        if (d === undefined) return r.at === ending.id;
        return visibleChoices(d, r.timeline).some((c) => ends([...choices, c.id]));
      };
      const at = replay(content, before)!;
      const leaving = visibleChoices(content.decisions.get(decision!)!, at.timeline).filter(
        (c) => c.id !== founders[i]!.choice,
      );
      expect(
        leaving.some((c) => ends([...before, c.id])),
        ending.id,
      ).toBe(true);
    }
  });
});

describe('endings gallery', () => {
  const content = loadContent();
  const t = createTranslator(content, 'en');

  it('locks every ending at first, each with a hint and no title', () => {
    const gallery = galleryModel(content, t, EMPTY_MEMORY);
    expect(gallery.progress).toBe('0 of 7 endings');
    expect(gallery.endings).toHaveLength(7);
    for (const e of gallery.endings) {
      expect(e.reached).toBe(false);
      expect(e.title).toBeNull();
      expect(e.summary).toBeNull();
      expect(e.hint).toMatch(e.historical ? /founders' choice at every decision/ : /Branches off/);
    }
    expect(gallery.endings.find((e) => e.id === 'musk-lab')!.hint).toBe(
      "Branches off the founders' route at August–September 2017: Who controls the for-profit?",
    );
  });

  it('shows reached endings with their title and summary, and counts them', () => {
    let memory = remember(EMPTY_MEMORY, { ending: 'ran-out' });
    memory = remember(memory, { ending: 'capped-profit-bet' });
    const gallery = galleryModel(content, t, memory);
    expect(gallery.progress).toBe('2 of 7 endings');
    expect(gallery.reached).toBe(2);
    const ranOut = gallery.endings.find((e) => e.id === 'ran-out')!;
    expect(ranOut).toMatchObject({ reached: true, title: 'The money ran out', hint: null });
    expect(ranOut.summary).toMatch(/could not keep going/);
  });
});
