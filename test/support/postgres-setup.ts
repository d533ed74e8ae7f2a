// For an app's real-PostgreSQL tests, in its Vitest global setup: the
// server that TEST_DATABASE_URL names (CI's .ci/run starts one and sets
// it). Without it those tests are skipped, and say so; in CI they fail.
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server on which the tests may create databases, or null. */
    postgresUrl: string | null;
  }
}

/** Provides `postgresUrl`; `what` names the tests that need it. */
export function providePostgres(project: TestProject, what: string) {
  const url = process.env.TEST_DATABASE_URL || null;
  if (!url) {
    const missing =
      `${what} (TEST_DATABASE_URL is not set; set it to a server where the ` +
      'tests may create databases, e.g. postgres://postgres@127.0.0.1:5433/postgres)';
    if (process.env.CI) throw new Error(`CI must run ${missing}.`);
    console.warn(`\nNo real PostgreSQL: SKIPPED ${missing}.\n`);
  }
  project.provide('postgresUrl', url);
}
