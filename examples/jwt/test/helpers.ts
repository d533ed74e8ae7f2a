// Shared by the HTTP tests and their global setup: start the built app, talk
// to it as a browser would, and say in a few words what a route answered.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa, type Options } from 'execa';
import makeFetchCookie from 'fetch-cookie';
import pMap from 'p-map';
import { CookieJar } from 'tough-cookie';
import { expect } from 'vitest';
import { ROUTES } from '../lib/routes';
import { expectedAnswers, type Visitor } from './expected-answers';

export { expectedAnswers, type Visitor } from './expected-answers';

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
/** A secret for the server under test only, never used anywhere else. */
export const TEST_SECRET = 'integration-only-secret-8d1f0c7a2b9e4d6f';
/** The cookie NextAuth.js uses on http:// (on https:// it is `__Secure-…`). */
export const SESSION_COOKIE = 'next-auth.session-token';
/**
 * The environment for a server with no NEXTAUTH_URL at all. Next.js's own
 * mark that the env files are loaded keeps examples/jwt/.env from setting
 * NEXTAUTH_URL=http://localhost:… again.
 */
export const WITHOUT_NEXTAUTH_URL = {
  NEXTAUTH_URL: undefined,
  __NEXT_PROCESSED_ENV: 'true',
};
/** The demo accounts' passwords, as a deployment gives them: `next start` has no built-in ones. */
export const DEMO_PASSWORDS = {
  DEMO_PASSWORD: 'demo',
  SECOND_PASSWORD: 'sam',
  ADMIN_PASSWORD: 'admin',
};
export const PROTECTED_ROUTES = ROUTES.filter(
  (route) => route.protection !== 'none' && route.protection !== 'guest',
);

/**
 * `next start` on the production build. `env` is applied over this
 * process's environment; an undefined value removes a variable.
 * `options.cwd` serves another build of the app (a copy built elsewhere).
 */
export function startApp(
  port: number,
  env: Record<string, string | undefined>,
  options: Options = {},
) {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const app = execa(process.execPath, [nextBin, 'start', '--port', `${port}`], {
    cwd: APP_DIR,
    // Vitest sets NODE_ENV=test; `next start` must choose production itself.
    env: { NODE_ENV: undefined, ...DEMO_PASSWORDS, ...env },
    // A process group of its own: next-server outlives a killed parent and
    // keeps the port, so stop() signals the whole group.
    detached: true,
    all: true,
    reject: false,
    ...options,
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (app.pid !== undefined) process.kill(-app.pid, signal);
    } catch {
      // The group has already exited.
    }
  };
  const stop = async () => {
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
    await app;
    clearTimeout(timer);
  };
  return { app, stop };
}

/** Whether an app answers at `baseUrl` (NextAuth.js's list of providers). */
export async function answersAt(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/auth/providers`)).ok;
  } catch {
    return false;
  }
}

/** Waits until a started app answers at `baseUrl` (a minute at most); fails with its output if it stops. */
export async function untilAnswering(
  { app, stop }: ReturnType<typeof startApp>,
  baseUrl: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await answersAt(baseUrl))) {
    if (app.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not come up:\n${(await app).all}`);
    }
    await sleep(250);
  }
}

/**
 * startApp(), then waits until the app answers on `port`. Refuses a port
 * something else already answers on, since the tests would talk to that
 * instead. Resolves to the function that stops it.
 */
export async function serveApp(
  port: number,
  env: Record<string, string | undefined>,
  options: Options = {},
): Promise<() => Promise<void>> {
  const baseUrl = `http://localhost:${port}`;
  if (await answersAt(baseUrl)) {
    throw new Error(
      `Something already answers on port ${port}; stop it first.`,
    );
  }
  const started = startApp(port, env, options);
  await untilAnswering(started, baseUrl);
  return started.stop;
}

/**
 * One visitor: a cookie jar of its own, and redirects returned, not followed.
 * `fetchVia` reaches the app another way (through a reverse proxy).
 */
export class Browser {
  readonly jar = new CookieJar();
  private readonly fetchWithJar: typeof fetch;

  constructor(
    readonly baseUrl: string,
    fetchVia: typeof fetch = fetch,
  ) {
    this.fetchWithJar = makeFetchCookie(fetchVia, this.jar);
  }

  request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.baseUrl).href;
    return this.fetchWithJar(url, { ...init, redirect: 'manual' });
  }

  /** A form POST, as NextAuth.js's own pages send them. */
  post(path: string, fields: ConstructorParameters<typeof URLSearchParams>[0]) {
    const body = new URLSearchParams(fields);
    return this.request(path, { method: 'POST', body });
  }

  cookie(name: string): string | undefined {
    return this.jar
      .getCookiesSync(this.baseUrl)
      .find((cookie) => cookie.key === name)?.value;
  }

  setCookie(name: string, value: string): void {
    this.jar.setCookieSync(`${name}=${value}`, this.baseUrl);
  }

  /** The token every NextAuth.js POST must carry (and its cookie). */
  async csrfToken(): Promise<string> {
    const response = await this.request('/api/auth/csrf');
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** The Credentials provider's form: the demo account unless `fields` say otherwise. */
  postCredentials(fields: Record<string, string>): Promise<Response> {
    return this.post('/api/auth/callback/credentials', {
      username: 'demo',
      password: 'demo',
      ...fields,
    });
  }

  async signIn(username = 'demo', password = username): Promise<Response> {
    return this.postCredentials({
      username,
      password,
      csrfToken: await this.csrfToken(),
      callbackUrl: `${this.baseUrl}/`,
    });
  }
}

/** A visitor signed in with a demo account: `demo` and `sam` are members. */
export async function demoUser(
  baseUrl: string,
  username: 'demo' | 'sam' | 'admin' = 'demo',
): Promise<Browser> {
  const browser = new Browser(baseUrl);
  await browser.signIn(username);
  if (!browser.cookie(SESSION_COOKIE)) {
    throw new Error(`Signing in as ${username} set no session cookie`);
  }
  return browser;
}

/** The app's sign-in page as its server rendered it, and what it chose. */
export async function signInPage(
  baseUrl: string,
  search = '',
  browser = new Browser(baseUrl),
) {
  const response = await browser.request(`/sign-in${search}`);
  const html = await response.text();
  const data = /<script id="__NEXT_DATA__"[^>]*>([^<]*)<\/script>/.exec(html);
  const props = JSON.parse(data?.[1] ?? '{}').props?.pageProps ?? {};
  return {
    response,
    html,
    callbackUrl: props.callbackUrl as string,
    error: props.error as string | null,
  };
}

const VERDICTS = [
  'Access Denied',
  'Protected Page',
  'Forbidden',
  'Admin Page',
  'Your notes',
];

/**
 * A response in a few words, as a reader would describe it: `401 JSON
 * error`, `200 Access Denied`, `307 to /api/auth/signin?callbackUrl=/x`.
 */
export async function answer(response: Response): Promise<string> {
  const location = response.headers.get('location');
  if (location !== null) {
    const target = new URL(location, response.url);
    const offSite =
      target.origin === new URL(response.url).origin ? '' : target.origin;
    const search = decodeURIComponent(target.search);
    return `${response.status} to ${offSite}${target.pathname}${search}`;
  }
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    const keys = Object.keys((await response.json()) ?? {}).join();
    return `${response.status} JSON ${keys === 'error' ? 'error' : 'data'}`;
  }
  // A page's verdict is its heading; other text (the index page's table)
  // may quote the same words.
  const headings = [
    ...(await response.text()).matchAll(/<h1[^>]*>([^<]*)<\/h1>/g),
  ].map(([, text]) => text);
  const says = headings.filter((text) => VERDICTS.includes(text));
  return `${response.status} ${says.join(' and ') || 'page'}`;
}

/**
 * Asks every protected route with `request` and expects the answers this
 * kind of visitor gets; a mismatch shows each route's answer.
 */
export async function expectOnEveryProtectedRoute(
  visitor: Visitor,
  request: (path: string) => Promise<Response>,
) {
  const answers = await pMap(
    PROTECTED_ROUTES,
    async ({ path }) => [path, await answer(await request(path))],
    { concurrency: 4 },
  );
  expect(Object.fromEntries(answers)).toEqual(
    Object.fromEntries(
      PROTECTED_ROUTES.map((route) => [
        route.path,
        expect.toBeOneOf(expectedAnswers(route, visitor)),
      ]),
    ),
  );
}
