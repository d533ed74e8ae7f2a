// The Better Auth app's side of the shared test support (test/support/): how
// its visitors sign in and out, and where its answers differ from another
// app's. Its server: app-server.ts.
import { Browser } from '../../../test/support/browser';
import {
  expectedAnswers as expectedAnswersOf,
  type AppAnswers,
  type Visitor,
} from '../../../test/support/expected-answers';
import { visitorsOf } from '../../../test/support/visitors';
import { ROUTES, type ExampleRoute } from '../lib/routes';

/** Better Auth's session cookie on http:// (on https:// it is `__Secure-…`). */
export const SESSION_COOKIE = 'better-auth.session_token';
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
