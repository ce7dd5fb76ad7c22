/**
 * Serves the BUILT game (dist/, made by `npm run build` before this layer runs) on a free
 * localhost port for the end-to-end tests, with Vite's own preview server.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * FD_DIST points the layer at another build folder (e.g. `vite build --outDir /tmp/dist-me`), so
 * engineers working side by side on one checkout do not overwrite each other's dist/ mid-run.
 */
const DIST = process.env.FD_DIST ?? 'dist';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`${DIST}/ is missing: run \`npm run build\` first`);
  const server = await preview({
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the preview server did not report its address');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
