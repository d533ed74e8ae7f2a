// One ESLint config for the repository: the Docusaurus site at the root and
// the Next.js example apps, each a folder under examples/ (Next's rules find
// each app's pages in its own folder).
import { existsSync, readdirSync } from 'node:fs';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const apps = readdirSync('examples').filter((name) =>
  existsSync(`examples/${name}/package.json`),
);

const config = [
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      'build/**',
      '.docusaurus/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      'coverage/**',
      // The benchmark's generated vanilla site and configs.
      'bench/.work/**',
      // Copies of the example app that the tests build (a second app's pages).
      '.test-builds/**',
      // Written by Next.js on every build; its triple-slash references are by design.
      'examples/*/next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Where the Next.js rules (e.g. no-html-link-for-pages) find each app.
  ...apps.map((app) => ({
    files: [`examples/${app}/**`],
    settings: { next: { rootDir: `examples/${app}/` } },
  })),
  {
    // CommonJS files (webpack loaders) can only use require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
