import { defineConfig, mergeConfig } from 'vite';
import { phaserBuild, phaserConfig } from './scripts/phaserBuild.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';

// Phaser is the biggest part and never changes between our releases, so it gets its own chunk
// (better caching); the warning limit is raised for that one chunk. Which Phaser (the trimmed
// build or the stock one) is chosen by FD_PHASER, see scripts/phaserBuild.ts.
export default defineConfig(
  mergeConfig(
    {
      base: './',
      // Builds only: see scripts/csp.ts.
      plugins: [contentSecurityPolicy()],
      build: {
        target: 'es2022',
        chunkSizeWarningLimit: 1600,
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
      preview: { host: '127.0.0.1', port: 4173 },
      server: { host: '127.0.0.1', port: 5173 },
    },
    phaserConfig(phaserBuild()),
  ),
);
