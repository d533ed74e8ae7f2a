// Shared by the HTTP tests: start the built app, and speak NextAuth.js's
// sign-in protocol with fetch (CSRF token, then a form POST), keeping the
// cookies a browser would keep.
import { spawn, type ChildProcess } from 'node:child_process';
import http, { type IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
/** A secret for the server under test only, never used anywhere else. */
export const TEST_SECRET = 'integration-only-secret-8d1f0c7a2b9e4d6f';
/** The cookie NextAuth.js uses on http:// (on https:// it is `__Secure-…`). */
export const SESSION_COOKIE = 'next-auth.session-token';

// --- The server -----------------------------------------------------------

export interface NextServer {
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Stops the server and every process it started. */
  stop: () => Promise<void>;
}

/** Runs `next start` on the built app, in a process group of its own. */
export function startNext(port: number, env: NodeJS.ProcessEnv): NextServer {
  const nextBin = createRequire(
    path.join(EXAMPLES_DIR, 'package.json'),
  ).resolve('next/dist/bin/next');
  const child = spawn(
    process.execPath,
    [nextBin, 'start', '--port', `${port}`],
    {
      cwd: EXAMPLES_DIR,
      env,
      // Its own process group: killing the group also stops next-server,
      // which would otherwise keep the port (EADDRINUSE on the next run).
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const stop = async () => {
    const { pid } = child;
    if (pid === undefined) return; // never started: nothing to stop
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal); // negative: the whole process group
      } catch {
        // The group is already gone.
      }
    };
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  return { child, output: () => output, exited, stop };
}

/**
 * The environment for a server: this process's, with `overrides` applied
 * (an undefined value removes the variable).
 */
export function serverEnv(
  overrides: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  // Vitest sets NODE_ENV=test; `next start` must choose production itself.
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: undefined,
    ...overrides,
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete env[key];
  }
  // The type insists on NODE_ENV, which we leave to Next.js on purpose.
  return env as unknown as NodeJS.ProcessEnv;
}

// --- Cookies ----------------------------------------------------------------

/** Just enough of a browser's cookie store for one host. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Stores the Set-Cookie headers of a response, deletions included. */
  update(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', setting = ''] = attribute.trim().split('=');
        if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
        if (key.toLowerCase() === 'expires')
          return Date.parse(setting) <= Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** The Cookie request header. */
  header(): string {
    return [...this.cookies]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }
}

// --- Requests ---------------------------------------------------------------

/** A fetch that never follows redirects and keeps cookies in `jar`. */
export async function request(
  url: string,
  jar: CookieJar = new CookieJar(),
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.update(response);
  return response;
}

/** GET /api/auth/csrf: the token every NextAuth.js POST must carry. */
export async function csrfToken(
  baseUrl: string,
  jar: CookieJar,
): Promise<string> {
  const response = await request(`${baseUrl}/api/auth/csrf`, jar);
  const body = (await response.json()) as { csrfToken: string };
  return body.csrfToken;
}

export interface SignInResult {
  response: Response;
  jar: CookieJar;
  /** The session cookie's value; undefined when sign-in failed. */
  sessionCookie: string | undefined;
}

/** Signs in with the Credentials provider, as the built-in form does. */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string,
): Promise<SignInResult> {
  const jar = new CookieJar();
  const body = new URLSearchParams({
    csrfToken: await csrfToken(baseUrl, jar),
    username,
    password,
    callbackUrl: `${baseUrl}/`,
  });
  const response = await request(
    `${baseUrl}/api/auth/callback/credentials`,
    jar,
    { method: 'POST', body },
  );
  return { response, jar, sessionCookie: jar.get(SESSION_COOKIE) };
}

/** Signs out as the built-in sign-out page does. */
export async function signOut(
  baseUrl: string,
  jar: CookieJar,
): Promise<Response> {
  const body = new URLSearchParams({
    csrfToken: await csrfToken(baseUrl, jar),
    callbackUrl: `${baseUrl}/`,
  });
  return request(`${baseUrl}/api/auth/signout`, jar, { method: 'POST', body });
}

/** A jar holding nothing but a session cookie with the given value. */
export function jarWithSession(value: string): CookieJar {
  const jar = new CookieJar();
  jar.set(SESSION_COOKIE, value);
  return jar;
}

// --- Raw requests -------------------------------------------------------------

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body, decoded as UTF-8. */
  body: string;
}

export interface RawRequestOptions {
  method?: string;
  /**
   * Sent byte for byte: one character per byte (Latin-1), so UTF-8 or any
   * other bytes can be sent as they are. Only NUL, CR, LF and the other
   * control characters but tab are refused (by node:http, as by any client).
   */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Keep-alive pool to share; `false` for a connection of its own. */
  agent?: http.Agent | false;
}

/**
 * One request with node:http instead of fetch: fetch refuses header values
 * with characters above U+00FF, and a hostile client is under no such rule.
 * Never follows redirects.
 */
export function rawRequest(
  url: string,
  { method = 'GET', headers = {}, body, agent }: RawRequestOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Runs `task` on every item with at most `limit` in flight; keeps the order. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}
