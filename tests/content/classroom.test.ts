import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { buildClassroom, classroomLines, type Classroom } from '../../src/content/classroom.ts';
import { classroomProblems, loadClassroom } from '../../src/classroom/pack.ts';
import { shortLessonFlow } from '../../src/classroom/shortLesson.ts';
import { classroomSchema, LESSON_MINUTES } from '../../src/content/classroomSchema.ts';
import { historicalRoute } from '../../src/story/route.ts';
import classroomJson from '../../src/content/classroom.json';
import enClassroom from '../../src/content/locales/en/classroom.json';
import jaClassroom from '../../src/content/locales/ja/classroom.json';
import jaStory from '../../src/content/locales/ja/story.json';
import jaQuotes from '../../src/content/locales/ja/quotes.json';
import { RETELLING_ERRORS } from '../fixtures/retellingErrors.ts';

const content = loadContent();
const classroom = loadClassroom(content);
const en = classroom.locales.en!;
const ja = classroom.locales.ja!;
const lines = classroomLines(classroom);
/** A deep, writable copy to break. */
const copy = (): Classroom => structuredClone(classroom);
const minutes = (plan: 'full' | 'short') =>
  classroom.lessonPlans[plan].steps.reduce((sum, s) => sum + s.minutes, 0);

describe('classroom content (teacher pack)', () => {
  it('passes the schema and has no integrity problems', () => {
    expect(classroomSchema.safeParse(classroomJson).success).toBe(true);
    expect(classroomProblems(classroom, content)).toEqual([]);
  });

  it('gives every decision of the story, tesla-ceo included, 3 to 5 prompts citing real sources', () => {
    for (const d of content.story.decisions) {
      const prompts = classroom.prompts[d.id] ?? [];
      expect(prompts.length, d.id).toBeGreaterThanOrEqual(3);
      expect(prompts.length, d.id).toBeLessThanOrEqual(5);
      for (const p of prompts) {
        expect(p.sources.length, p.line).toBeGreaterThanOrEqual(1);
        for (const s of p.sources) expect(content.sources.has(s), `${p.line} → ${s}`).toBe(true);
        for (const q of p.quotes) expect(content.quotes.has(q), `${p.line} → ${q}`).toBe(true);
      }
    }
    expect(Object.keys(classroom.prompts).sort()).toEqual([...content.decisions.keys()].sort());
  });

  it('fits the full lesson into 45–50 minutes and the short one into 25', () => {
    expect(minutes('full')).toBeGreaterThanOrEqual(LESSON_MINUTES.full.min);
    expect(minutes('full')).toBeLessThanOrEqual(LESSON_MINUTES.full.max);
    expect(minutes('short')).toBeGreaterThanOrEqual(LESSON_MINUTES.short.min);
    expect(minutes('short')).toBeLessThanOrEqual(25);
  });

  it('has a short lesson that plays as a story on every route the class can vote', () => {
    const { decisions, bridges } = classroom.shortLesson;
    const flow = shortLessonFlow(content, decisions);
    expect(flow.problems).toEqual([]);
    expect(flow.longest).toBeLessThanOrEqual(5);
    expect([...flow.played].sort()).toEqual([...decisions].sort());
    expect(bridges.map((b) => b.decision).sort()).toEqual([...flow.skipped].sort());
    // On the founders' own route the class still votes on most of the story.
    const onRoute = historicalRoute(content).steps.filter((s) => decisions.includes(s.decision));
    expect(onRoute.length).toBeGreaterThanOrEqual(4);
    expect(onRoute.at(-1)?.decision).toBe('microsoft');
  });

  it('has a 2015–2019 timeline in date order and the glossary terms the game uses', () => {
    const dates = classroom.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]?.startsWith('2015')).toBe(true);
    expect(dates.at(-1)?.startsWith('2019')).toBe(true);
    expect(classroom.timeline.length).toBeGreaterThanOrEqual(15);
    const terms = classroom.glossary.map((g) => g.id);
    for (const term of [
      'nonprofit',
      'capped-profit',
      'limited-partnership',
      'compute',
      'cloud',
      'counteroffer',
      'agi',
      'pbc',
      'board',
      'equity',
      'co-chair',
      'exhibit',
      'statute-of-limitations',
    ])
      expect(terms).toContain(term);
    expect(classroom.reflection.length).toBeGreaterThanOrEqual(5);
    expect(classroom.reflection.length).toBeLessThanOrEqual(8);
  });

  it('is complete in English and Japanese, and the Japanese is a translation, not a copy', () => {
    for (const line of lines) {
      expect(en[line], `en ${line}`).toBeTruthy();
      expect(ja[line], `ja ${line}`).toBeTruthy();
      expect(ja[line], `ja ${line}`).not.toBe(en[line]);
      expect(ja[line], `ja ${line}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(Object.keys(en).sort()).toEqual([...lines].sort());
    // Japanese has one more kind of line: glossary readings (tests/unit/packModel.test.ts).
    const readings = /^classroom\.glossary\.[a-z0-9-]+\.reading$/;
    expect(
      Object.keys(ja)
        .filter((k) => !readings.test(k))
        .sort(),
    ).toEqual([...lines].sort());
  });

  it('does not repeat the known errors of the popular retellings', () => {
    const all = Object.values(en).join('\n');
    for (const pattern of RETELLING_ERRORS) expect(all).not.toMatch(pattern);
  });

  it('puts quotation marks only around words the record or the story already quotes', () => {
    const quoted = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
    const enStory = Object.values(content.locales.en!).join('\n');
    const enAllowed = [...content.quotes.values()].map((q) => q.text).join('\n') + enStory;
    for (const span of quoted(Object.values(en).join('\n'), /["“]([^"”]+)["”]/g))
      expect(enAllowed.includes(span), `en "${span}"`).toBe(true);
    const jaText = { ...jaQuotes, ...jaStory, ...content.locales.ja };
    const jaAllowed = Object.values(jaText).join('\n');
    for (const span of quoted(Object.values(ja).join('\n'), /「([^」]+)」/g))
      expect(jaAllowed.includes(span), `ja 「${span}」`).toBe(true);
  });
});

describe('classroom checks (they must catch broken data)', () => {
  it('rejects malformed data at the schema', () => {
    const noSource = structuredClone(classroomJson) as { prompts: Record<string, unknown[]> };
    (noSource.prompts.funding![0] as { sources: string[] }).sources = [];
    expect(() => buildClassroom({ classroom: noSource, locales: {} })).toThrow(/source/);
    const badLine = structuredClone(classroomJson) as { reflection: string[] };
    badLine.reflection[0] = 'Not a line id';
    expect(() => buildClassroom({ classroom: badLine, locales: {} })).toThrow(/line ids/);
    const badSource = structuredClone(classroomJson) as { timeline: { sources: string[] }[] };
    badSource.timeline[0]!.sources = ['source one'];
    expect(() => buildClassroom({ classroom: badSource, locales: {} })).toThrow(/S1/);
    expect(() =>
      buildClassroom({ classroom: classroomJson, locales: { en: enClassroom, ja: jaClassroom } }),
    ).not.toThrow();
  });

  it('reports unknown decisions and sources, wrong prompt counts and missing lines', () => {
    const enText = { ...en };
    delete enText[[...lines][0]!];
    const broken: Classroom = { ...copy(), locales: { en: { ...enText, 'classroom.stray': 'x' } } };
    const kept = { ...broken.prompts };
    delete kept['tesla-ceo'];
    broken.prompts = { ...kept, nowhere: kept.funding! };
    broken.prompts.funding = kept.funding!.slice(0, 2);
    broken.prompts.azure = [...kept.azure!, kept.azure![0]!];
    broken.prompts.control![0]!.sources = ['S99'];
    broken.prompts.tesla![0]!.quotes = ['no-such-quote'];
    broken.prompts.tesla![1]!.quotes = ['musk-zero-percent'];
    broken.timeline[0]!.sources = ['S98'];
    broken.timeline.push({ date: '2021-01', line: broken.timeline[0]!.line, sources: ['S1'] });
    broken.glossary.push({ ...broken.glossary[0]! });
    const problems = classroomProblems(broken, content).join('\n');
    expect(problems).toMatch(/prompts for unknown decision "nowhere"/);
    expect(problems).toMatch(/"tesla-ceo" has 0 discussion prompts/);
    expect(problems).toMatch(/"funding" has 2 discussion prompts/);
    expect(problems).toMatch(/"azure" has 6 discussion prompts/);
    expect(problems).toMatch(/prompt control\[0\] cites unknown source S99/);
    expect(problems).toMatch(/unknown quote "no-such-quote"/);
    expect(problems).toMatch(/shows "musk-zero-percent" without citing its source/);
    expect(problems).toMatch(/timeline 2015-05-25 cites unknown source S98/);
    expect(problems).toMatch(/timeline 2021-01 is outside 2015–2019/);
    expect(problems).toMatch(/glossary term "agi" is defined twice/);
    expect(problems).toMatch(/en: missing line "classroom\./);
    expect(problems).toMatch(/en: unused line "classroom.stray"/);
    expect(problems).toMatch(/ja: no classroom text/);
  });

  it('reports lesson plans outside their time', () => {
    const broken = copy();
    broken.lessonPlans.full.steps[0]!.minutes += 20;
    broken.lessonPlans.short.steps[0]!.minutes += 1;
    const problems = classroomProblems(broken, content).join('\n');
    expect(problems).toMatch(/the full lesson takes \d+ minutes \(needs 45 to 50\)/);
    expect(problems).toMatch(/the short lesson takes 26 minutes \(needs 20 to 25\)/);
  });

  it('reports a short lesson that cannot be played as a story', () => {
    const broken = copy();
    // Without tesla-ceo, a class that gives Musk control reaches a decision with no founders' choice.
    broken.shortLesson.decisions = [
      'funding',
      'azure',
      'control',
      'structure',
      'microsoft',
      'nope',
    ];
    broken.shortLesson.bridges = broken.shortLesson.bridges.filter((b) => b.decision !== 'tesla');
    broken.shortLesson.bridges.push({ decision: 'funding', line: 'classroom.x', sources: ['S1'] });
    const problems = classroomProblems(broken, content).join('\n');
    expect(problems).toMatch(/unknown decision "nope"/);
    expect(problems).toMatch(/skips "tesla-ceo", but on some route it offers no founders' choice/);
    expect(problems).toMatch(/takes "tesla" as history but has no recap/);
    expect(problems).toMatch(/recap for "funding", which is never skipped/);

    const outOfOrder = copy();
    outOfOrder.shortLesson.decisions = ['azure', 'funding', 'control', 'tesla-ceo', 'structure'];
    expect(classroomProblems(outOfOrder, content).join('\n')).toMatch(/not in story order/);

    expect(shortLessonFlow(content, ['funding', 'azure', 'tesla-ceo']).problems.join('\n')).toMatch(
      /"tesla-ceo" is never reached/,
    );
  });

  it('refuses to load a pack that names what the story does not have, but not one missing a translation', () => {
    const locales = { en: enClassroom, ja: jaClassroom };
    const badSource = structuredClone(classroomJson);
    badSource.prompts.funding[0]!.sources = ['S404'];
    expect(() => loadClassroom(content, { classroom: badSource, locales })).toThrow(/S404/);
    const badDecision = structuredClone(classroomJson);
    badDecision.shortLesson.decisions = ['funding', 'azure', 'control', 'structure', 'microsoft'];
    expect(() => loadClassroom(content, { classroom: badDecision, locales })).toThrow(/tesla-ceo/);
    expect(() =>
      loadClassroom(content, { classroom: classroomJson, locales: { en: {} } }),
    ).not.toThrow();
  });
});
