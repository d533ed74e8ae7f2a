// Open redirects: wherever a callbackUrl can come from (the sign-in form, the
// `next-auth.callback-url` cookie, the sign-in page's query, the proxy's
// redirect), the Location after signing in stays on the app's origin.
// Locations are resolved as a browser resolves them (the WHATWG URL parser:
// backslashes are slashes, tabs vanish), so `/\evil.example` counts as what
// it is in a browser.
//
// Values that are not URLs at all are a different story with next-auth
// 4.24.15: they never redirect anywhere, but they make NextAuth.js answer 500
// (see the last describe blocks). That is a finding, pinned here on purpose.
import { describe, expect, inject, it } from 'vitest';
import {
  CookieJar,
  SESSION_COOKIE,
  csrfToken,
  rawRequest,
  request,
} from '../helpers';
import { PROTECTED_ROUTES } from './protected-routes';

const baseUrl = inject('exampleBaseUrl');
const { origin, host } = new URL(baseUrl);
const CALLBACK_COOKIE = 'next-auth.callback-url';

/** Off-site targets that are URLs (absolute, or relative to the app). */
const OFF_SITE = [
  'https://evil.example/',
  'HTTPS://EVIL.EXAMPLE/',
  'hTtP://evil.example/path',
  'https:evil.example',
  'http:\\\\evil.example',
  ' https://evil.example',
  `http://${host}@evil.example`,
  `http://evil.example\\@${host}`,
  `http://evil.example#${host}`,
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '/%2F%2Fevil.example',
  '/\t/evil.example',
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
];

/** Not URLs, not paths: next-auth's redirect callback throws on them. */
const NOT_URLS = [
  'evil.example',
  '%2F%2Fevil.example',
  '\\\\evil.example',
  '\t//evil.example',
  `http://${host}.evil.example`,
];

/** Where a browser would go with this Location header. */
function browserTarget(location: string | null): URL {
  return new URL(location ?? '', baseUrl);
}

function expectOnSite(response: Response) {
  expect(response.status).toBe(302);
  expect(browserTarget(response.headers.get('location')).origin).toBe(origin);
}

/** A visitor with a csrf cookie and its token, and `cookies` set. */
async function visitor(cookies: Record<string, string> = {}) {
  const jar = new CookieJar();
  const token = await csrfToken(baseUrl, jar);
  for (const [name, value] of Object.entries(cookies)) jar.set(name, value);
  return { jar, token };
}

function postSignIn(jar: CookieJar, token: string, callbackUrl?: string) {
  const body = new URLSearchParams({
    csrfToken: token,
    username: 'demo',
    password: 'demo',
    ...(callbackUrl === undefined ? {} : { callbackUrl }),
  });
  return request(`${baseUrl}/api/auth/callback/credentials`, jar, {
    method: 'POST',
    body,
  });
}

describe('after signing in, the Location stays on the app', () => {
  it.each(OFF_SITE)('callbackUrl %j in the sign-in form', async (target) => {
    const { jar, token } = await visitor();
    const response = await postSignIn(jar, token, target);

    expectOnSite(response);
    expect(jar.get(SESSION_COOKIE)).toBeDefined();
    // The cookie it leaves for next time holds the same, safe, URL.
    const remembered = jar.get(CALLBACK_COOKIE);
    expect(browserTarget(decodeURIComponent(remembered ?? '')).origin).toBe(
      origin,
    );
  });

  it.each(OFF_SITE.filter((t) => /^ ?(https?:|\/)/i.test(t)))(
    'callbackUrl %j in the next-auth.callback-url cookie',
    async (target) => {
      const { jar, token } = await visitor({
        [CALLBACK_COOKIE]: encodeURIComponent(target),
      });
      const response = await postSignIn(jar, token);

      expectOnSite(response);
      expect(jar.get(SESSION_COOKIE)).toBeDefined();
    },
  );

  it.each(OFF_SITE.filter((t) => /^ ?https?:/i.test(t)))(
    'callbackUrl %j on the sign-in page, then its form',
    async (target) => {
      const jar = new CookieJar();
      const page = await request(
        `${baseUrl}/api/auth/signin?callbackUrl=${encodeURIComponent(target)}`,
        jar,
      );
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain('evil.example');
      // The page remembers where to go in a cookie: the app, not the target.
      expect(decodeURIComponent(jar.get(CALLBACK_COOKIE) ?? '')).toBe(origin);

      const token = await csrfToken(baseUrl, jar);
      expectOnSite(await postSignIn(jar, token));
    },
  );
});

describe("withAuth's redirect to sign-in", () => {
  it.each([
    '/middleware-example?x=//evil.example',
    '/middleware-example?callbackUrl=https://evil.example/',
    '/middleware-example?next=%2F%2Fevil.example',
    '/middleware-example/%2F%2Fevil.example',
  ])(
    'for %s keeps the callbackUrl a path of the app, through sign-in',
    async (path) => {
      const jar = new CookieJar();
      const redirect = await request(`${baseUrl}${path}`, jar);
      expect(redirect.status).toBe(307);
      const signInPage = browserTarget(redirect.headers.get('location'));
      expect(signInPage.origin).toBe(origin);
      expect(signInPage.pathname).toBe('/api/auth/signin');
      const callbackUrl = signInPage.searchParams.get('callbackUrl') ?? '';
      expect(callbackUrl).toMatch(/^\/middleware-example/);
      expect(browserTarget(callbackUrl).origin).toBe(origin);

      // Follow it as a browser would: the page, then its form.
      expect((await request(signInPage.href, jar)).status).toBe(200);
      const token = await csrfToken(baseUrl, jar);
      const response = await postSignIn(jar, token);
      expectOnSite(response);
      expect(browserTarget(response.headers.get('location')).pathname).toMatch(
        /^\/middleware-example/,
      );
    },
  );

  it('a path that starts with //evil.example is normalised by Next.js to a path of the app (308)', async () => {
    const response = await rawRequest(
      `${baseUrl}//evil.example/middleware-example`,
    );

    expect(response.status).toBe(308);
    expect(browserTarget(response.headers.location ?? null).origin).toBe(
      origin,
    );
  });
});

describe('a callbackUrl that is not a URL (next-auth 4.24.15 answers 500)', () => {
  // The default `redirect` callback runs `new URL(url)` on anything that does
  // not start with "/", and that throws: an unhandled error, so a 500, with
  // no redirect and no session. Nothing is followed, but it is a 5xx from input.
  it.each(NOT_URLS)(
    '%j in the sign-in form: 500, no Location, no session',
    async (target) => {
      const { jar, token } = await visitor();
      const response = await postSignIn(jar, token, target);

      expect(response.status).toBe(500);
      expect(response.headers.get('location')).toBeNull();
      expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    },
  );

  // assertConfig rejects a callback-url cookie or query that is not an
  // http(s) URL or a path as a *configuration* error: every NextAuth.js
  // endpoint answers 500, and getServerSession throws.
  const NOT_HTTP = [
    ...NOT_URLS,
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
  ];

  it.each(NOT_HTTP)(
    '%j in the callback-url cookie: every /api/auth route answers 500',
    async (target) => {
      const cookie = `${CALLBACK_COOKIE}=${encodeURIComponent(target)}`;
      for (const path of [
        '/api/auth/session',
        '/api/auth/csrf',
        '/api/auth/providers',
      ]) {
        const response = await rawRequest(`${baseUrl}${path}`, {
          headers: { cookie },
        });
        expect(response.status, path).toBe(500);
      }
      const { jar, token } = await visitor();
      jar.set(CALLBACK_COOKIE, encodeURIComponent(target));
      const signIn = await postSignIn(jar, token);
      expect(signIn.status).toBe(500);
      expect(signIn.headers.get('location')).toBeNull();
      expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    },
  );

  it.each(NOT_HTTP)(
    '%j in the callback-url cookie: getServerSession throws (500), getToken and the proxy are unaffected',
    async (target) => {
      const cookie = `${CALLBACK_COOKIE}=${encodeURIComponent(target)}`;
      const [sessionApi, tokenApi, serverPage, proxied] = PROTECTED_ROUTES;
      const status = async (path: string) =>
        (await rawRequest(`${baseUrl}${path}`, { headers: { cookie } })).status;

      expect(await status(sessionApi.path)).toBe(500);
      expect(await status(serverPage.path)).toBe(500);
      expect(await status(tokenApi.path)).toBe(401);
      expect(await status(proxied.path)).toBe(307);
    },
  );

  it.each(NOT_HTTP)('%j as the sign-in page query: 500', async (target) => {
    const response = await rawRequest(
      `${baseUrl}/api/auth/signin?callbackUrl=${encodeURIComponent(target)}`,
    );
    expect(response.status).toBe(500);
  });
});
