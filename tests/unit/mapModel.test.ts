import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import type { Content } from '../../src/content/load.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import type { StoryContext } from '../../src/machine/events.ts';
import { eventsForPath, replayEvents } from '../../src/machine/restore.ts';
import { createStoryMachine } from '../../src/machine/storyMachine.ts';
import { EMPTY_MEMORY, remember, type Memory } from '../../src/persistence/memory.ts';
import { possibleTargets } from '../../src/story/graph.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { mapModel } from '../../src/view/map.ts';
import { tinyContent, tinyStory } from '../fixtures/tiny.ts';

/** The machine's context after playing these choices (and any further events). */
function contextAfter(content: Content, choices: string[], more: object[] = []): StoryContext {
  const actor = replayEvents(createStoryMachine(content), eventsForPath(choices))!;
  for (const e of more) actor.send(e as never);
  return actor.getSnapshot().context;
}

const fresh = (content: Content) =>
  createActor(createStoryMachine(content)).start().getSnapshot().context;

const mapOf = (content: Content, context: StoryContext, memory: Memory = EMPTY_MEMORY) =>
  mapModel(content, createTranslator(content, 'en'), context, memory);

describe('branch map, tiny story', () => {
  const content = tinyContent();

  it('shows every decision in date order, every choice, the endings as the last band', () => {
    const map = mapOf(content, fresh(content));
    expect(map.decisions.map((d) => d.id)).toEqual(['first', 'second']);
    expect(map.decisions[1]!.choices.map((c) => c.id)).toEqual(['go', 'stop', 'rescue']);
    expect(map.bands.map((b) => b.nodes)).toEqual([['first'], ['second'], ['win', 'lose']]);
    expect(map.bands.map((b) => b.label).slice(0, 2)).toEqual(['2015', '2016']);
    expect(map.endings.map((e) => e.band)).toEqual([2, 2]);
  });

  it('locks unexplored choices: label shown, where they lead hidden', () => {
    const map = mapOf(content, fresh(content));
    for (const d of map.decisions)
      for (const c of d.choices) {
        expect(c.mark).toBe('locked');
        expect(c.label).toBe(`${d.id}.${c.id}`);
        expect(c.leadsTo).toBeNull();
      }
    expect(map.endings.every((e) => !e.reached)).toBe(true);
  });

  it('marks this route, an earlier route, memory and the founders’ choices', () => {
    const context = contextAfter(
      content,
      ['small', 'rescue'],
      [{ type: 'history.rewind', decision: 'second' }],
    );
    const memory = remember(
      remember(EMPTY_MEMORY, { choice: { decision: 'second', choice: 'go' } }),
      {
        ending: 'win',
      },
    );
    const map = mapOf(content, context, memory);
    const marks = Object.fromEntries(
      map.decisions.flatMap((d) => d.choices.map((c) => [`${d.id}/${c.id}`, c.mark])),
    );
    expect(marks).toEqual({
      'first/big': 'locked',
      'first/small': 'route',
      'second/go': 'explored',
      'second/stop': 'locked',
      'second/rescue': 'earlier',
    });
    const first = map.decisions[0]!;
    expect(first.choices.find((c) => c.id === 'big')!.historical).toBe(true);
    expect(first.choices.find((c) => c.id === 'small')!.leadsTo).toEqual([
      'second.date: second.title',
    ]);
    expect(map.route).toEqual(['first', 'second']);
    expect(map.earlierRoutes).toEqual([['first', 'second', 'win']]);
    expect(map.historical).toEqual(['first', 'second', 'win']);
    expect(map.endings.find((e) => e.id === 'win')).toMatchObject({
      reached: true,
      title: 'e.win',
      onEarlier: true,
      onHistorical: true,
      onRoute: false,
    });
    expect(map.endings.find((e) => e.id === 'lose')!.title).not.toBe('e.lose');
  });

  it('offers to go back exactly to the decisions taken on this route', () => {
    const map = mapOf(content, contextAfter(content, ['big']));
    expect(map.decisions.map((d) => [d.id, d.reached, d.current])).toEqual([
      ['first', true, false],
      ['second', false, true],
    ]);
    expect(map.decisions[0]!.rewind).toEqual({ type: 'history.rewind', decision: 'first' });
    expect(map.decisions[1]!.rewind).toBeNull();
    expect(map.taken).toEqual([
      {
        decision: 'first',
        dateLine: 'first.date',
        title: 'first.title',
        chosen: 'first.big',
        event: { type: 'history.rewind', decision: 'first' },
      },
    ]);
  });

  it('links each decision to every node its choices can lead to, with the routes marked', () => {
    const map = mapOf(content, contextAfter(content, ['small', 'go']));
    expect(map.links).toEqual([
      { from: 'first', to: 'second', route: true, historical: true, earlier: false },
      { from: 'second', to: 'win', route: false, historical: true, earlier: false },
      { from: 'second', to: 'lose', route: true, historical: false, earlier: false },
    ]);
    expect(map.comparison.map((r) => r.divergedHere)).toEqual([true, false]);
  });

  it('shows a decision added to the story with no code change, stacked with one of the same month', () => {
    const third = {
      ...tinyStory.decisions[1]!,
      id: 'third',
      date: '2016-09-20',
      title: 'third.title',
      briefingVariants: [],
      choices: [
        {
          id: 'left',
          label: 'third.left',
          outcome: [{ kind: 'prompt', line: 'x.o' }],
          next: 'win',
        },
        {
          id: 'right',
          label: 'third.right',
          outcome: [{ kind: 'prompt', line: 'x.o' }],
          next: 'lose',
        },
      ],
    };
    const first = {
      ...tinyStory.decisions[0]!,
      choices: [...tinyStory.decisions[0]!.choices] as object[],
    };
    first.choices[1] = { ...first.choices[1]!, next: 'third' };
    const bigger = tinyContent({ ...tinyStory, decisions: [first, tinyStory.decisions[1], third] });
    const map = mapOf(bigger, fresh(bigger));
    expect(map.decisions.map((d) => d.id)).toEqual(['first', 'second', 'third']);
    expect(map.bands.map((b) => b.nodes)).toEqual([
      ['first'],
      ['second', 'third'],
      ['win', 'lose'],
    ]);
    expect(map.decisions[2]).toMatchObject({ band: 1, stack: 1 });
    expect(map.links.filter((l) => l.from === 'first').map((l) => l.to)).toEqual([
      'second',
      'third',
    ]);
  });
});

describe('branch map, the real story', () => {
  const content = loadContent();
  const map = mapOf(content, fresh(content));

  it('holds every decision and every choice of the story graph, in date order', () => {
    expect(new Set(map.decisions.map((d) => d.id))).toEqual(new Set(content.decisions.keys()));
    for (const d of content.story.decisions)
      expect(map.decisions.find((m) => m.id === d.id)!.choices.map((c) => c.id)).toEqual(
        d.choices.map((c) => c.id),
      );
    const dates = map.decisions.map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
    expect(map.endings.map((e) => e.id)).toEqual(content.story.endings.map((e) => e.id));
  });

  it('stacks the two Tesla decisions in one band, and draws every link of the graph', () => {
    const band = map.bands.find((b) => b.nodes.includes('tesla'));
    expect(band?.nodes).toEqual(['tesla', 'tesla-ceo']);
    const expected = content.story.decisions.flatMap((d) =>
      possibleTargets(d).map((to) => `${d.id}>${to}`),
    );
    expect(new Set(map.links.map((l) => `${l.from}>${l.to}`))).toEqual(new Set(expected));
  });

  it('follows the founders’ route to the historical ending', () => {
    const founders = historicalRoute(content);
    expect(map.historical).toEqual([...founders.steps.map((s) => s.decision), founders.at]);
    expect(map.links.filter((l) => l.historical)).toHaveLength(founders.steps.length);
  });
});
