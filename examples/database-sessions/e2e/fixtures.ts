// The database-sessions app for the browser tests, on an empty in-memory
// database (test/support/app-fixture.ts).
import { test as base } from '@playwright/test';
import { serverFixture } from '../../../test/support/app-fixture';
import type { Server } from '../../../test/support/app-server';
import { startApp } from '../test/app-server';

export const DATABASE_APP_PORT = 3204;

export const test = base.extend<object, { databaseApp: Server }>({
  databaseApp: serverFixture(() =>
    startApp({
      port: DATABASE_APP_PORT,
      env: { PGLITE_DATA_DIR: 'memory://' },
    }),
  ),
});

export { expect } from '@playwright/test';
