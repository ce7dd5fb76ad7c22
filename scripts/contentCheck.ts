/**
 * The bundled content, validated at build time instead of on every start (issue 7). Every JSON
 * file under src/content/ is parsed with its zod schema as Vite loads it (builds and the dev
 * server alike): a bad file fails the build, naming the file and what is wrong, and the file is
 * bundled as its schema parses it (defaults filled in), which is exactly what the game used to
 * get from parsing it at start-up. The browser then only indexes it (src/content/indexContent.ts)
 * and ships no content schema; the tests still parse the raw files (src/content/load.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { classroomSchema } from '../src/content/classroomSchema.ts';
import { localeSchema, quotesSchema, sourcesSchema, storySchema } from '../src/content/schema.ts';

const CONTENT_DIR = fileURLToPath(new URL('../src/content/', import.meta.url));

/** The schema of each content file, by its path under src/content/. */
export function schemaFor(path: string): z.ZodType | null {
  if (/^locales\/[a-z]{2}\/[a-z]+\.json$/.test(path)) return localeSchema;
  const byName: Record<string, z.ZodType> = {
    'story.json': storySchema,
    'sources.json': sourcesSchema,
    'quotes.json': quotesSchema,
    'classroom.json': classroomSchema,
  };
  return byName[path] ?? null;
}

/** The file's text as its schema parses it; throws a readable error for a bad file. */
export function checkContentFile(path: string, text: string): string {
  const schema = schemaFor(path);
  if (schema === null)
    throw new Error(
      `src/content/${path} has no schema: add it to schemaFor in scripts/contentCheck.ts`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`src/content/${path} is not JSON: ${String(error)}`, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new Error(`src/content/${path} is not valid:\n${z.prettifyError(parsed.error)}`);
  return JSON.stringify(parsed.data);
}

/** The schema modules only declare schemas: unused ones may be left out of the bundle. */
const SCHEMA_MODULES = ['schema.ts', 'classroomSchema.ts'];

export function contentCheck(): Plugin {
  return {
    name: 'fd-content-check',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(CONTENT_DIR)) return null;
      const path = relative(CONTENT_DIR, file).split('\\').join('/');
      if (SCHEMA_MODULES.includes(path)) return { code, map: null, moduleSideEffects: false };
      if (!path.endsWith('.json')) return null;
      return { code: checkContentFile(path, code), map: null };
    },
  };
}
