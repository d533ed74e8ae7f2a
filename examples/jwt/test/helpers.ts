// The JWT app's side of the shared test support (test/support/): how its
// server starts, how its visitors sign in, and the answers it gives.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expectOnEveryRoute } from '../../../test/support/answer';
import {
  launchServer,
  startServer,
  type Server,
  type ServerOptions,
} from '../../../test/support/app-server';
import {
  expectedAnswers as expectedAnswersOf,
  type Visitor,
} from '../../../test/support/expected-answers';
import { NextAuthBrowser } from '../../../test/support/next-auth-browser';
import { ROUTES, type ExampleRoute } from '../lib/routes';
import { JWT_APP } from './app-answers';

export { answer } from '../../../test/support/answer';
export type { Visitor } from '../../../test/support/expected-answers';

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

const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');
/** Where the app answers once it is up: NextAuth.js's list of providers. */
const READY_PATH = '/api/auth/providers';

/**
 * `next start` on the production build, with the demo passwords a
 * deployment gives. `env` is applied over this process's environment; an
 * undefined value removes a variable. `cwd` serves another build of the app
 * (a copy built elsewhere).
 */
export function launchApp(
  port: number,
  env: Record<string, string | undefined>,
  options: Partial<ServerOptions> = {},
) {
  return launchServer(serverOptions(port, env, options));
}

/** launchApp(), then waits until the app answers (see startServer). */
export function startApp(
  port: number,
  env: Record<string, string | undefined>,
  options: Partial<ServerOptions> = {},
): Promise<Server> {
  return startServer(serverOptions(port, env, options));
}

function serverOptions(
  port: number,
  env: Record<string, string | undefined>,
  options: Partial<ServerOptions>,
): ServerOptions {
  return {
    cwd: APP_DIR,
    script: NEXT_BIN,
    args: ['start', '--port', `${port}`],
    port,
    env: { ...DEMO_PASSWORDS, ...env },
    readyPath: READY_PATH,
    ...options,
  };
}

/** A visitor who signs in with the Credentials provider (the demo accounts). */
export class Browser extends NextAuthBrowser {
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

/**
 * A new visitor who has loaded a NextAuth.js page (a csrf cookie and its
 * token), then got `cookies`; some of those would break /api/auth/csrf.
 */
export async function csrfVisitor(
  baseUrl: string,
  cookies: Record<string, string> = {},
) {
  const browser = new Browser(baseUrl);
  const token = await browser.csrfToken();
  for (const [name, value] of Object.entries(cookies)) {
    browser.setCookie(name, value);
  }
  const signIn = (fields: Record<string, string> = {}) =>
    browser.postCredentials({ csrfToken: token, ...fields });
  return { browser, token, signIn };
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

export const expectedAnswers = (route: ExampleRoute, visitor: Visitor) =>
  expectedAnswersOf(route, visitor, JWT_APP);

/**
 * Asks every protected route with `request` and expects the answers this
 * kind of visitor gets; a mismatch shows each route's answer.
 */
export const expectOnEveryProtectedRoute = (
  visitor: Visitor,
  request: (path: string) => Promise<Response>,
) => expectOnEveryRoute(PROTECTED_ROUTES, visitor, JWT_APP, request);
