// The database-sessions app for the browser tests: one production server per
// worker, on an empty in-memory database, started only when these tests run
// (a `webServer` in playwright.config.ts would start for every project).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startApp } from '../test/app-server';
import type { App } from '../test/email-browser';

export const DATABASE_APP_PORT = 3204;

export const test = base.extend<object, { databaseApp: App }>({
  databaseApp: [
    async ({}, use) => {
      const dir = await mkdtemp(
        path.join(os.tmpdir(), 'database-sessions-e2e-'),
      );
      const app = await startApp({
        port: DATABASE_APP_PORT,
        logFile: path.join(dir, 'server.log'),
        env: { PGLITE_DATA_DIR: 'memory://' },
      });
      await use(app);
      await app.stop();
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

export { expect } from '@playwright/test';
