// An example app for the browser tests: one production server per worker,
// started only when a test asks for it (a `webServer` in
// playwright.config.ts would start it for every project) and stopped after.
import type { Server } from './app-server';

type Fixture = [
  ({}, use: (server: Server) => Promise<void>) => Promise<void>,
  { scope: 'worker'; timeout: number },
];

export function serverFixture(start: () => Promise<Server>): Fixture {
  return [
    // Playwright reads a fixture's dependencies from its first parameter,
    // which must be an object pattern: this one needs none.
    async ({}, use: (server: Server) => Promise<void>) => {
      const server = await start();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ];
}
