// The database-sessions app's side of the shared test support
// (test/support/app-server.ts): its production build started the way a
// reader does (scripts/start.mjs), its output in a log file where the tests
// find the sign-in links.
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  appServers,
  startScript,
  type ServerOptions,
} from '../../../test/support/app-server';

// __dirname, not import.meta: Playwright loads this file as CommonJS.
export const APP_DIR = path.resolve(__dirname, '..');
// In the npm workspace `next` is installed at the repository's root.
const NEXT_BIN = createRequire(path.join(APP_DIR, 'package.json')).resolve(
  'next/dist/bin/next',
);
/** For servers under test only, never used anywhere else. */
export const TEST_SECRET = 'database-sessions-test-only-secret-5be1c0a7';

export interface StartOptions {
  port: number;
  /** Where its output goes (a new temporary file when not given). */
  logFile?: string;
  /** Added to this process's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** `node scripts/start.mjs start` by default; `next start` runs Next.js alone. */
  command?: 'start.mjs' | 'next start';
}

function serverOptions({
  port,
  logFile,
  env = {},
  command = 'start.mjs',
}: StartOptions): ServerOptions {
  return {
    ...(command === 'start.mjs'
      ? startScript(APP_DIR)
      : {
          cwd: APP_DIR,
          script: NEXT_BIN,
          args: ['start', '--port', `${port}`],
        }),
    port,
    logFile,
    env: {
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: TEST_SECRET,
      ...env,
    },
    readyPath: '/api/auth/providers',
  };
}

/**
 * launchApp runs the server without waiting for it; startApp resolves once
 * it answers, and throws with its log if it dies.
 */
export const { launchApp, startApp } = appServers(serverOptions);
