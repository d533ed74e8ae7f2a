// Starts the production build of the database-sessions app once, on an
// embedded database of its own, for every HTTP test file; stops it after.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { APP_DIR, startApp } from './app-server';
import type { App } from './email-browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app under test, e.g. http://localhost:3202, and its log. */
    databaseApp: App;
    /** An empty embedded database's folder, to copy for a server of one's own. */
    emptyDatabaseDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(APP_DIR, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The database-sessions app has no production build: run `npm run database-sessions:build` first.',
    );
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'database-sessions-'));
  // Creating a database takes PGlite several seconds, copying one a moment:
  // create one, and give every server a copy.
  const emptyDatabaseDir = path.join(dir, 'empty');
  await (await PGlite.create(emptyDatabaseDir)).close();
  await cp(emptyDatabaseDir, path.join(dir, 'shared'), { recursive: true });

  const app = await startApp({
    port: Number(process.env.DATABASE_EXAMPLE_TEST_PORT ?? 3202),
    logFile: path.join(dir, 'server.log'),
    env: { PGLITE_DATA_DIR: path.join(dir, 'shared') },
  });
  project.provide('databaseApp', {
    baseUrl: app.baseUrl,
    logFile: app.logFile,
  });
  project.provide('emptyDatabaseDir', emptyDatabaseDir);
  return async () => {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
