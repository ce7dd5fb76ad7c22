/**
 * Referential integrity of the content, beyond what the schema can say: every `next`, line,
 * source, quote, meter and flag resolves. Returns readable problems; an empty list means sound.
 */
import type { Block, Condition, Effect, Story } from './schema.ts';
import type { Content } from './load.ts';

/** Every block of the story, with where it sits (for messages). */
export function allBlocks(story: Story): { where: string; block: Block }[] {
  const out: { where: string; block: Block }[] = [];
  const add = (where: string, blocks: readonly Block[]) =>
    blocks.forEach((block, i) => out.push({ where: `${where}[${i}]`, block }));
  add('prologue', story.prologue.blocks);
  for (const d of story.decisions) {
    add(`${d.id}.briefing`, d.briefing);
    d.briefingVariants.forEach((v, i) => add(`${d.id}.briefingVariants[${i}]`, v.briefing));
    d.choices.forEach((c) => add(`${d.id}.${c.id}.outcome`, c.outcome));
    add(`${d.id}.history`, d.history);
  }
  for (const e of story.endings) add(`ending ${e.id}`, e.blocks);
  add('epilogue', story.epilogue.blocks);
  return out;
}

/** Every line id the story graph refers to. */
export function referencedLines(story: Story): Set<string> {
  const lines = new Set<string>([
    story.prologue.title,
    story.prologue.dateLine,
    story.epilogue.title,
  ]);
  for (const m of story.meters) lines.add(m.label).add(m.description);
  for (const d of story.decisions) {
    lines.add(d.title).add(d.dateLine).add(d.question);
    for (const c of d.choices) lines.add(c.label);
  }
  for (const e of story.endings) lines.add(e.title).add(e.summary);
  for (const { block } of allBlocks(story)) lines.add(block.line);
  return lines;
}

function conditionParts(c: Condition | undefined, meters: string[], flags: string[]): void {
  if (c === undefined) return;
  if ('flag' in c) flags.push(c.flag);
  else if ('not' in c) conditionParts(c.not, meters, flags);
  else if ('all' in c) c.all.forEach((x) => conditionParts(x, meters, flags));
  else if ('any' in c) c.any.forEach((x) => conditionParts(x, meters, flags));
  else meters.push(c.meter);
}

/** All problems found; `[]` when every reference resolves. */
export function findProblems(content: Content): string[] {
  const { story } = content;
  const problems: string[] = [];
  const nodes = new Set([...content.decisions.keys(), ...content.endings.keys()]);
  const meterIds = new Set(story.meters.map((m) => m.id));
  const setFlags = new Set<string>();
  const usedMeters: string[] = [];
  const usedFlags: string[] = [];

  if (!content.decisions.has(story.start)) problems.push(`start "${story.start}" is no decision`);
  for (const d of story.decisions) {
    d.briefingVariants.forEach((v) => conditionParts(v.when, usedMeters, usedFlags));
    for (const c of d.choices) {
      conditionParts(c.when, usedMeters, usedFlags);
      c.effects.forEach((e: Effect) => {
        if (e.op === 'flag') setFlags.add(e.flag);
        else usedMeters.push(e.meter);
      });
      const routes = typeof c.next === 'string' ? [{ to: c.next }] : c.next;
      for (const r of routes) {
        if (!nodes.has(r.to)) problems.push(`${d.id}.${c.id} leads to unknown node "${r.to}"`);
        if ('when' in r) conditionParts(r.when, usedMeters, usedFlags);
      }
    }
  }
  for (const m of usedMeters) if (!meterIds.has(m)) problems.push(`unknown meter "${m}"`);
  for (const f of usedFlags)
    if (!setFlags.has(f)) problems.push(`flag "${f}" is tested but never set`);

  for (const { where, block } of allBlocks(story)) {
    if (block.kind !== 'history') continue;
    for (const s of block.sources)
      if (!content.sources.has(s)) problems.push(`${where} cites unknown source ${s}`);
    for (const q of block.quotes)
      if (!content.quotes.has(q)) problems.push(`${where} shows unknown quote "${q}"`);
  }
  for (const quote of content.quotes.values())
    for (const s of quote.sources)
      if (!content.sources.has(s)) problems.push(`quote ${quote.id} cites unknown source ${s}`);

  const lines = referencedLines(story);
  for (const [locale, text] of Object.entries(content.locales))
    for (const line of lines)
      if (!(line in text)) problems.push(`${locale}: missing line "${line}"`);
  return problems;
}
