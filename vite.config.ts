import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { phaserBuild, phaserConfig } from './scripts/phaserBuild.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { contentCheck } from './scripts/contentCheck.ts';
import { preloadGame } from './scripts/preloadGame.ts';

const HOWLER_CORE = fileURLToPath(
  new URL('./node_modules/howler/dist/howler.core.min.js', import.meta.url),
);

// Phaser is the biggest part and never changes between our releases, so it gets its own chunk
// (better caching); the warning limit is raised for that one chunk. Which Phaser (the trimmed
// build or the stock one) is chosen by FD_PHASER, see scripts/phaserBuild.ts.
export default defineConfig(
  mergeConfig(
    {
      base: './',
      // The content validated as it is bundled (scripts/contentCheck.ts); builds only: the page
      // preloads the game's chunks (scripts/preloadGame.ts) and carries its CSP (scripts/csp.ts).
      plugins: [contentCheck(), preloadGame(), contentSecurityPolicy()],
      build: {
        target: 'es2022',
        chunkSizeWarningLimit: 1600,
        // Sound files stay files, however small: the cues are fetched on first play (src/audio),
        // not carried in the script as base64.
        assetsInlineLimit: (file: string) => (/\.mp3$/.test(file) ? false : undefined),
        // Every browser the game supports preloads modules itself.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'phaser', test: /node_modules[\\/]phaser[\\/]|src[\\/]phaser[\\/]/ },
              ],
            },
          },
        },
      },
      // Howler's build without its spatial-audio plugin (the game never places sounds in space).
      resolve: { alias: [{ find: /^howler$/, replacement: HOWLER_CORE }] },
      preview: { host: '127.0.0.1', port: 4173 },
      server: { host: '127.0.0.1', port: 5173 },
    },
    phaserConfig(phaserBuild()),
  ),
);
