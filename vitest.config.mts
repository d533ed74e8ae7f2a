import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const siteDir = fileURLToPath(new URL('.', import.meta.url));
const jwtAppDir = fileURLToPath(new URL('examples/jwt/', import.meta.url));

// Kinds of test: `unit` needs nothing built; `jwt-http` runs against a
// production build of the JWT app (started by its global setup);
// `database-sessions-http` and `database-sessions-postgres` do the same for
// the database-sessions app, on its embedded database and on a real
// PostgreSQL; `built-site` reads the site that `docusaurus build` wrote.
export default defineConfig({
  resolve: { alias: { '@site': siteDir } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/__fixtures__/**'],
        },
      },
      {
        extends: true,
        // The app's own `@/…` imports, for tests of its modules by themselves.
        resolve: { alias: [{ find: /^@\//, replacement: jwtAppDir }] },
        test: {
          name: 'jwt-http',
          include: ['examples/jwt/test/**/*.test.ts'],
          exclude: ['examples/jwt/test/without-proxy/**'],
          globalSetup: ['examples/jwt/test/global-setup.ts'],
          // One production server is shared by every file; run them in turn.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'jwt-without-proxy',
          include: ['examples/jwt/test/without-proxy/**/*.test.ts'],
          // Builds a copy of the app without its proxy (into the git-ignored
          // .test-builds/), then serves it to every file in turn.
          globalSetup: ['examples/jwt/test/without-proxy/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'database-sessions-http',
          include: ['examples/database-sessions/test/**/*.test.ts'],
          exclude: ['examples/database-sessions/test/postgres/**'],
          // The database-sessions app on its embedded database, shared by
          // every file; startup.test.ts starts its own servers beside it.
          globalSetup: ['examples/database-sessions/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'database-sessions-postgres',
          include: ['examples/database-sessions/test/postgres/**/*.test.ts'],
          // Two instances of the app on one real PostgreSQL (TEST_DATABASE_URL).
          globalSetup: [
            'examples/database-sessions/test/postgres/global-setup.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A group of its own: never beside database-sessions-http, whose startup
          // tests use the same ports (3203, 3204).
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'better-auth-http',
          include: ['examples/better-auth/test/**/*.test.ts'],
          exclude: ['examples/better-auth/test/postgres/**'],
          // The Better Auth app on an embedded database in memory, and the
          // JWT app beside it to compare with, shared by every file.
          globalSetup: ['examples/better-auth/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'better-auth-postgres',
          include: ['examples/better-auth/test/postgres/**/*.test.ts'],
          // Three instances of the app on one real PostgreSQL (TEST_DATABASE_URL).
          globalSetup: ['examples/better-auth/test/postgres/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // After the other groups: three servers starting at once want the
          // machine to themselves.
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'built-site',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
        },
      },
    ],
  },
});
