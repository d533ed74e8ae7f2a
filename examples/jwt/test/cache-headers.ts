// Asks every route of the app as each kind of visitor and notes what a
// cache in between would see: the status, Cache-Control, Vary and the
// cookies it sets. Shared by the test on the app and the one on its build
// without a proxy. Each request is a visitor's first: a signed-out one with
// no cookies, a signed-in one with just what signing in left, so what a
// route sets does not depend on the routes asked before it.
import type {
  HeaderAnswer,
  HeaderVisitor,
  RecordedHeaders,
} from '../../../src/data/recorded-headers';
import { ROUTES } from '../lib/routes';
import { callAction } from './actions';
import { Browser, demoUser } from './helpers';
import { sharedCacheMayStore } from './shared-cache';

/** next-auth's own routes that answer with the session or set cookies. */
export const AUTH_ROUTES = [
  '/api/auth/session',
  '/api/auth/csrf',
  '/api/auth/signin',
];
/** The Server Actions' page, posted to as its forms do (an unknown note: nothing changes). */
const ACTION = 'POST /app-router/actions-example';
const VISITORS: readonly HeaderVisitor[] = ['signedOut', 'member', 'admin'];

/** A new visitor with the same cookies as `browser`, and nothing after. */
function copyOf(browser: Browser): Browser {
  const copy = new Browser(browser.baseUrl);
  for (const cookie of browser.jar.getCookiesSync(browser.baseUrl)) {
    copy.jar.setCookieSync(cookie, browser.baseUrl);
  }
  return copy;
}

/** A redirect's target without this site's origin, which changes per run. */
function stableLocation(location: string, baseUrl: string): string {
  const target = new URL(location, baseUrl);
  const own = target.origin === new URL(baseUrl).origin;
  const path = own ? `${target.pathname}${target.search}` : target.href;
  return decodeURIComponent(path).replaceAll(baseUrl, '<this site>');
}

function headersOf(response: Response, method: string, baseUrl: string) {
  const headers = Object.fromEntries(response.headers);
  const location = response.headers.get('location');
  const answer: HeaderAnswer = {
    status: response.status,
    ...(location !== null && { location: stableLocation(location, baseUrl) }),
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
    setCookie: response.headers
      .getSetCookie()
      .map((cookie) => cookie.slice(0, cookie.indexOf('='))),
    sharedCacheMayStore: sharedCacheMayStore({
      method,
      status: response.status,
      headers,
    }),
  };
  return answer;
}

/**
 * Every route's answers, keyed by path (`POST …` for the actions). `distDir`
 * is the build whose action ids to use (another copy of the app).
 */
export async function recordHeaders(
  baseUrl: string,
  { distDir }: { distDir?: string } = {},
): Promise<Record<string, RecordedHeaders>> {
  const signedIn = {
    member: await demoUser(baseUrl, 'demo'),
    admin: await demoUser(baseUrl, 'admin'),
  };
  const visitor = (who: HeaderVisitor) =>
    who === 'signedOut' ? new Browser(baseUrl) : copyOf(signedIn[who]);
  const ask = (who: HeaderVisitor, route: string) =>
    route === ACTION
      ? callAction(
          visitor(who),
          'deleteNote',
          { id: 'no-such-note' },
          { distDir },
        )
      : visitor(who).request(route);

  const routes = [...ROUTES.map((r) => r.path), ACTION, ...AUTH_ROUTES];
  const record: Record<string, RecordedHeaders> = {};
  for (const route of routes) {
    const method = route === ACTION ? 'POST' : 'GET';
    const answers = {} as Record<HeaderVisitor, HeaderAnswer>;
    // Personal: not every visitor got the same answer.
    const bodies = new Set<string>();
    for (const who of VISITORS) {
      const response = await ask(who, route);
      answers[who] = headersOf(response, method, baseUrl);
      const { status, location = '' } = answers[who];
      bodies.add(`${status} ${location} ${await response.text()}`);
    }
    record[route] = {
      ...(method !== 'GET' && { method }),
      personal: bodies.size > 1,
      ...answers,
    };
  }
  return record;
}

/** The answers a shared cache may store though they are personal or set a cookie. */
export function storedButPersonal(record: Record<string, RecordedHeaders>) {
  return Object.entries(record).flatMap(([route, { personal, ...answers }]) =>
    VISITORS.filter((who) => {
      const { sharedCacheMayStore, setCookie } = answers[who];
      return sharedCacheMayStore && (personal || setCookie.length > 0);
    }).map((who) => {
      const { status, cacheControl } = answers[who];
      return `${route} (${who}): ${status}, Cache-Control: ${cacheControl}`;
    }),
  );
}
