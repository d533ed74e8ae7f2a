// Starts the production build of the database-sessions app the way a reader
// does (scripts/start.mjs), for the HTTP and browser tests: its output goes
// to a log file, where the tests find the sign-in links.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { execaNode } from 'execa';

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
  // Both streams appended to one file, where the tests find the sign-in links.
  const log = { file: logFile, append: true };
  const [script, args]: [string, string[]] =
    command === 'start.mjs'
      ? ['scripts/start.mjs', ['start']]
      : [NEXT_BIN, ['start', '--port', `${port}`]];
  const child = execaNode(script, args, {
    cwd: APP_DIR,
    nodeOptions: [],
    // Vitest sets NODE_ENV=test; `next start` must choose production itself.
    env: withoutUndefined({
      ...process.env,
      NODE_ENV: undefined,
      PORT: `${port}`,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: TEST_SECRET,
      ...env,
    }),
    extendEnv: false,
    stdin: 'ignore',
    stdout: log,
    stderr: log,
    reject: false,
    // A group of its own: if the script must be killed, Next.js goes too.
    detached: true,
    forceKillAfterDelay: 10_000,
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await child;
    try {
      process.kill(-child.pid!, 'SIGKILL'); // anything left in the group
    } catch {
      // Nothing left: the usual case.
    }
  };
  return { baseUrl, child, stop };
}

/** Starts the app and resolves once it answers; throws with its log if it dies. */
export async function startApp(options: StartOptions): Promise<AppServer> {
  if (await answers(`http://localhost:${options.port}`)) {
    throw new Error(
      `Something already answers on port ${options.port}; stop it first.`,
    );
  }
  const { baseUrl, child, stop } = launchApp(options);
  const deadline = Date.now() + 90_000;
  while (!(await answers(baseUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
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
  return (await launchApp(options).child).exitCode;
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
  ) as Record<string, string>;
}
