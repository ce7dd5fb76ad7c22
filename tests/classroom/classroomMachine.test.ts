import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createClassroomMachine } from '../../src/classroom/classroomMachine.ts';
import type { ClassroomEvent, LessonKind } from '../../src/classroom/events.ts';
import { storyPlace } from '../../src/classroom/lesson.ts';
import { loadClassroom } from '../../src/classroom/pack.ts';
import { loadContent } from '../../src/content/bundled.ts';
import { historicalRoute } from '../../src/story/route.ts';

const content = loadContent();
const classroom = loadClassroom(content);
const machine = createClassroomMachine(content, classroom);
const founders = new Map(historicalRoute(content).steps.map((s) => [s.decision, s.choice]));

function lesson(kind: LessonKind = 'short', countdown = { enabled: false, seconds: 120 }) {
  const actor = createActor(machine).start();
  actor.send({ type: 'lesson.start', lesson: kind, countdown });
  const snap = () => actor.getSnapshot();
  return {
    actor,
    snap,
    send: (...events: ClassroomEvent[]) => events.forEach((e) => actor.send(e)),
    value: () => snap().value,
    story: () => storyPlace(snap().context.story),
    path: () => snap().context.story.context.path.map((s) => s.choice),
  };
}

/** Types a tally giving `winner` the most hands (or the counts given), and commits it. */
function vote(l: ReturnType<typeof lesson>, counts: Record<string, string>) {
  for (const [choice, value] of Object.entries(counts))
    l.send({ type: 'tally.set', choice, value });
  l.send({ type: 'tally.commit' });
}

describe('classroom machine', () => {
  it('starts at the set-up and refuses a countdown outside its range', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe('setup');
    actor.send({ type: 'lesson.start', lesson: 'full', countdown: { enabled: true, seconds: 5 } });
    expect(actor.getSnapshot().value).toBe('setup');
    actor.send({ type: 'page.next' });
    expect(actor.getSnapshot().value).toBe('setup');
  });

  it('keeps the outcome locked until the class has committed', () => {
    const l = lesson('full');
    expect(l.value()).toBe('prologue');
    l.send({ type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'briefing' });
    expect(l.story()).toEqual({ node: 'funding', inner: 'briefing' });
    l.send({ type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'voting' });
    expect(l.story()).toEqual({ node: 'funding', inner: 'choosing' });
    // A bad tally is refused: still voting, nothing chosen, no outcome anywhere.
    vote(l, { 'announce-1b': '12', 'announce-100m': '2.5' });
    expect(l.value()).toEqual({ decision: 'voting' });
    expect(l.snap().context.refused).toBe(true);
    expect(l.path()).toEqual([]);
    expect(l.snap().hasTag('committed')).toBe(false);
    // Next on the vote commits too (a clicker has only next and back).
    l.send({ type: 'tally.set', choice: 'announce-100m', value: '20' }, { type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'decided' });
    expect(l.snap().context.vote).toMatchObject({
      choice: 'announce-100m',
      decidedBy: 'majority',
      hands: { 'announce-1b': 12, 'announce-100m': 20 },
    });
    // Decided but not yet revealed: the story has not taken the choice.
    expect(l.path()).toEqual([]);
    expect(l.snap().hasTag('revealed')).toBe(false);
    l.send({ type: 'page.back' });
    expect(l.value()).toEqual({ decision: 'decided' });
    l.send({ type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'outcome' });
    expect(l.path()).toEqual(['announce-100m']);
    expect(l.snap().context.records).toEqual([
      {
        decision: 'funding',
        choice: 'announce-100m',
        decidedBy: 'majority',
        hands: { 'announce-1b': 12, 'announce-100m': 20 },
        leaders: ['announce-100m'],
      },
    ]);
    // Back never returns to the vote; tallies cannot be typed any more.
    l.send({ type: 'page.back' }, { type: 'tally.set', choice: 'announce-1b', value: '99' });
    expect(l.value()).toEqual({ decision: 'outcome' });
    expect(l.snap().context.tallies['announce-1b']).toBe('12');
  });

  it('goes back within pages: vote to briefing keeping the tallies, prompts to history', () => {
    const l = lesson('full');
    l.send({ type: 'page.next' }, { type: 'page.next' });
    l.send({ type: 'tally.set', choice: 'announce-1b', value: '7' }, { type: 'page.back' });
    expect(l.value()).toEqual({ decision: 'briefing' });
    l.send({ type: 'page.next' });
    expect(l.snap().context.tallies).toEqual({ 'announce-1b': '7' });
    vote(l, { 'announce-100m': '3' });
    l.send({ type: 'page.next' }, { type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'history' });
    l.send({ type: 'page.back' });
    expect(l.value()).toEqual({ decision: 'outcome' });
    l.send({ type: 'page.next' }, { type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'discussion' });
    const count = classroom.prompts.funding!.length;
    for (let i = 1; i < count; i++) l.send({ type: 'page.next' });
    expect(l.snap().context.prompt).toBe(count - 1);
    l.send({ type: 'prompt.show', index: 1 });
    expect(l.snap().context.prompt).toBe(1);
    l.send({ type: 'prompt.show', index: count });
    expect(l.snap().context.prompt).toBe(1);
    l.send({ type: 'page.back' }, { type: 'page.back' });
    expect(l.value()).toEqual({ decision: 'history' });
  });

  it('makes the teacher settle a tie among the tied options, recorded as a tie-break', () => {
    const l = lesson('full');
    l.send({ type: 'page.next' }, { type: 'page.next' });
    vote(l, { 'announce-1b': '14', 'announce-100m': '14' });
    expect(l.value()).toEqual({ decision: 'tieBreak' });
    expect(l.snap().context.vote?.choice).toBeNull();
    l.send({ type: 'page.next' }, { type: 'tie.break', choice: 'nope' });
    expect(l.value()).toEqual({ decision: 'tieBreak' });
    l.send({ type: 'tie.break', choice: 'announce-1b' }, { type: 'page.next' });
    expect(l.snap().context.records.at(-1)).toMatchObject({
      choice: 'announce-1b',
      decidedBy: 'tie-break',
      leaders: ['announce-1b', 'announce-100m'],
    });
  });

  it('records a deliberate override of the class, keeping the tally', () => {
    const l = lesson('full');
    l.send({ type: 'page.next' }, { type: 'page.next' });
    vote(l, { 'announce-1b': '20', 'announce-100m': '9' });
    // The class's own choice is no override.
    l.send({ type: 'override.ask', choice: 'announce-1b' });
    expect(l.snap().context.overrideAsked).toBeNull();
    l.send(
      { type: 'override.ask', choice: 'announce-100m' },
      { type: 'vote.override', choice: 'announce-100m' },
      { type: 'page.next' },
    );
    expect(l.path()).toEqual(['announce-100m']);
    expect(l.snap().context.records.at(-1)).toMatchObject({
      choice: 'announce-100m',
      decidedBy: 'override',
      hands: { 'announce-1b': 20, 'announce-100m': 9 },
      leaders: ['announce-1b'],
    });
  });

  it("takes an override only in two steps: asked, then confirmed; a cancel (Escape) leaves the class's choice", () => {
    const l = lesson('full');
    l.send({ type: 'page.next' }, { type: 'page.next' });
    vote(l, { 'announce-1b': '20', 'announce-100m': '9' });
    // One step alone changes nothing: an override never asked for is refused.
    l.send({ type: 'vote.override', choice: 'announce-100m' });
    expect(l.snap().context.vote).toMatchObject({ choice: 'announce-1b', decidedBy: 'majority' });
    l.send({ type: 'override.ask', choice: 'nope' });
    expect(l.snap().context.overrideAsked).toBeNull();

    l.send({ type: 'override.ask', choice: 'announce-100m' });
    expect(l.snap().context.overrideAsked).toBe('announce-100m');
    expect(l.snap().context.vote?.decidedBy).toBe('majority');
    // While it waits, Next does not pass it by.
    l.send({ type: 'page.next' });
    expect(l.value()).toEqual({ decision: 'decided' });
    l.send({ type: 'override.cancel' });
    expect(l.snap().context.overrideAsked).toBeNull();
    l.send({ type: 'vote.override', choice: 'announce-100m' });
    expect(l.snap().context.vote?.decidedBy).toBe('majority');
    l.send({ type: 'page.next' });
    expect(l.path()).toEqual(['announce-1b']);
    expect(l.snap().context.records.at(-1)?.decidedBy).toBe('majority');

    // The next decision: asked, confirmed, recorded; the confirmation is for the option asked.
    l.send({ type: 'page.next' });
    while (JSON.stringify(l.value()) !== '{"decision":"briefing"}') l.send({ type: 'page.next' });
    l.send({ type: 'page.next' });
    vote(l, { 'raise-pay': '20', 'hold-line': '5', 'musk-calls': '3' });
    l.send({ type: 'override.ask', choice: 'hold-line' });
    l.send({ type: 'vote.override', choice: 'musk-calls' });
    expect(l.snap().context.vote?.decidedBy).toBe('majority');
    l.send({ type: 'vote.override', choice: 'hold-line' });
    expect(l.snap().context).toMatchObject({
      overrideAsked: null,
      vote: { choice: 'hold-line', decidedBy: 'override' },
    });
    l.send({ type: 'page.next' });
    expect(l.path()).toEqual(['announce-1b', 'hold-line']);
  });

  it('refuses zero hands everywhere', () => {
    const l = lesson('full');
    l.send({ type: 'page.next' }, { type: 'page.next' });
    vote(l, { 'announce-1b': '0', 'announce-100m': '0' });
    expect(l.value()).toEqual({ decision: 'voting' });
    expect(l.snap().context.refused).toBe(true);
  });

  it('runs a countdown only when the teacher set one up, and decides nothing when it ends', () => {
    const off = lesson('full');
    off.send({ type: 'page.next' }, { type: 'countdown.start', at: 1000 });
    expect(off.snap().context.countdownStartedAt).toBeNull();
    const on = lesson('full', { enabled: true, seconds: 60 });
    on.send({ type: 'page.next' }, { type: 'page.next' }, { type: 'countdown.start', at: 1000 });
    expect(on.snap().context.countdownStartedAt).toBe(1000);
    expect(on.value()).toEqual({ decision: 'voting' });
    on.send({ type: 'countdown.stop' });
    expect(on.snap().context.countdownStartedAt).toBeNull();
  });

  it('plays the short lesson: votes on its decisions only, skipped ones as the founders took them', () => {
    const l = lesson('short');
    l.send({ type: 'page.next' });
    const seen: string[] = [];
    for (let guard = 0; l.value() !== 'ending' && guard < 20; guard++) {
      if (l.value() === 'recap') {
        seen.push(`recap:${l.snap().context.recap.join(',')}`);
        l.send({ type: 'page.next' });
      } else {
        expect(l.value()).toEqual({ decision: 'briefing' });
        seen.push(throughDecision(l));
      }
    }
    expect(seen).toEqual([
      'funding',
      'recap:counteroffers',
      'azure',
      'control',
      'recap:tesla',
      'structure',
      'microsoft',
    ]);
    const records = l.snap().context.records;
    expect(records.map((r) => `${r.decision}:${r.decidedBy}`)).toEqual([
      'funding:majority',
      'counteroffers:founders',
      'azure:majority',
      'control:majority',
      'tesla:founders',
      'structure:majority',
      'microsoft:majority',
    ]);
    expect(records.map((r) => r.choice)).toEqual([...founders.values()]);
    expect(records[1]?.hands).toBeNull();
    expect(l.story().node).toBe('ending');
    l.send({ type: 'page.next' });
    expect(l.value()).toBe('debrief');
    l.send({ type: 'page.back' });
    expect(l.value()).toBe('ending');
    l.send({ type: 'lesson.end' });
    expect(l.value()).toBe('setup');
    expect(l.snap().context.records).toEqual([]);
  });

  it('votes on every decision in the full lesson', () => {
    const l = lesson('full');
    l.send({ type: 'page.next' });
    const seen: string[] = [];
    for (let guard = 0; l.value() !== 'ending' && guard < 20; guard++)
      seen.push(throughDecision(l));
    expect(seen).toEqual([...founders.keys()]);
  });
});

/** From a briefing: the founders' choice wins the vote, then every page and prompt. */
function throughDecision(l: ReturnType<typeof lesson>): string {
  const at = l.story().node;
  l.send({ type: 'page.next' });
  for (const c of content.decisions.get(at)!.choices)
    l.send({ type: 'tally.set', choice: c.id, value: c.id === founders.get(at) ? '20' : '3' });
  l.send({ type: 'tally.commit' });
  expect(l.value()).toEqual({ decision: 'decided' });
  l.send({ type: 'page.next' }, { type: 'page.next' }, { type: 'page.next' });
  expect(l.value()).toEqual({ decision: 'discussion' });
  for (let i = 0; i < classroom.prompts[at]!.length; i++) l.send({ type: 'page.next' });
  return at;
}
