import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Browser tests use the system's Chromium; Playwright's own download is never needed.
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  throw new Error(
    `No Chromium at ${chromePath}. Install one (Debian: apt-get update && apt-get install -y chromium) ` +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
}

export const JWT_APP_URL = 'http://localhost:3001';
export const SITE_URL = 'http://localhost:3000';
// A fixed secret for the production server under test, never used anywhere else.
const TEST_SECRET = 'e2e-only-secret-4f0c2a9b7d1e48e6a3c5b2f1d0e9c8b7';

export default defineConfig({
  // Each file signs in and out on its own; running them in turn keeps 2 cores calm.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromePath,
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'jwt',
      testDir: 'examples/jwt/e2e',
      use: { baseURL: JWT_APP_URL },
    },
    { name: 'site', testDir: 'e2e', use: { baseURL: SITE_URL } },
    {
      // The database-sessions app: its tests start it themselves, on port
      // 3204, so that other projects never wait for it (see its e2e/fixtures.ts).
      name: 'database-sessions',
      testDir: 'examples/database-sessions/e2e',
    },
    {
      // The Better Auth app: its tests start it themselves too, on port 3306.
      name: 'better-auth',
      testDir: 'examples/better-auth/e2e',
    },
  ],
  webServer: [
    {
      // The production build of the JWT app (`npm run build` made it).
      command: 'npm run jwt:start',
      url: `${JWT_APP_URL}/api/auth/providers`,
      env: {
        NEXTAUTH_SECRET: TEST_SECRET,
        NEXTAUTH_URL: JWT_APP_URL,
        PORT: '3001',
        // Under `next start` the demo accounts need their passwords given.
        DEMO_PASSWORD: 'demo',
        SECOND_PASSWORD: 'sam',
        ADMIN_PASSWORD: 'admin',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The built site, served as a reader would get it.
      command: 'npm run serve',
      url: SITE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
