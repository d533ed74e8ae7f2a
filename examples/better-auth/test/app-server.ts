// Starts the Better Auth app's production build the way a reader does
// (scripts/start.mjs), on the shared test support (test/support/app-server.ts).
// Plain Node.js: Playwright loads this file too.
import path from 'node:path';
import {
  appServers,
  startScript,
  type ServerOptions,
} from '../../../test/support/app-server';

// __dirname, not import.meta: Playwright loads this file as CommonJS.
export const APP_DIR = path.resolve(__dirname, '..');
/** For servers under test only, never used anywhere else. */
export const TEST_SECRET = 'better-auth-test-only-secret-3c9e1f7a5b2d4e6f';
/** The demo accounts' passwords, as a deployment gives them. */
export const DEMO_PASSWORDS = {
  DEMO_PASSWORD: 'demo',
  ADMIN_PASSWORD: 'admin',
};

export interface StartOptions {
  port: number;
  /** Added to this process's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  logFile?: string;
}

/**
 * `node scripts/start.mjs start`, as a reader runs it: the production build
 * on an embedded database that lives in memory unless `env` says otherwise.
 */
function serverOptions({ port, env, logFile }: StartOptions): ServerOptions {
  return {
    ...startScript(APP_DIR),
    port,
    logFile,
    env: {
      BETTER_AUTH_SECRET: TEST_SECRET,
      BETTER_AUTH_URL: `http://localhost:${port}`,
      PGLITE_DATA_DIR: 'memory://',
      ...DEMO_PASSWORDS,
      ...env,
    },
    // Better Auth's own health check: it answers once the route is loaded.
    readyPath: '/api/auth/ok',
  };
}

export const { launchApp, startApp } = appServers(serverOptions);
