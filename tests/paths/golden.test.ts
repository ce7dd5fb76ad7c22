import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { createStoryMachine } from '../../src/machine/storyMachine.ts';
import { historicalRoute } from '../../src/story/route.ts';
import { viewOf } from '../../src/view/model.ts';
import type { View } from '../../src/view/types.ts';

const content = loadContent();
const t = createTranslator(content, 'en');

/** Everything a player reads on one screen, as plain text lines. */
function transcribe(view: View): string[] {
  const lines = [
    `## ${view.screen}${'phase' in view ? `/${view.phase}` : ''}: ${view.kicker} | ${view.heading}`,
  ];
  if (view.screen === 'reveal') lines.push(view.chosen);
  for (const b of view.blocks) {
    lines.push(`[${b.label}] ${b.text}`);
    for (const q of b.quotes) lines.push(`  > "${q.text}" (${q.attribution})`);
    if (b.sources.length) lines.push(`  sources: ${b.sources.map((s) => s.id).join(', ')}`);
  }
  if (view.screen === 'decision' && view.phase === 'choosing') {
    lines.push(view.question);
    for (const c of view.choices) lines.push(`  ${c.key}. ${c.label}`);
  }
  if (view.screen === 'ending' && view.phase === 'compare')
    for (const r of view.comparison)
      lines.push(
        `  ${r.dateLine} ${r.title}: you ${r.yours} / founders ${r.founders}${r.same ? '' : ' *'}`,
      );
  return lines;
}

describe('golden transcript', () => {
  it('plays the founders’ route from the title to its ending, screen by screen', async () => {
    const actor = createActor(createStoryMachine(content)).start();
    const transcript: string[] = [];
    const record = () =>
      transcript.push(...transcribe(viewOf(actor.getSnapshot(), content, t)), '');
    const choices = historicalRoute(content).steps.map((s) => s.choice);
    record();
    actor.send({ type: 'game.start' });
    record();
    actor.send({ type: 'prologue.continue' });
    for (const choice of choices) {
      record();
      actor.send({ type: 'briefing.continue' });
      record();
      actor.send({ type: 'choice.select', choice });
      record();
      actor.send({ type: 'reveal.continue' });
      record();
      actor.send({ type: 'reveal.continue' });
    }
    for (let page = 0; page < 3; page++) {
      record();
      actor.send({ type: 'reveal.continue' });
    }
    expect(actor.getSnapshot().hasTag('epilogue')).toBe(true);
    await expect(transcript.join('\n')).toMatchFileSnapshot('golden/historical-route.txt');
  });
});
