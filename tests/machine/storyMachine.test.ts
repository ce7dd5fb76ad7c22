import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/machine/events.ts';
import { restoreActor } from '../../src/machine/restore.ts';
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

  it('restores a play-through by replaying it, and refuses an impossible one', () => {
    const restored = restoreActor(machine, ['small'], { first: 'history' });
    expect(restored?.getSnapshot().value).toEqual({ first: 'history' });
    expect(restored?.getSnapshot().context.timeline.meters.funding).toBe(0);
    expect(
      restoreActor(machine, ['small', 'rescue'], { ending: { win: 'compare' } })?.getSnapshot()
        .value,
    ).toEqual({
      ending: { win: 'compare' },
    });
    expect(restoreActor(machine, [], 'prologue')?.getSnapshot().value).toBe('prologue');
    expect(restoreActor(machine, ['big', 'rescue'], { ending: { win: 'summary' } })).toBeNull();
    expect(restoreActor(machine, ['big'], { nowhere: 'briefing' })).toBeNull();
    expect(restoreActor(machine, ['big'], { first: 'briefing' })).toBeNull();
  });
});
