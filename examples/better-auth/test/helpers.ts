// The Better Auth app's side of the shared test support (test/support/): how
// its server starts, how its visitors sign in and out, and where its answers
// differ from another app's.
import path from 'node:path';
import {
  appServers,
  startScript,
  type ServerOptions,
} from '../../../test/support/app-server';
import { Browser } from '../../../test/support/browser';
import {
  expectedAnswers as expectedAnswersOf,
  type AppAnswers,
  type Visitor,
} from '../../../test/support/expected-answers';
import { visitorsOf } from '../../../test/support/visitors';
import { ROUTES, type ExampleRoute } from '../lib/routes';

// __dirname, not import.meta: Playwright loads this file as CommonJS.
export const APP_DIR = path.resolve(__dirname, '..');
/** For servers under test only, never used anywhere else. */
export const TEST_SECRET = 'better-auth-test-only-secret-3c9e1f7a5b2d4e6f';
/** Better Auth's session cookie on http:// (on https:// it is `__Secure-…`). */
export const SESSION_COOKIE = 'better-auth.session_token';
/** The demo accounts' passwords, as a deployment gives them. */
export const DEMO_PASSWORDS = {
  DEMO_PASSWORD: 'demo',
  ADMIN_PASSWORD: 'admin',
};

export const BETTER_AUTH_APP: AppAnswers = {
  signInPath: '/sign-in',
  // forbidden() sets 403, and Next.js 16 sends its error shell: the page's
  // heading arrives with its script (app/forbidden.tsx).
  appRouterForbidden: '403 page',
};

export const expectedAnswers = (route: ExampleRoute, visitor: Visitor) =>
  expectedAnswersOf(route, visitor, BETTER_AUTH_APP);

/** The routes a GET may ask that let only some visitors in. */
export const PROTECTED_ROUTES = ROUTES.filter(
  (route) =>
    route.method === undefined &&
    route.protection !== 'none' &&
    route.protection !== 'guest',
);

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

/** A browser for each kind of visitor, the signed-in ones signed in before the tests. */
export const visitorsAt = (baseUrl: string) =>
  visitorsOf(
    () => new BetterAuthBrowser(baseUrl),
    (username) => demoUser(baseUrl, username),
  );

/** A visitor who signs in the way the app's sign-in form does (Better Auth's client). */
export class BetterAuthBrowser extends Browser {
  /** A JSON POST from one of the app's pages, as Better Auth's client sends. */
  postJson(path: string, body: unknown): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: {
        origin: new URL(this.baseUrl).origin,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  }

  signIn(username = 'demo', password = username): Promise<Response> {
    return this.postJson('/api/auth/sign-in/username', { username, password });
  }

  signOut(): Promise<Response> {
    return this.postJson('/api/auth/sign-out', {});
  }

  sessionToken(): string | undefined {
    return this.cookie(SESSION_COOKIE);
  }
}

/** A visitor signed in with a demo account. */
export async function demoUser(
  baseUrl: string,
  username: 'demo' | 'admin' = 'demo',
): Promise<BetterAuthBrowser> {
  const browser = new BetterAuthBrowser(baseUrl);
  const response = await browser.signIn(username);
  if (!browser.sessionToken()) {
    throw new Error(
      `Signing in as ${username} set no session cookie: ${response.status} ${await response.text()}`,
    );
  }
  return browser;
}
