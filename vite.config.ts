import { defineConfig } from 'vite';

// Phaser is ~1.3 MB minified and never changes between our releases, so it gets its own chunk
// (better caching); the warning limit is raised for that one chunk.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1', port: 5173 },
});
