import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import type { Content } from '../../src/content/load.ts';
import { tinyContent } from '../fixtures/tiny.ts';
import { adjacency, nodeOf, reachable, serializeState, storyEvents } from './traverse.ts';

function checkStory(name: string, content: Content) {
  describe(`${name}: every part of the story can be reached and left`, () => {
    const paths = reachable(content);
    const nodes = new Set(paths.map((p) => nodeOf(p.state.value)));

    it('reaches every decision and every ending from the title', () => {
      for (const d of content.story.decisions) expect(nodes, d.id).toContain(d.id);
      for (const e of content.story.endings) expect(nodes, e.id).toContain(`ending:${e.id}`);
    });

    it('offers a way on from every reachable state (no dead end), and reaches an ending from each', () => {
      const map = adjacency(content);
      const canEnd = new Set<string>();
      for (const [key, entry] of Object.entries(map))
        if (entry.state.hasTag('epilogue')) canEnd.add(key);
      // Walk backwards until nothing changes: a state can end if one of its moves can.
      let grew = true;
      while (grew) {
        grew = false;
        for (const [key, entry] of Object.entries(map)) {
          if (canEnd.has(key)) continue;
          const moves = Object.values(entry.transitions).map((t) => serializeState(t.state));
          if (moves.some((m) => m !== key && canEnd.has(m))) {
            canEnd.add(key);
            grew = true;
          }
        }
      }
      const stuck = Object.keys(map).filter((k) => !canEnd.has(k));
      expect(stuck).toEqual([]);
      expect(Object.keys(map).length).toBe(paths.length);
    });

    it('shows at least two choices whenever the player must choose', () => {
      for (const p of paths) {
        if (!p.state.hasTag('awaitingChoice')) continue;
        const offered = storyEvents(content).filter(
          (e) => e.type === 'choice.select' && p.state.can(e),
        );
        expect(offered.length, JSON.stringify(p.state.value)).toBeGreaterThanOrEqual(2);
        expect(offered.length).toBeLessThanOrEqual(4);
      }
    });
  });
}

checkStory('tiny fixture', tinyContent());
checkStory('the real story', loadContent());

describe('the reachability checks themselves', () => {
  it('notice an ending that no choice leads to', async () => {
    const { tinyStory } = await import('../fixtures/tiny.ts');
    const story = JSON.parse(JSON.stringify(tinyStory)) as typeof tinyStory;
    story.endings.push({ ...story.endings[1]!, id: 'orphan' });
    const content = tinyContent(story);
    const nodes = new Set(reachable(content).map((p) => nodeOf(p.state.value)));
    expect(nodes).toContain('ending:lose');
    expect(nodes).not.toContain('ending:orphan');
  });
});
