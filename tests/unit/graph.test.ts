import { describe, expect, it } from 'vitest';
import {
  briefingFor,
  possibleTargets,
  resolveRoute,
  visibleChoices,
} from '../../src/story/graph.ts';
import { historicalRoute, replay } from '../../src/story/route.ts';
import { initialTimeline } from '../../src/story/timeline.ts';
import { tinyContent } from '../fixtures/tiny.ts';

const content = tinyContent();
const second = content.decisions.get('second')!;
const start = initialTimeline(content.story.meters);

describe('story graph', () => {
  it('offers a conditional choice only when its condition holds', () => {
    expect(visibleChoices(second, start).map((c) => c.id)).toEqual(['go', 'stop']);
    const broke = { ...start, meters: { ...start.meters, funding: 5 } };
    expect(visibleChoices(second, broke).map((c) => c.id)).toEqual(['go', 'stop', 'rescue']);
  });

  it('picks the first briefing variant that holds, else the default briefing', () => {
    expect(briefingFor(second, start)[0]?.line).toBe('second.b.poor');
    expect(briefingFor(second, { ...start, flags: ['big'] })[0]?.line).toBe('second.b');
  });

  it('resolves routes in order, falling back to the unconditional last one', () => {
    const go = second.choices[0]!;
    expect(resolveRoute(go.next, { ...start, meters: { funding: 40 } })).toBe('win');
    expect(resolveRoute(go.next, { ...start, meters: { funding: 39 } })).toBe('lose');
    expect(resolveRoute('second', start)).toBe('second');
  });

  it('lists every node a decision can lead to, once', () => {
    expect(possibleTargets(second).sort()).toEqual(['lose', 'win']);
  });

  it('replays choices and refuses unknown or unavailable ones', () => {
    expect(replay(content, ['big', 'go'])?.at).toBe('win');
    expect(replay(content, ['small', 'go'])?.at).toBe('lose');
    expect(replay(content, ['small', 'rescue'])?.at).toBe('win');
    expect(replay(content, ['big', 'rescue'])).toBeNull();
    expect(replay(content, ['nope'])).toBeNull();
    expect(replay(content, ['big', 'go', 'extra'])).toBeNull();
  });

  it('follows the historical choices to the historical ending', () => {
    const route = historicalRoute(content);
    expect(route.steps.map((s) => s.choice)).toEqual(['big', 'go']);
    expect(route.at).toBe('win');
  });
});
