/** The view model in Japanese: quotes in the original with a marked translation, citations. */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/bundled.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { createStoryMachine } from '../../src/machine/storyMachine.ts';
import { localDate, sourceList } from '../../src/view/blocks.ts';
import { viewOf } from '../../src/view/model.ts';

const content = loadContent();
const en = createTranslator(content, 'en');
const ja = createTranslator(content, 'ja');

function prologue(t: typeof en) {
  const actor = createActor(createStoryMachine(content)).start();
  actor.send({ type: 'game.start' });
  return viewOf(actor.getSnapshot(), content, t);
}

describe('the view in Japanese', () => {
  it('shows each quote in English, then its translation labelled as one', () => {
    const quote = prologue(ja).blocks[0]!.quotes[0]!;
    const original = content.quotes.get('altman-someone-other-than-google')!;
    expect(quote.text).toBe(original.text);
    expect(quote.lang).toBe('en');
    expect(quote.translation).toEqual({
      text: content.locales.ja!['quote.altman-someone-other-than-google'],
      label: '翻訳',
      originalLabel: '原文（英語）',
    });
    expect(quote.attribution).toBe('サム・アルトマン、イーロン・マスク宛てのメール、2015年5月25日');
  });

  it('shows English readers the quote alone, with the English attribution', () => {
    const quote = prologue(en).blocks[0]!.quotes[0]!;
    expect(quote.translation).toBeNull();
    expect(quote.attribution).toBe('Sam Altman, email to Elon Musk, 25 May 2015');
  });

  it('cites sources by their own English title, with the date and note in Japanese', () => {
    const s1 = sourceList(content, ja).find((s) => s.id === 'S1')!;
    expect(s1.reliability).toBe(content.locales.ja!['source.S1.reliability']);
    expect(s1.citation).toEqual([
      { text: s1.title, lang: 'en' },
      { text: ' — ', lang: 'ja' },
      { text: s1.publisher, lang: 'en' },
      { text: '（2024年11月16日）', lang: 'ja' },
    ]);
    const enS1 = sourceList(content, en).find((s) => s.id === 'S1')!;
    expect(enS1.citation.map((r) => r.text).join('')).toBe(
      `${s1.title} — ${s1.publisher}, 16 Nov 2024`,
    );
  });

  it('writes dates the Japanese way', () => {
    expect(localDate('2015-11-22', 'ja')).toBe('2015年11月22日');
    expect(localDate('2016-09', 'ja')).toBe('2016年9月');
    expect(localDate('2015-11-22', 'en')).toBe('22 Nov 2015');
  });
});
