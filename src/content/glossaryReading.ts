/**
 * Where a glossary term's reading lives: `classroom.glossary.<id>.reading`, in Japanese only
 * (hiragana), for the terms not written in Latin letters. The Japanese glossary sorts by it in
 * gojūon order (src/pack/packModel.ts); kanji compared as written fall in code-point order.
 * A file of its own so the pack's view can use it without importing the classroom text.
 */
export function glossaryReadingLine(id: string): string {
  return `classroom.glossary.${id}.reading`;
}
