/**
 * The build validates the bundled content (scripts/contentCheck.ts) so the browser need not: it
 * must refuse a bad file, and what it bundles must be exactly what the game got when it parsed
 * the files at start-up, down to the story's hash that every save carries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFile, contentCheck } from '../../scripts/contentCheck.ts';
import { loadContent } from '../../src/content/bundled.ts';
import { indexContent, type ParsedContent } from '../../src/content/indexContent.ts';
import { JAPANESE } from '../../src/content/japanese.ts';
import { STARTUP_CONTENT } from '../../src/content/startupFiles.ts';

const CONTENT = new URL('../../src/content/', import.meta.url).pathname;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsonFiles(join(dir, e.name))
      : e.name.endsWith('.json')
        ? [join(dir, e.name)]
        : [],
  );
}

/** What the build bundles for a content file. */
const built = (file: string): unknown =>
  JSON.parse(checkContentFile(relative(CONTENT, file), readFileSync(file, 'utf8')));

describe('the build-time content check', () => {
  it('passes every content file the game ships', () => {
    const files = jsonFiles(CONTENT);
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) expect(() => built(file), file).not.toThrow();
  });

  it('bundles what parsing at start-up gave: same content, same story hash', () => {
    const read = (name: string) => built(join(CONTENT, name));
    const asBuilt = indexContent({
      story: read('story.json'),
      sources: read('sources.json'),
      quotes: read('quotes.json'),
      locales: Object.fromEntries(
        Object.entries({ ...STARTUP_CONTENT.locales }).map(([locale, files]) => [
          locale,
          [...files, ...(locale === 'ja' ? JAPANESE : [])].map((f): unknown =>
            JSON.parse(checkContentFile(`locales/${locale}/x.json`, JSON.stringify(f))),
          ),
        ]),
      ),
    } as ParsedContent);
    const parsed = loadContent();
    expect(asBuilt.hash).toBe(parsed.hash);
    expect(asBuilt.story).toEqual(parsed.story);
    expect([...asBuilt.quotes.values()]).toEqual([...parsed.quotes.values()]);
    expect([...asBuilt.sources.values()]).toEqual([...parsed.sources.values()]);
    expect(asBuilt.locales).toEqual(parsed.locales);
  });

  it('fills in the schema defaults (the browser no longer does)', () => {
    const quote = {
      id: 'q',
      text: 'Words.',
      by: 'Someone',
      context: 'an email',
      date: '2015-12-11',
      sources: ['S1'],
    };
    const [out] = JSON.parse(checkContentFile('quotes.json', JSON.stringify([quote]))) as object[];
    expect(out).toEqual({ ...quote, confidence: 'high' });
  });

  it('fails on a bad file, naming it and what is wrong', () => {
    expect(() => checkContentFile('sources.json', '[{"id": "X1"}]')).toThrow(
      /src\/content\/sources\.json is not valid:[\s\S]*source ids look like S1/,
    );
    expect(() => checkContentFile('locales/en/ui.json', '{"ui.x": ""}')).toThrow(
      /locales\/en\/ui\.json is not valid/,
    );
    expect(() => checkContentFile('story.json', '{"meters": [')).toThrow(/story\.json is not JSON/);
    expect(() => checkContentFile('notes.json', '{}')).toThrow(/notes\.json has no schema/);
  });

  it('runs as a Vite transform on content JSON only', () => {
    const plugin = contentCheck();
    const transform = plugin.transform as (code: string, id: string) => unknown;
    expect(transform.call({}, '{"a": 1}', '/elsewhere/data.json')).toBeNull();
    expect(() => transform.call({}, '[]', join(CONTENT, 'quotes.json'))).toThrow(/quotes\.json/);
    expect(transform.call({}, 'export const a = 1;', join(CONTENT, 'schema.ts'))).toMatchObject({
      moduleSideEffects: false,
    });
  });
});
