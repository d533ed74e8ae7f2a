import { defineConfig } from 'vitest/config';

// Two kinds of test: `unit` needs nothing built; `integration` runs against
// the built example app (started by its global setup) and the built site.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/__fixtures__/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['examples/test/**/*.test.ts', 'test/built-site/**/*.test.ts'],
          globalSetup: ['examples/test/global-setup.ts'],
          // One production server is shared by every file; run them in turn.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
