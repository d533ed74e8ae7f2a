// The Better Auth app for the browser tests, on an empty in-memory database
// (test/support/app-fixture.ts); every page a test opens is on it.
import { test as base } from '@playwright/test';
import { serverFixture } from '../../../test/support/app-fixture';
import type { Server } from '../../../test/support/app-server';
import { startApp } from '../test/app-server';

export const test = base.extend<{ baseURL: string }, { betterAuthApp: Server }>(
  {
    betterAuthApp: serverFixture(() =>
      startApp({
        port: 3306,
        // A reader signs in a few times a minute; these tests, several times in
        // ten seconds, past Better Auth's limit (tested in startup.test.ts).
        env: { BETTER_AUTH_RATE_LIMIT: 'off' },
      }),
    ),
    // Playwright names this argument `use`; React's lint rules would take it for a hook.
    baseURL: async ({ betterAuthApp }, provide) =>
      provide(betterAuthApp.baseUrl),
  },
);

export { expect } from '@playwright/test';
