import { describe, expect, it } from 'vitest';
import { ClassroomSession } from '../../src/classroom/ClassroomSession.ts';
import type { ClassroomEvent } from '../../src/classroom/events.ts';
import { loadClassroom } from '../../src/classroom/pack.ts';
import {
  CLASSROOM_DAMAGED_KEY,
  CLASSROOM_SAVE_KEY,
  readClassroomSave,
} from '../../src/classroom/save.ts';
import { loadContent } from '../../src/content/bundled.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { memoryStorage, throwingStorage } from '../fixtures/storage.ts';

const content = loadContent();
const classroom = loadClassroom(content);
const founders = new Map(historicalRoute(content).steps.map((s) => [s.decision, s.choice]));
const clock = () => new Date(2026, 10, 26, 10, 0, 0);
const open = (storage = memoryStorage(), locale: 'en' | 'ja' = 'en') => ({
  storage,
  session: new ClassroomSession(content, classroom, storage, locale, clock),
});

function send(session: ClassroomSession, ...events: ClassroomEvent[]) {
  events.forEach((e) => session.send(e));
}

/** From a briefing: the tally given, the rest of the decision's pages, every prompt. */
function decide(
  session: ClassroomSession,
  hands: Record<string, string>,
  extra: ClassroomEvent[] = [],
) {
  const decision = session.view().decision!;
  send(session, { type: 'page.next' });
  for (const [choice, value] of Object.entries(hands))
    send(session, { type: 'tally.set', choice, value });
  send(session, { type: 'tally.commit' }, ...extra, { type: 'page.next' });
  send(session, { type: 'page.next' }, { type: 'page.next' });
  classroom.prompts[decision]!.forEach(() => send(session, { type: 'page.next' }));
}

/** The short lesson: a tie at funding settled for the founders' choice, an override at azure. */
function shortLesson(session: ClassroomSession) {
  send(session, {
    type: 'lesson.start',
    lesson: 'short',
    countdown: { enabled: false, seconds: 120 },
  });
  send(session, { type: 'page.next' });
  decide(session, { 'announce-1b': '14', 'announce-100m': '14' }, [
    { type: 'tie.break', choice: 'announce-1b' },
  ]);
  send(session, { type: 'page.next' }); // the recap of the counteroffers
  decide(session, { 'take-as-offered': '20', 'counter-no-strings': '6', decline: '4' }, [
    { type: 'override.ask', choice: 'counter-no-strings' },
    { type: 'vote.override', choice: 'counter-no-strings' },
  ]);
  for (const d of ['control', 'structure', 'microsoft']) {
    if (session.view().screen === 'recap') send(session, { type: 'page.next' });
    const options = content.decisions.get(d)!.choices.map((c) => c.id);
    decide(
      session,
      Object.fromEntries(options.map((o) => [o, o === founders.get(d) ? '21' : '3'])),
    );
  }
}

describe('classroom session', () => {
  it('asks before an override, saying what the debrief will record, in en and ja; a reload keeps the question', () => {
    for (const locale of ['en', 'ja'] as const) {
      const { session, storage } = open(memoryStorage(), locale);
      send(session, {
        type: 'lesson.start',
        lesson: 'short',
        countdown: { enabled: false, seconds: 120 },
      });
      send(session, { type: 'page.next' }, { type: 'page.next' });
      send(
        session,
        { type: 'tally.set', choice: 'announce-1b', value: '20' },
        { type: 'tally.set', choice: 'announce-100m', value: '9' },
        { type: 'tally.commit' },
        { type: 'override.ask', choice: 'announce-100m' },
      );
      const view = session.view();
      if (view.screen !== 'decided') throw new Error(view.screen);
      const lines = content.locales[locale]!;
      const label = (id: string) =>
        lines[content.decisions.get('funding')!.choices.find((c) => c.id === id)!.label]!;
      const fill = (line: string, params: Record<string, string>) =>
        Object.entries(params).reduce((text, [k, v]) => text.replace(`{${k}}`, v), lines[line]!);
      expect(view.confirm).toEqual({
        choice: 'announce-100m',
        question: fill('ui.presenter.override.confirm', { choice: label('announce-100m') }),
        records: fill('ui.presenter.override.records', {
          choice: label('announce-100m'),
          classChoice: label('announce-1b'),
          hands: fill('ui.presenter.decided.hands', { hands: '20', total: '29' }),
        }),
        yes: fill('ui.presenter.override.yes', { choice: label('announce-100m') }),
        no: lines['ui.presenter.override.no'],
      });
      expect(view.next).toBeNull();
      // A reload mid-question comes back to the same question.
      const again = open(storage, locale).session.view();
      expect(again.screen === 'decided' && again.confirm?.choice).toBe('announce-100m');
      send(session, { type: 'override.cancel' });
      const after = session.view();
      expect(after.screen === 'decided' && after.confirm).toBeNull();
      expect(after.next).toBe(lines['ui.presenter.decided.next']);
    }
  });

  it('ends a short lesson at the debrief with each decision, its tally and how it was decided', () => {
    const { session } = open();
    shortLesson(session);
    send(session, { type: 'page.next' });
    const view = session.view();
    if (view.screen !== 'debrief') throw new Error(view.screen);
    const { debrief } = view;
    expect(debrief.ending).toEqual({
      id: 'capped-profit-bet',
      title: content.locales.en![content.endings.get('capped-profit-bet')!.title],
      historical: true,
    });
    expect(debrief.date).toBe('2026-11-26');
    expect(
      debrief.rows.map((r) => [r.decision, r.classChoice.id, r.decidedBy, r.totalHands]),
    ).toEqual([
      ['funding', 'announce-1b', 'tie-break', 28],
      ['counteroffers', 'raise-pay', 'founders', null],
      ['azure', 'counter-no-strings', 'override', 30],
      ['control', 'refuse', 'majority', 24],
      ['tesla', 'stay-independent', 'founders', null],
      ['structure', 'capped-profit', 'majority', 27],
      ['microsoft', 'take-1b-exclusive', 'majority', 27],
    ]);
    const azure = debrief.rows[2]!;
    expect(azure.tally).toBe(
      'Accept as offered, promotion included: 20 · Take the compute, but drop the promotion: 6 · Turn Microsoft down and pay your own way: 4',
    );
    expect(azure.decidedByLabel).toBe("teacher's override");
    expect(azure.sameAsFounders).toBe(true);
    expect(azure.outcome.kind).toBe('history');
    expect(debrief.rows[1]!.tally).toBe('not voted on');
    expect(debrief.rows.every((r) => r.outcome.text.length > 50)).toBe(true);
  });

  it('lists a decision the founders never faced, with an imagined outcome', () => {
    const { session } = open();
    send(session, {
      type: 'lesson.start',
      lesson: 'short',
      countdown: { enabled: false, seconds: 120 },
    });
    send(session, { type: 'page.next' });
    decide(session, { 'announce-1b': '9', 'announce-100m': '1' });
    send(session, { type: 'page.next' });
    decide(session, { 'take-as-offered': '1', 'counter-no-strings': '9', decline: '0' });
    decide(session, { 'give-musk-control': '9', refuse: '1' });
    expect(session.view().decision).toBe('tesla-ceo');
    decide(session, { 'merge-with-tesla': '9', 'keep-separate': '1', 'researchers-walk-out': '0' });
    send(session, { type: 'page.next' });
    const debrief = session.debrief()!;
    const rows = Object.fromEntries(debrief.rows.map((r) => [r.decision, r]));
    expect(rows.control?.sameAsFounders).toBe(false);
    expect(rows.control?.outcome.kind).toBe('counterfactual');
    expect(rows.control?.outcome.label).toBe(content.locales.en!['ui.kind.counterfactual']);
    expect(rows['tesla-ceo']?.founders).toBeNull();
    expect(debrief.ending.historical).toBe(false);
  });

  it('saves every step and resumes after a reload: tallies typed, the page and the prompt reached', () => {
    const { storage, session } = open();
    send(session, {
      type: 'lesson.start',
      lesson: 'full',
      countdown: { enabled: true, seconds: 60 },
    });
    send(session, { type: 'page.next' });
    decide(session, { 'announce-1b': '9', 'announce-100m': '1' });
    send(session, { type: 'page.next' }, { type: 'countdown.start', at: 1234 });
    for (const value of ['1', '12', '12.'])
      send(session, { type: 'tally.set', choice: 'raise-pay', value });
    const saved = readClassroomSave(storage);
    if (saved.kind !== 'ok') throw new Error(saved.kind);
    // Each keystroke replaces the field's last value rather than piling up.
    expect(saved.save.events.filter((e) => e.type === 'tally.set')).toHaveLength(3);

    const again = open(storage).session;
    expect(again.state()).toEqual({ decision: 'voting' });
    const view = again.view();
    if (view.screen !== 'voting') throw new Error(view.screen);
    expect(view.fields.map((f) => f.value)).toEqual(['12.', '', '']);
    expect(view.countdown?.running).toBe(true);
    send(again, { type: 'tally.commit' });
    const refused = again.view();
    if (refused.screen !== 'voting') throw new Error(refused.screen);
    expect(refused.fields.map((f) => f.error)).toEqual([
      'Whole numbers only: hands cannot be split.',
      'Type a number of hands (0 if nobody chose this).',
      'Type a number of hands (0 if nobody chose this).',
    ]);
    send(again, { type: 'tally.set', choice: 'raise-pay', value: '12' });
    send(again, { type: 'tally.set', choice: 'hold-line', value: '3' });
    send(again, { type: 'tally.set', choice: 'musk-calls', value: '0' });
    send(again, { type: 'tally.commit' }, { type: 'page.next' }, { type: 'page.next' });
    send(again, { type: 'page.next' }, { type: 'prompt.show', index: 3 });

    const third = open(storage).session;
    const discussion = third.view();
    if (discussion.screen !== 'discussion') throw new Error(discussion.screen);
    expect(discussion.index).toBe(3);
    expect(discussion.decision).toBe('counteroffers');
    // Ending the lesson clears its save.
    send(third, { type: 'lesson.end' });
    expect(storage.data.has(CLASSROOM_SAVE_KEY)).toBe(false);
    expect(open(storage).session.state()).toBe('setup');
  });

  it('shows no outcome or history of a decision on any page before the class has committed', () => {
    const { session } = open();
    send(session, {
      type: 'lesson.start',
      lesson: 'full',
      countdown: { enabled: true, seconds: 60 },
    });
    send(session, { type: 'page.next' });
    const funding = content.decisions.get('funding')!;
    const revealed = [
      ...funding.history.map((b) => content.locales.en![b.line]!),
      ...funding.choices.flatMap((c) => c.outcome.map((b) => content.locales.en![b.line]!)),
    ];
    const pages: string[] = [];
    const look = () => {
      const view = session.view();
      pages.push(view.screen);
      const shown = JSON.stringify(view);
      for (const text of revealed) expect(shown).not.toContain(text);
    };
    look();
    send(session, { type: 'page.next' });
    look();
    send(session, { type: 'tally.set', choice: 'announce-1b', value: '5' });
    send(session, { type: 'tally.set', choice: 'announce-100m', value: '5' });
    send(session, { type: 'tally.commit' });
    look();
    send(session, { type: 'tie.break', choice: 'announce-100m' });
    look();
    expect(pages).toEqual(['briefing', 'voting', 'tieBreak', 'decided']);
    send(session, { type: 'page.next' });
    expect(JSON.stringify(session.view())).toContain(
      content.locales.en![funding.choices[1]!.outcome[0]!.line]!,
    );
  });

  it('says when the countdown is up, and decides nothing', () => {
    const { session } = open();
    send(session, {
      type: 'lesson.start',
      lesson: 'full',
      countdown: { enabled: true, seconds: 60 },
    });
    send(session, { type: 'page.next' }, { type: 'page.next' });
    send(session, { type: 'countdown.start', at: clock().getTime() - 45_500 });
    let view = session.view();
    if (view.screen !== 'voting') throw new Error(view.screen);
    expect(view.countdown).toMatchObject({ running: true, up: false, text: 'Time left: 0:15' });
    send(session, { type: 'countdown.start', at: clock().getTime() - 61_000 });
    view = session.view();
    if (view.screen !== 'voting') throw new Error(view.screen);
    expect(view.countdown?.up).toBe(true);
    expect(view.countdown?.text).toMatch(/^Time's up\. Nothing has been decided/);
    expect(session.state()).toEqual({ decision: 'voting' });
  });

  it('sets a damaged, foreign, outdated or unplayable save aside with a message', () => {
    const cases: [string, RegExp][] = [
      ['{not json', /damaged/],
      [JSON.stringify({ game: 'other' }), /not from Founders' Dilemma/],
      [JSON.stringify({ game: 'founders-dilemma', kind: 'classroom', schema: 0 }), /older version/],
      [
        JSON.stringify({
          game: 'founders-dilemma',
          kind: 'classroom',
          schema: 1,
          contentHash: content.hash,
          savedAt: '',
          events: [{ type: 'tally.commit' }],
        }),
        /no longer matches/,
      ],
    ];
    for (const [raw, message] of cases) {
      const storage = memoryStorage();
      storage.setItem(CLASSROOM_SAVE_KEY, raw);
      const { session } = open(storage);
      const view = session.view();
      if (view.screen !== 'setup') throw new Error(view.screen);
      expect(view.notice).toMatch(message);
      expect(storage.data.get(CLASSROOM_DAMAGED_KEY)).toBe(raw);
      expect(storage.data.has(CLASSROOM_SAVE_KEY)).toBe(false);
    }
  });

  it('runs a lesson on storage that throws, unsaved', () => {
    const session = new ClassroomSession(content, classroom, throwingStorage, 'ja', clock);
    send(session, {
      type: 'lesson.start',
      lesson: 'short',
      countdown: { enabled: false, seconds: 120 },
    });
    send(session, { type: 'page.next' }, { type: 'page.next' }, { type: 'tally.commit' });
    const view = session.view();
    if (view.screen !== 'voting') throw new Error(view.screen);
    expect(view.fields[0]?.error).toBe('挙手の数を入力してください（誰も選ばなかったときは0）。');
  });
});
