/**
 * The teacher pack's view model: in both languages every glossary term, timeline item, source,
 * objective, lesson step, recap, reading note and reflection question of the data appears, in
 * the reader's language; sections come in order; the timeline runs in date order.
 */
import { describe, expect, it } from 'vitest';
import { loadClassroom } from '../../src/classroom/pack.ts';
import { loadContent } from '../../src/content/bundled.ts';
import type { Classroom } from '../../src/content/classroom.ts';
import { LOCALES } from '../../src/i18n/translate.ts';
import { glossaryReadingLine } from '../../src/content/glossaryReading.ts';
import { PACK_SECTIONS, packSection, packView, type PackView } from '../../src/pack/packModel.ts';

const content = loadContent();
const classroom = loadClassroom(content);

/** The line in this locale, from the pack's own text or the story's; fails loudly if missing. */
function line(locale: string, id: string): string {
  const text = classroom.locales[locale]?.[id] ?? content.locales[locale]?.[id];
  if (text === undefined) throw new Error(`${locale} has no line ${id}`);
  return text;
}

/** Every string anywhere in the view, for "it appears somewhere" checks. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The Japanese glossary in 50-on order: its reading beside each id, checked by hand. */
const JAPANESE_GLOSSARY_ORDER = [
  'agi', // AGI
  'ceo', // CEO
  'deepmind', // DeepMind
  'gpu', // GPU
  'ico', // ICO
  'y-combinator', // Y Combinator
  'evangelize', // えばんじぇらいず
  'equity', // かぶしき
  'advisory-verdict', // かんこくてきひょうけつ
  'co-chair', // きょうどうかいちょう
  'pledge', // きょしゅつやくそく
  'cloud', // くらうどとくらうどくれじっと
  'compute', // けいさんしげん
  'charter', // けんしょう
  'funding-round', // しきんちょうたつらうんど
  'statute-of-limitations', // しゅっそきげん
  'exhibit', // しょうこしょるいとめーるのあーかいぶ
  'complaint', // そじょう
  'counteroffer', // たいこうおふぁー
  'pbc', // ぱぶりっく・べねふぃっと・こーぽれーしょん
  'nonprofit', // ひえいりだんたい
  'capped-profit', // りえきじょうげんつききぎょう
  'board', // りじかい・とりしまりやくかい
  'limited-partnership', // りみてっど・ぱーとなーしっぷ
];

describe('the Japanese glossary readings', () => {
  const ja = classroom.locales['ja'] ?? {};
  it('gives every term not written in Latin letters its reading in hiragana, and no other', () => {
    for (const g of classroom.glossary) {
      const term = ja[g.term] ?? '';
      const reading = ja[glossaryReadingLine(g.id)];
      if (/^[A-Za-z]/.test(term)) expect(reading, g.id).toBeUndefined();
      // Hiragana, the long-vowel mark and the middle dot of compound terms only.
      else expect(reading, g.id).toMatch(/^[\u3041-\u3096ー・]+$/u);
    }
    const readings = Object.keys(ja).filter((k) => /^classroom\.glossary\..*\.reading$/.test(k));
    expect(readings.sort()).toEqual(
      classroom.glossary
        .filter((g) => !/^[A-Za-z]/.test(ja[g.term] ?? ''))
        .map((g) => glossaryReadingLine(g.id))
        .sort(),
    );
  });
});

describe.each(LOCALES)('the teacher pack in %s', (locale) => {
  const view = packView(content, classroom, locale);
  const t = (id: string) => line(locale, id);

  it('has every section, in order, each with a heading in this language', () => {
    expect(view.sections.map((s) => s.id)).toEqual([...PACK_SECTIONS]);
    expect(view.locale).toBe(locale);
    for (const s of view.sections) expect(s.heading, s.id).not.toMatch(/^\[|^$/);
    expect(packSection(view, 'full').heading).toBe(t(classroom.lessonPlans.full.title));
    expect(packSection(view, 'short').heading).toBe(t(classroom.lessonPlans.short.title));
  });

  it('leaves no line untranslated or missing (no "[line.id]" anywhere)', () => {
    const all = strings(view);
    expect(all.filter((s) => /\[[a-z]+\.[\w.-]+\]/.test(s))).toEqual([]);
    expect(all.filter((s) => s.trim() === '' && s !== '')).toEqual([]);
  });

  it('shows every objective, and both lesson plans step by step with their minutes', () => {
    const overview = packSection(view, 'overview');
    expect(overview.objectives).toEqual(classroom.lessonPlans.objectives.map(t));
    for (const which of ['full', 'short'] as const) {
      const { plan } = packSection(view, which);
      const steps = classroom.lessonPlans[which].steps;
      expect(plan.steps.map((s) => s.text)).toEqual(steps.map((s) => t(s.line)));
      expect(plan.steps.map((s) => s.minutes)).toEqual(steps.map((s) => s.minutes));
      const total = steps.reduce((sum, s) => sum + s.minutes, 0);
      expect(plan.totalMinutes).toBe(total);
      expect(plan.total).toContain(String(total));
      for (const s of plan.steps) expect(s.duration).toContain(String(s.minutes));
    }
    expect(packSection(view, 'full').plan.totalMinutes).toBeGreaterThanOrEqual(45);
    expect(packSection(view, 'short').plan.totalMinutes).toBeLessThanOrEqual(25);
  });

  it('shows which decisions the short lesson keeps, why, and the recap for each one skipped', () => {
    const short = packSection(view, 'short');
    expect(short.kept.map((d) => d.id)).toEqual(classroom.shortLesson.decisions);
    for (const d of short.kept) expect(d.title).toBe(t(content.decisions.get(d.id)!.title));
    expect(short.rationale).toBe(t(classroom.shortLesson.rationale));
    expect(short.recaps.map((r) => r.decision.id)).toEqual(
      classroom.shortLesson.bridges.map((b) => b.decision),
    );
    classroom.shortLesson.bridges.forEach((b, i) => {
      const recap = short.recaps[i]!;
      expect(recap.text).toBe(t(b.line));
      expect(recap.heading).toContain(t(content.decisions.get(b.decision)!.title));
      expect(recap.sources.map((s) => s.id)).toEqual(b.sources);
    });
  });

  it('lists every timeline item in date order, with its date and its sources', () => {
    const { items } = packSection(view, 'timeline');
    expect(items).toHaveLength(classroom.timeline.length);
    const texts = items.map((i) => i.text);
    for (const item of classroom.timeline) {
      const shown = items.find((i) => i.text === t(item.line));
      expect(shown, item.line).toBeDefined();
      expect(shown!.iso).toBe(item.date);
      expect(shown!.date).toMatch(locale === 'ja' ? /^\d{4}年\d+月/ : /\d{4}$/);
      expect(shown!.sources.map((s) => s.id)).toEqual(item.sources);
      if (item.decision !== undefined)
        expect(shown!.decision).toContain(t(content.decisions.get(item.decision)!.title));
      else expect(shown!.decision).toBeNull();
    }
    expect(new Set(texts).size).toBe(texts.length);
    const dates = items.map((i) => i.iso);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]!.startsWith('2015')).toBe(true);
    expect(dates.at(-1)!.startsWith('2019')).toBe(true);
  });

  it('defines every glossary term, in the reader’s alphabetical order', () => {
    const { terms } = packSection(view, 'glossary');
    expect(terms.map((g) => g.id).sort()).toEqual(classroom.glossary.map((g) => g.id).sort());
    for (const g of classroom.glossary) {
      const shown = terms.find((x) => x.id === g.id)!;
      expect(shown.term).toBe(t(g.term));
      expect(shown.definition).toBe(t(g.definition));
      expect(shown.sources.map((s) => s.id)).toEqual(g.sources ?? []);
    }
    if (locale === 'en') {
      const collator = new Intl.Collator(locale);
      const names = terms.map((g) => g.term);
      expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)));
    } else {
      // Latin-letter terms first (A–Z), then gojūon order of the readings (checked by hand).
      expect(terms.map((g) => g.id)).toEqual(JAPANESE_GLOSSARY_ORDER);
    }
    for (const must of ['nonprofit', 'capped-profit', 'limited-partnership', 'compute', 'cloud'])
      expect(terms.map((g) => g.id)).toContain(must);
  });

  it('lists every source with its title, publisher, date, link and reliability note', () => {
    const { sources } = packSection(view, 'sources');
    expect(sources.map((s) => s.id)).toEqual([...content.sources.keys()]);
    for (const s of content.sources.values()) {
      const shown = sources.find((x) => x.id === s.id)!;
      expect(shown.url).toBe(s.url);
      expect(shown.url).toMatch(/^https:\/\//);
      expect(shown.title).toBe(s.title);
      expect(shown.publisher).toBe(s.publisher);
      const cited = shown.citation.map((r) => r.text).join('');
      expect(cited).toContain(s.title);
      expect(cited).toContain(s.publisher);
      expect(cited).toContain(locale === 'en' ? s.date : t(`source.${s.id}.date`));
      expect(shown.reliability).toBe(
        locale === 'en' ? s.reliability : t(`source.${s.id}.reliability`),
      );
    }
  });

  it('cites only sources the pack lists, each labelled with its title for screen readers', () => {
    const listed = new Set(packSection(view, 'sources').sources.map((s) => s.id));
    const refs = citedRefs(view);
    expect(refs.length).toBeGreaterThan(50);
    for (const r of refs) {
      expect(listed.has(r.id), r.id).toBe(true);
      expect(r.label).toContain(r.id);
      expect(r.label).toContain(content.sources.get(r.id)!.title);
    }
  });

  it('gives every note on reading the sources and every reflection question', () => {
    const { notes } = packSection(view, 'reading');
    expect(notes.map((n) => n.text)).toEqual(classroom.sourceNotes.map((n) => t(n.line)));
    expect(notes.map((n) => n.sources.map((s) => s.id))).toEqual(
      classroom.sourceNotes.map((n) => n.sources),
    );
    expect(packSection(view, 'reflection').questions).toEqual(classroom.reflection.map(t));
  });

  it('offers the other language, labelled in that language', () => {
    const other = locale === 'en' ? 'ja' : 'en';
    expect(view.labels.language.lang).toBe(other);
    expect(view.labels.language.label).toBe(content.locales[other]!['ui.lang.switchTo']);
  });
});

describe('the teacher pack view model (it can fail)', () => {
  it('puts a timeline given out of order back in date order', () => {
    // The first five events moved to the end (not reversed: a reversal would undo itself).
    const { timeline } = classroom;
    const shuffled: Classroom = {
      ...classroom,
      timeline: [...timeline.slice(5), ...timeline.slice(0, 5)],
    };
    const dates = packSection(packView(content, shuffled, 'en'), 'timeline').items.map(
      (i) => i.iso,
    );
    expect(dates).toEqual(classroom.timeline.map((i) => i.date));
  });

  it('shows a line missing from the text as its id, which the untranslated check catches', () => {
    const missing = classroom.reflection[0]!;
    const en = Object.fromEntries(
      Object.entries(classroom.locales.en!).filter(([id]) => id !== missing),
    );
    const gap: Classroom = { ...classroom, locales: { ...classroom.locales, en } };
    const first = packSection(packView(content, gap, 'en'), 'reflection').questions[0];
    expect(first).toBe(`[${missing}]`);
  });
});

function citedRefs(view: PackView) {
  return view.sections.flatMap((s) => {
    switch (s.id) {
      case 'short':
        return s.recaps.flatMap((r) => r.sources);
      case 'timeline':
        return s.items.flatMap((i) => i.sources);
      case 'glossary':
        return s.terms.flatMap((g) => g.sources);
      case 'reading':
        return s.notes.flatMap((n) => n.sources);
      default:
        return [];
    }
  });
}
