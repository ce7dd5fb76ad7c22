import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/machine/events.ts';
import { eventsForPath, replayEvents } from '../../src/machine/restore.ts';
import { createStoryMachine } from '../../src/machine/storyMachine.ts';
import { tinyContent } from '../fixtures/tiny.ts';

const content = tinyContent();
const machine = createStoryMachine(content);

function started() {
  const actor = createActor(machine).start();
  const cues: Cue[] = [];
  actor.on('cue', (e) => cues.push(e.cue));
  return { actor, cues, value: () => actor.getSnapshot().value };
}

function toFirstChoice() {
  const game = started();
  game.actor.send({ type: 'game.start' });
  game.actor.send({ type: 'prologue.continue' });
  game.actor.send({ type: 'briefing.continue' });
  return game;
}

describe('story machine', () => {
  it('goes title → prologue → first decision briefing → choosing', () => {
    const { actor, value } = started();
    expect(value()).toBe('title');
    expect(actor.getSnapshot().hasTag('title')).toBe(true);
    actor.send({ type: 'game.start' });
    expect(value()).toBe('prologue');
    actor.send({ type: 'prologue.continue' });
    expect(value()).toEqual({ first: 'briefing' });
    expect(actor.getSnapshot().hasTag('briefing')).toBe(true);
    actor.send({ type: 'briefing.continue' });
    expect(value()).toEqual({ first: 'choosing' });
    expect(actor.getSnapshot().hasTag('awaitingChoice')).toBe(true);
  });

  it('applies a choice: meters, flags, path, resolved next; then outcome → history → next', () => {
    const { actor, value, cues } = toFirstChoice();
    actor.send({ type: 'choice.select', choice: 'big' });
    const snap = actor.getSnapshot();
    expect(value()).toEqual({ first: 'outcome' });
    expect(snap.hasTag('revealing')).toBe(true);
    expect(snap.context.timeline).toEqual({ meters: { funding: 80, talent: 100 }, flags: ['big'] });
    expect(snap.context.path).toEqual([{ decision: 'first', choice: 'big' }]);
    expect(snap.context.next).toBe('second');
    expect(cues.slice(-2)).toEqual(['choice', 'meter']);
    actor.send({ type: 'reveal.continue' });
    expect(value()).toEqual({ first: 'history' });
    expect(cues.at(-1)).toBe('reveal');
    actor.send({ type: 'reveal.continue' });
    expect(value()).toEqual({ second: 'briefing' });
  });

  it('ignores events that do not belong to the current phase', () => {
    const { actor, value } = started();
    actor.send({ type: 'choice.select', choice: 'big' });
    actor.send({ type: 'reveal.continue' });
    expect(value()).toBe('title');
    actor.send({ type: 'game.start' });
    actor.send({ type: 'prologue.continue' });
    actor.send({ type: 'choice.select', choice: 'big' });
    expect(value()).toEqual({ first: 'briefing' });
  });

  it('refuses a choice that is unknown or not offered on this timeline', () => {
    const { actor, value } = toFirstChoice();
    actor.send({ type: 'choice.select', choice: 'go' });
    actor.send({ type: 'choice.select', choice: 'nonsense' });
    expect(value()).toEqual({ first: 'choosing' });
    actor.send({ type: 'choice.select', choice: 'big' });
    actor.send({ type: 'reveal.continue' });
    actor.send({ type: 'reveal.continue' });
    actor.send({ type: 'briefing.continue' });
    actor.send({ type: 'choice.select', choice: 'rescue' }); // only offered when funding <= 10
    expect(value()).toEqual({ second: 'choosing' });
  });

  it('reaches an ending with its pages, and restarts to a fresh title', () => {
    const { actor, value, cues } = toFirstChoice();
    for (const e of [
      { type: 'choice.select', choice: 'small' },
      { type: 'reveal.continue' },
      { type: 'reveal.continue' },
      { type: 'briefing.continue' },
      { type: 'choice.select', choice: 'rescue' },
      { type: 'reveal.continue' },
      { type: 'reveal.continue' },
    ] as const)
      actor.send(e);
    expect(value()).toEqual({ ending: { win: 'summary' } });
    expect(actor.getSnapshot().hasTag('ending')).toBe(true);
    expect(cues.at(-1)).toBe('ending');
    actor.send({ type: 'reveal.continue' });
    expect(value()).toEqual({ ending: { win: 'compare' } });
    actor.send({ type: 'reveal.continue' });
    expect(value()).toEqual({ ending: { win: 'epilogue' } });
    actor.send({ type: 'game.restart' });
    expect(value()).toBe('title');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  it('replays events into the same state, and refuses an impossible or unexpected replay', () => {
    const restored = replayEvents(machine, [
      ...eventsForPath(['small']),
      { type: 'briefing.continue' },
    ]);
    expect(restored?.getSnapshot().value).toEqual({ second: 'choosing' });
    expect(restored?.getSnapshot().context.timeline.meters.funding).toBe(0);
    expect(replayEvents(machine, eventsForPath(['small', 'rescue']))?.getSnapshot().value).toEqual({
      ending: { win: 'summary' },
    });
    expect(replayEvents(machine, eventsForPath(['big', 'rescue']))).toBeNull();
    expect(replayEvents(machine, [{ type: 'reveal.continue' }])).toBeNull();
    expect(
      replayEvents(machine, eventsForPath(['big']), { state: { first: 'briefing' } }),
    ).toBeNull();
    expect(replayEvents(machine, eventsForPath(['big']), { path: ['small'] })).toBeNull();
  });

  it('rewinds to a decision already taken, keeping the earlier route to compare', () => {
    const actor = replayEvents(machine, [...eventsForPath(['small', 'rescue'])])!;
    expect(actor.getSnapshot().value).toEqual({ ending: { win: 'summary' } });
    actor.send({ type: 'history.rewind', decision: 'first' });
    const snap = actor.getSnapshot();
    expect(snap.value).toEqual({ first: 'briefing' });
    expect(snap.context.path).toEqual([]);
    expect(snap.context.timeline).toEqual({ meters: { funding: 50, talent: 95 }, flags: [] });
    expect(snap.context.earlierRoutes).toEqual([
      [
        { decision: 'first', choice: 'small' },
        { decision: 'second', choice: 'rescue' },
      ],
    ]);
    for (const e of eventsForPath(['big', 'go']).slice(2)) actor.send(e);
    expect(actor.getSnapshot().value).toEqual({ ending: { win: 'summary' } });
    expect(actor.getSnapshot().context.path.map((s) => s.choice)).toEqual(['big', 'go']);
  });

  it('refuses to rewind to a decision not taken yet, and keeps rewinding back in the same route', () => {
    const actor = replayEvents(machine, eventsForPath(['big']))!;
    actor.send({ type: 'history.rewind', decision: 'second' });
    expect(actor.getSnapshot().value).toEqual({ second: 'briefing' });
    expect(actor.getSnapshot().context.earlierRoutes).toEqual([]);
    actor.send({ type: 'history.rewind', decision: 'nowhere' });
    expect(actor.getSnapshot().context.path).toHaveLength(1);
    actor.send({ type: 'history.rewind', decision: 'first' });
    expect(actor.getSnapshot().value).toEqual({ first: 'briefing' });
  });
});
