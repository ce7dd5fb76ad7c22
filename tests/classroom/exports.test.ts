import { describe, expect, it } from 'vitest';
import { classroomTranslator } from '../../src/classroom/ClassroomSession.ts';
import type { Debrief } from '../../src/classroom/debrief.ts';
import {
  DEBRIEF_FORMAT,
  csvField,
  debriefCsv,
  debriefFileName,
  debriefJson,
} from '../../src/classroom/exports.ts';
import { loadClassroom } from '../../src/classroom/pack.ts';
import { loadContent } from '../../src/content/bundled.ts';

const content = loadContent();
const classroom = loadClassroom(content);
const en = classroomTranslator(content, classroom, 'en');
const ja = classroomTranslator(content, classroom, 'ja');

/** A two-decision debrief with the awkward characters a CSV must survive. */
const debrief: Debrief = {
  lesson: 'short',
  lessonLabel: 'Short lesson',
  date: '2026-11-26',
  locale: 'en',
  ending: { id: 'capped-profit-bet', title: 'The capped-profit bet', historical: true },
  rows: [
    {
      decision: 'funding',
      date: '2015-11-22',
      dateLine: '22 November 2015',
      title: 'How big a number?',
      options: [
        { id: 'announce-1b', label: 'Announce a $1 billion commitment', hands: 14 },
        {
          id: 'announce-100m',
          label: 'Announce $100 million, the sum you can count on',
          hands: 14,
        },
      ],
      totalHands: 28,
      tally:
        'Announce a $1 billion commitment: 14 · Announce $100 million, the sum you can count on: 14',
      classChoice: { id: 'announce-1b', label: 'Announce a $1 billion commitment' },
      decidedBy: 'tie-break',
      decidedByLabel: 'tie settled by the teacher',
      founders: { id: 'announce-1b', label: 'Announce a $1 billion commitment' },
      sameAsFounders: true,
      outcome: { kind: 'history', label: 'On the record', text: 'They said "big",\nthen went.' },
    },
    {
      decision: 'counteroffers',
      date: '2015-12-11',
      dateLine: '11 December 2015',
      title: 'Launch-day counteroffers',
      options: [{ id: 'raise-pay', label: 'Raise pay', hands: null }],
      totalHands: null,
      tally: 'not voted on',
      classChoice: { id: 'raise-pay', label: 'Raise pay' },
      decidedBy: 'founders',
      decidedByLabel: 'taken as the founders took it (not voted on)',
      founders: null,
      sameAsFounders: false,
      outcome: { kind: 'counterfactual', label: 'Imagined: not what happened', text: '-1 idea' },
    },
  ],
};

describe('CSV export', () => {
  it('quotes fields as RFC 4180 says, and keeps text from being read as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(28)).toBe('28');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@x')).toBe("'@x");
  });

  it('writes a byte-order mark, a header and one row per decision and the ending, with CRLF', () => {
    expect(debriefCsv(debrief, en)).toBe(
      '\uFEFF' +
        [
          "Order,Row,Id,Decision,Date,Hands,Hands counted,The class's choice,Decided by,The founders' choice,Same as the founders,Outcome kind,Outcome,Lesson,Lesson date,Language",
          '1,decision,funding,How big a number?,2015-11-22,' +
            '"Announce a $1 billion commitment: 14 · Announce $100 million, the sum you can count on: 14",' +
            '28,Announce a $1 billion commitment,tie settled by the teacher,' +
            'Announce a $1 billion commitment,yes,On the record,"They said ""big"",\nthen went.",' +
            'Short lesson,2026-11-26,en',
          "2,decision,counteroffers,Launch-day counteroffers,2015-12-11,not voted on,,Raise pay,taken as the founders took it (not voted on),The founders never faced this decision.,no,Imagined: not what happened,'-1 idea,Short lesson,2026-11-26,en",
          '3,ending,capped-profit-bet,The capped-profit bet,,,,,,,yes,,,Short lesson,2026-11-26,en',
          '',
        ].join('\r\n'),
    );
  });

  it('heads the columns in the teacher language, and keeps Japanese text as UTF-8', () => {
    const csv = debriefCsv({ ...debrief, locale: 'ja', lessonLabel: '短縮版の授業' }, ja);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['順番', '行の種類', '識別子', '決断']);
    expect(first).toMatch(/^1,決断,funding,/);
    expect(first).toMatch(/,はい,/);
    expect([...new TextEncoder().encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('JSON export', () => {
  it('is versioned, with the lesson, date, locale, ending and one entry per decision', () => {
    expect(JSON.parse(debriefJson(debrief))).toEqual({
      format: DEBRIEF_FORMAT,
      version: 1,
      lesson: 'short',
      date: '2026-11-26',
      locale: 'en',
      ending: { id: 'capped-profit-bet', title: 'The capped-profit bet', historical: true },
      decisions: [
        {
          decision: 'funding',
          title: 'How big a number?',
          date: '2015-11-22',
          options: [
            { choice: 'announce-1b', label: 'Announce a $1 billion commitment', hands: 14 },
            {
              choice: 'announce-100m',
              label: 'Announce $100 million, the sum you can count on',
              hands: 14,
            },
          ],
          totalHands: 28,
          classChoice: { choice: 'announce-1b', label: 'Announce a $1 billion commitment' },
          decidedBy: 'tie-break',
          foundersChoice: { choice: 'announce-1b', label: 'Announce a $1 billion commitment' },
          sameAsFounders: true,
          outcome: { kind: 'history', text: 'They said "big",\nthen went.' },
        },
        {
          decision: 'counteroffers',
          title: 'Launch-day counteroffers',
          date: '2015-12-11',
          options: [{ choice: 'raise-pay', label: 'Raise pay', hands: null }],
          totalHands: null,
          classChoice: { choice: 'raise-pay', label: 'Raise pay' },
          decidedBy: 'founders',
          foundersChoice: null,
          sameAsFounders: false,
          outcome: { kind: 'counterfactual', text: '-1 idea' },
        },
      ],
    });
    expect(debriefFileName(debrief, 'json')).toBe('founders-dilemma-debrief-2026-11-26.json');
  });
});
