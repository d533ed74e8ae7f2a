// One ESLint config for the repository: the Docusaurus site at the root and
// the Next.js example app in examples/ (Next's rules find its pages there).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

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
      'examples/next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Where the Next.js rules (e.g. no-html-link-for-pages) find the app.
    settings: { next: { rootDir: 'examples/' } },
  },
  {
    // The second example app, nested in the first's folder, has pages of its own.
    files: ['examples/database-sessions/**'],
    settings: { next: { rootDir: 'examples/database-sessions/' } },
  },
  {
    // CommonJS files (webpack loaders) can only use require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
