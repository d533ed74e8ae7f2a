import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const siteDir = fileURLToPath(new URL('.', import.meta.url));

// Three kinds of test: `unit` needs nothing built; `example-http` runs against
// a production build of the example app (started by its global setup);
// `built-site` reads the site that `docusaurus build` wrote.
export default defineConfig({
  resolve: { alias: { '@site': siteDir } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['**/__fixtures__/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'example-http',
          include: ['examples/test/**/*.test.ts'],
          globalSetup: ['examples/test/global-setup.ts'],
          // One production server is shared by every file; run them in turn.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'built-site',
          include: ['test/built-site/**/*.test.ts'],
        },
      },
    ],
  },
});
