import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { allBlocks, findProblems, referencedLines } from '../../src/content/integrity.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { RETELLING_ERRORS } from '../fixtures/retellingErrors.ts';

const content = loadContent();
const en = content.locales.en!;
/** The project's checked record (a copy of shared/history/facts.md): every quote must be in it. */
const facts = readFileSync(new URL('../fixtures/facts.md', import.meta.url), 'utf8');

describe('content', () => {
  it('passes the schema and every reference resolves', () => {
    expect(findProblems(content)).toEqual([]);
  });

  it('uses every English line it defines (no orphaned text)', () => {
    const used = referencedLines(content.story);
    const orphans = Object.keys(en).filter((k) => !k.startsWith('ui.') && !used.has(k));
    expect(orphans).toEqual([]);
  });

  it('quotes only words that stand verbatim in the checked record', () => {
    const normalise = (s: string) => s.replace(/\s+/g, ' ');
    const record = normalise(facts);
    for (const quote of content.quotes.values())
      expect(record.includes(normalise(quote.text)), `quote "${quote.id}"`).toBe(true);
  });

  it('keeps quotes short (under about 40 words)', () => {
    for (const quote of content.quotes.values())
      expect(quote.text.split(/\s+/).length, quote.id).toBeLessThanOrEqual(45);
  });

  it('shows every quote somewhere, and cites for every quote a source of its block', () => {
    const shown = new Set<string>();
    for (const { where, block } of allBlocks(content.story)) {
      if (block.kind !== 'history') continue;
      for (const q of block.quotes) {
        shown.add(q);
        const quoteSources = content.quotes.get(q)?.sources ?? [];
        expect(
          quoteSources.some((s) => block.sources.includes(s)),
          `${where} shows "${q}" without citing its source`,
        ).toBe(true);
      }
    }
    expect([...content.quotes.keys()].filter((q) => !shown.has(q))).toEqual([]);
  });

  it('puts no quotation marks in imagined text (no invented words in real mouths)', () => {
    for (const { where, block } of allBlocks(content.story))
      if (block.kind === 'counterfactual') expect(en[block.line] ?? '', where).not.toMatch(/["“”]/);
  });

  it('does not repeat the known errors of the popular retellings', () => {
    const all = Object.values(en).join('\n');
    for (const pattern of RETELLING_ERRORS) expect(all).not.toMatch(pattern);
  });

  it('has a historical route that ends at the historical ending through every main decision', () => {
    const route = historicalRoute(content);
    expect(content.endings.get(route.at)?.historical).toBe(true);
    expect(route.steps.map((s) => s.decision)).toEqual([
      'funding',
      'counteroffers',
      'azure',
      'control',
      'tesla',
      'structure',
      'microsoft',
    ]);
    expect(content.story.endings.filter((e) => e.historical)).toHaveLength(1);
  });

  it('has at least six endings and dated decisions in time order along every route', () => {
    expect(content.story.endings.length).toBeGreaterThanOrEqual(6);
    for (const d of content.story.decisions)
      for (const c of d.choices) {
        const targets = typeof c.next === 'string' ? [c.next] : c.next.map((r) => r.to);
        for (const target of targets) {
          const next = content.decisions.get(target);
          if (next) expect(next.date >= d.date, `${d.id} → ${next.id}`).toBe(true);
        }
      }
  });

  it('lists sources with https links and a reliability note', () => {
    expect(content.sources.size).toBeGreaterThanOrEqual(20);
    for (const s of content.sources.values()) expect(s.url).toMatch(/^https:\/\//);
  });
});
