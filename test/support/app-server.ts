// A production server of an example app, for the HTTP and browser tests:
// started in a process group of its own, its output in a log file, stopped
// with everything it started. node:child_process, not execa: Playwright
// loads this file as CommonJS, and Node 20's require() of the ESM-only execa
// failed there now and then.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerOptions {
  /** The app's folder (or a copy of it). */
  cwd: string;
  /** What runs: `node <script> ...args`. */
  script: string;
  args?: readonly string[];
  port: number;
  /** Applied over this process's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Where its output goes; a new temporary file when not given. */
  logFile?: string;
  /** A path that answers 200 once the app is up. */
  readyPath: string;
}

export interface Server {
  baseUrl: string;
  logFile: string;
  /** Resolves with its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Everything it printed so far. */
  output: () => string;
  /** SIGTERM to the group, as Ctrl-C would; SIGKILL if it lingers. */
  stop: () => Promise<void>;
}

/** `node scripts/start.mjs start` in `cwd`: an app that runs its embedded database itself. */
export const startScript = (cwd: string) => ({
  cwd,
  script: 'scripts/start.mjs',
  args: ['start'],
});

/** Runs the server without waiting for it: see `startServer` for that. */
export function launchServer(options: ServerOptions): Server {
  const baseUrl = `http://localhost:${options.port}`;
  const logFile =
    options.logFile ??
    path.join(mkdtempSync(path.join(os.tmpdir(), 'app-server-')), 'out.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [options.script, ...(options.args ?? [])],
    {
      cwd: options.cwd,
      // Vitest sets NODE_ENV=test and TEST=true: `next start` must choose
      // production itself, and Better Auth skips its origin checks under
      // either. A server under test runs as it would in production.
      env: withoutUndefined({
        ...process.env,
        NODE_ENV: undefined,
        TEST: undefined,
        PORT: `${options.port}`,
        ...options.env,
      }),
      stdio: ['ignore', log, log],
      // A group of its own: next-server outlives a killed parent and keeps
      // the port, so stop() signals the whole group.
      detached: true,
    },
  );
  closeSync(log); // the child has its own copy
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group has already exited.
    }
  };
  const stop = async () => {
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    signalGroup('SIGKILL'); // anything left behind in the group
  };
  const output = () => readFileSync(logFile, 'utf8');
  return { baseUrl, logFile, exited, output, stop };
}

/**
 * Starts the server and resolves once it answers. Refuses a port something
 * else already answers on, since the tests would talk to that instead;
 * throws with the server's output if it stops or takes over 90 s.
 */
export async function startServer(options: ServerOptions): Promise<Server> {
  const readyUrl = `http://localhost:${options.port}${options.readyPath}`;
  if (await answers(readyUrl)) {
    throw new Error(
      `Something already answers on port ${options.port}; stop it first.`,
    );
  }
  const server = launchServer(options);
  let ended = false;
  void server.exited.then(() => (ended = true));
  const deadline = Date.now() + 90_000;
  while (!(await answers(readyUrl))) {
    if (ended || Date.now() > deadline) {
      await server.stop();
      throw new Error(`The app did not start:\n${server.output()}`);
    }
    await sleep(200);
  }
  return server;
}

/** An app's `launchApp` and `startApp`, from how its options become a server's. */
export function appServers<Options>(
  optionsOf: (options: Options) => ServerOptions,
) {
  return {
    launchApp: (options: Options) => launchServer(optionsOf(options)),
    startApp: (options: Options) => startServer(optionsOf(options)),
  };
}

/**
 * For a server that should stop by itself: its exit code, or `'still
 * running'` after `ms` (then it is stopped).
 */
export async function exitCodeWithin(
  server: Server,
  ms = 30_000,
): Promise<number | null | 'still running'> {
  const timer = new AbortController();
  const result = await Promise.race([
    server.exited,
    sleep(ms, 'still running' as const, { signal: timer.signal }),
  ]);
  timer.abort();
  await server.stop();
  return result;
}

/** Whether `url` answers 200 now. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function withoutUndefined(env: Record<string, string | undefined>) {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined),
  ) as NodeJS.ProcessEnv;
}
