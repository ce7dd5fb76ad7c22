import { defineConfig } from 'vitest/config';

// Two projects: the fast Node layers (domain, machine, paths, content) and the end-to-end layer,
// which drives the BUILT game (dist/) in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{unit,machine,paths,content,classroom}/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One browser at a time: the machines have 2 cores and software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
