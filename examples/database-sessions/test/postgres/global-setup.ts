// The real-PostgreSQL run needs a server: TEST_DATABASE_URL names one (CI's
// .ci/run starts one and sets it). Without it the run is skipped, and says
// so; in CI it fails instead.
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server on which the tests may create databases, or null. */
    postgresUrl: string | null;
  }
}

export default function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL || null;
  if (!url) {
    const what =
      'the tests of two app instances on one PostgreSQL server (TEST_DATABASE_URL ' +
      'is not set; set it to a server where the tests may create databases, e.g. ' +
      'postgres://postgres@127.0.0.1:5433/postgres)';
    if (process.env.CI) throw new Error(`CI must run ${what}.`);
    console.warn(`\nNo real PostgreSQL: SKIPPED ${what}.\n`);
  }
  project.provide('postgresUrl', url);
}
