// Starts the production build of the database-sessions app the way a reader
// does (scripts/start.mjs), for the HTTP and browser tests: its output goes
// to a log file, where the tests find the sign-in links.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// __dirname, not import.meta: Playwright loads this file as CommonJS.
export const APP_DIR = path.resolve(__dirname, '..');
// In the npm workspace `next` is installed at the repository's root.
const NEXT_BIN = createRequire(path.join(APP_DIR, 'package.json')).resolve(
  'next/dist/bin/next',
);
/** For servers under test only, never used anywhere else. */
export const TEST_SECRET = 'database-sessions-test-only-secret-5be1c0a7';

export interface AppServer {
  baseUrl: string;
  logFile: string;
  /** SIGTERM, as Ctrl-C would: the embedded database closes cleanly. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  port: number;
  logFile: string;
  /** Added to this process's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** `node scripts/start.mjs start` by default; `next start` runs Next.js alone. */
  command?: 'start.mjs' | 'next start';
}

/** Runs the server without waiting for it: see `startApp` for that. */
export function launchApp({
  port,
  logFile,
  env = {},
  command = 'start.mjs',
}: StartOptions) {
  const baseUrl = `http://localhost:${port}`;
  const [script, args]: [string, string[]] =
    command === 'start.mjs'
      ? ['scripts/start.mjs', ['start']]
      : [NEXT_BIN, ['start', '--port', `${port}`]];
  // node:child_process, not execa: Playwright loads this file as CommonJS,
  // and Node 20's require() of the ESM-only execa failed here now and then
  // ("Cannot read properties of undefined (reading 'getStatus')").
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [script, ...args], {
    cwd: APP_DIR,
    // Vitest sets NODE_ENV=test; `next start` must choose production itself.
    env: withoutUndefined({
      ...process.env,
      NODE_ENV: undefined,
      PORT: `${port}`,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: TEST_SECRET,
      ...env,
    }),
    // Both streams appended to one file, where the tests find the sign-in links.
    stdio: ['ignore', log, log],
    // A group of its own: if the script must be killed, Next.js goes too.
    detached: true,
  });
  closeSync(log); // the child has its own copy
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const stop = async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    try {
      process.kill(-child.pid!, 'SIGKILL'); // anything left in the group
    } catch {
      // Nothing left: the usual case.
    }
  };
  return { baseUrl, exited, stop };
}

/** Starts the app and resolves once it answers; throws with its log if it dies. */
export async function startApp(options: StartOptions): Promise<AppServer> {
  if (await answers(`http://localhost:${options.port}`)) {
    throw new Error(
      `Something already answers on port ${options.port}; stop it first.`,
    );
  }
  const { baseUrl, exited, stop } = launchApp(options);
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 90_000;
  while (!(await answers(baseUrl))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(
        `The app did not start:\n${readFileSync(options.logFile, 'utf8')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, logFile: options.logFile, stop };
}

/** Runs a server that is expected to stop by itself; resolves with its exit code. */
export async function exitCodeOf(
  options: StartOptions,
): Promise<number | undefined> {
  return (await launchApp(options).exited) ?? undefined;
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/auth/providers`)).ok;
  } catch {
    return false;
  }
}

function withoutUndefined(env: Record<string, string | undefined>) {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined),
  ) as NodeJS.ProcessEnv;
}
