import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two suites, both run by `npm test`:
// - unit: pure libraries in Node (a stray `document` in lib/analysis fails there), DOM readers
//   in jsdom via a per-file `// @vitest-environment jsdom` comment, IndexedDB via fake-indexeddb.
// - e2e: real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with the built
//   extension from .output/chrome-mv3 (`npm test` builds first). Runs after the unit suite,
//   one file at a time: two cores.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', 'tests/setup/unit.ts'],
          // Unit files first, then the e2e group: Chromium on two cores next to ~70 jsdom files
          // made end-to-end waits time out (seen 2026-11-22 in a full run, never file by file).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
