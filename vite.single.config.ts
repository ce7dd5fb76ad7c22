/**
 * `npm run build:single`: the whole game as one HTML file, dist-single/founders-dilemma.html
 * (see scripts/singleFile.ts). It is vite.config.ts (the same Phaser, the same plugins) with one
 * chunk and every asset inlined.
 */
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.ts';
import { singleFile } from './scripts/singleFile.ts';

export default defineConfig(
  mergeConfig(base, {
    plugins: [singleFile()],
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      // Every sound and image becomes a data: URI: a file:// page can fetch nothing.
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      modulePreload: false,
      // Phaser loses its own chunk: one script, inlined whole.
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
