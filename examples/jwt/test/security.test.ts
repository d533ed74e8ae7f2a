// Attacks on NextAuth.js's own POSTs and redirects: forged requests (CSRF)
// and open redirects through the callbackUrl.
import { describe, expect, inject, it } from 'vitest';
import {
  Browser,
  SESSION_COOKIE,
  answer,
  demoUser,
  PROTECTED_ROUTES,
  expectOnEveryProtectedRoute,
  expectedAnswers,
  signInPage,
} from './helpers';

const baseUrl = inject('exampleBaseUrl');
const { origin, host } = new URL(baseUrl);
const CSRF_COOKIE = 'next-auth.csrf-token';
const CALLBACK_COOKIE = 'next-auth.callback-url';

/**
 * A new visitor who has loaded a NextAuth.js page (a csrf cookie and its
 * token), then got `cookies`; some of those would break /api/auth/csrf.
 */
async function visitor(cookies: Record<string, string> = {}) {
  const browser = new Browser(baseUrl);
  const token = await browser.csrfToken();
  for (const [name, value] of Object.entries(cookies)) {
    browser.setCookie(name, value);
  }
  const signIn = (fields: Record<string, string> = {}) =>
    browser.postCredentials({ csrfToken: token, ...fields });
  return { browser, token, signIn };
}

// The double-submit check: every POST must carry, in the form, the token
// whose signed copy is in the csrf cookie. NextAuth.js sends a POST without
// it back to its own page with `?csrf=true`.
describe('CSRF: a credentials sign-in POST', () => {
  it('with the token of its own csrf cookie signs in', async () => {
    const { browser, signIn } = await visitor();
    await signIn();
    expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
  });

  it.each([
    ['without a csrf token', async () => ({ ...(await visitor()), token: '' })],
    [
      "with another visitor's token",
      async () => ({ ...(await visitor()), token: (await visitor()).token }),
    ],
    [
      'with a token but no csrf cookie',
      async () => ({ ...(await visitor()), browser: new Browser(baseUrl) }),
    ],
    [
      'with a csrf cookie whose hash is forged',
      async () => {
        // The cookie is `token|sha256(token + secret)`: without the secret
        // the hash cannot be made.
        const { token } = await visitor();
        const forged = encodeURIComponent(`${token}|${'0'.repeat(64)}`);
        return { ...(await visitor({ [CSRF_COOKIE]: forged })), token };
      },
    ],
  ])(
    '%s gets no session: back to /api/auth/signin?csrf=true',
    async (_, setUp) => {
      const { browser, token } = await setUp();
      const fields: Record<string, string> = token ? { csrfToken: token } : {};
      const response = await browser.postCredentials(fields);

      expect(await answer(response)).toBe('302 to /api/auth/signin?csrf=true');
      expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
      expect(browser.cookie(CSRF_COOKIE)).toBeDefined();
    },
  );

  it('/api/auth/signin?csrf=true sends on to the sign-in page, and the flag is gone', async () => {
    const response = await new Browser(baseUrl).request(
      '/api/auth/signin?csrf=true',
    );

    expect(await answer(response)).toBe(
      `302 to /sign-in?callbackUrl=${baseUrl}`,
    );
  });

  it("asking for JSON (as signIn() does) with another visitor's token gets { url: …?csrf=true } and no session", async () => {
    const { browser } = await visitor();
    const response = await browser.postCredentials({
      csrfToken: (await visitor()).token,
      json: 'true',
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      url: `${baseUrl}/api/auth/signin?csrf=true`,
    });
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
  });
});

describe('CSRF: a POST of the signed-in user', () => {
  it.each([
    ['without a csrf token', async () => ({})],
    [
      "with another visitor's token",
      async () => ({ csrfToken: (await visitor()).token }),
    ],
  ])('to sign out, %s, signs nobody out', async (_, fields) => {
    const browser = await demoUser(baseUrl);
    const response = await browser.post('/api/auth/signout', await fields());

    expect(await answer(response)).toBe('302 to /api/auth/signout?csrf=true');
    expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
    const stillIn = await browser.request('/api/get-session-example');
    expect(stillIn.status).toBe(200);
  });

  it('to update the session, without a csrf token, gets 400 and leaves the role as it was', async () => {
    const browser = await demoUser(baseUrl);
    const before = browser.cookie(SESSION_COOKIE);
    const response = await browser.request('/api/auth/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { user: { role: 'admin' } } }),
    });

    expect(response.status).toBe(400);
    expect(browser.cookie(SESSION_COOKIE)).toBe(before);
    const session = await browser.request('/api/get-session-example');
    expect(await session.json()).toMatchObject({ user: { role: 'member' } });
  });
});

// answer() resolves a Location as a browser does (the WHATWG URL parser:
// backslashes are slashes, tabs vanish) and names the origin when it is not
// the app's, so `302 to /…` means the browser stays on the app.
const ON_SITE = /^302 to \//;

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

describe('open redirect: after signing in, the Location stays on the app', () => {
  it.each(OFF_SITE)('callbackUrl %j in the sign-in form', async (target) => {
    const { browser, signIn } = await visitor();

    expect(await answer(await signIn({ callbackUrl: target }))).toMatch(
      ON_SITE,
    );
    expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
    // The cookie it leaves for next time holds the same, safe, URL.
    const remembered = decodeURIComponent(
      browser.cookie(CALLBACK_COOKIE) ?? '',
    );
    expect(new URL(remembered, baseUrl).origin).toBe(origin);
  });

  it.each(OFF_SITE.filter((t) => /^ ?(https?:|\/)/i.test(t)))(
    'callbackUrl %j in the next-auth.callback-url cookie',
    async (target) => {
      const cookies = { [CALLBACK_COOKIE]: encodeURIComponent(target) };
      const { browser, signIn } = await visitor(cookies);

      expect(await answer(await signIn())).toMatch(ON_SITE);
      expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
    },
  );

  it.each(OFF_SITE)(
    'callbackUrl %j on the sign-in page: the form is sent on to the app itself',
    async (target) => {
      const query = `?callbackUrl=${encodeURIComponent(target)}`;
      const { callbackUrl } = await signInPage(baseUrl, query);
      expect(new URL(callbackUrl).origin).toBe(origin);
    },
  );

  it.each([
    '/middleware-example?x=//evil.example',
    '/middleware-example?callbackUrl=https://evil.example/',
    '/middleware-example?next=%2F%2Fevil.example',
    '/middleware-example/%2F%2Fevil.example',
  ])(
    "%s: withAuth's redirect keeps the callbackUrl a path of the app, through sign-in",
    async (path) => {
      const { browser, signIn } = await visitor();
      const redirect = await browser.request(path);
      expect(await answer(redirect)).toMatch(
        /^307 to \/sign-in\?callbackUrl=\/middleware-example/,
      );

      // Follow it as a browser would: the page, then its form.
      const location = new URL(redirect.headers.get('location') ?? '', baseUrl);
      const page = await signInPage(baseUrl, location.search);
      expect(
        await answer(await signIn({ callbackUrl: page.callbackUrl })),
      ).toMatch(/^302 to \/middleware-example/);
    },
  );

  it('a path that starts with //evil.example is normalised by Next.js to a path of the app (308)', async () => {
    // Not through new URL(path, base): that would make evil.example the host.
    const url = `${baseUrl}//evil.example/middleware-example`;
    const response = await fetch(url, { redirect: 'manual' });

    expect(await answer(response)).toMatch(/^308 to \//);
  });
});

// next-auth 4.24.15 answers 500 when a callbackUrl (query or cookie) is
// neither a path nor an http(s) URL (its assertConfig), and when one posted
// in the form does not parse as a URL (its default `redirect` callback). The
// example answers those first (lib/callback-url.ts): never a 5xx, and the
// rest as if it were absent.
describe('a callbackUrl that is not a URL: never a 5xx, treated as absent', () => {
  const NOT_HTTP = [
    'evil.example',
    '%2F%2Fevil.example',
    '\\\\evil.example',
    '\t//evil.example',
    `http://${host}.evil.example`,
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
  ];
  const AUTH_ROUTES = [
    '/api/auth/session',
    '/api/auth/csrf',
    '/api/auth/providers',
  ];

  it.each(NOT_HTTP)(
    '%j in the sign-in form signs in and goes home',
    async (target) => {
      const { browser, signIn } = await visitor();
      expect(await answer(await signIn({ callbackUrl: target }))).toBe(
        '302 to /',
      );
      expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
    },
  );

  it.each(NOT_HTTP)(
    '%j in the callback-url cookie: every route answers as without it, and the cookie is deleted',
    async (target) => {
      const cookie = `${CALLBACK_COOKIE}=${encodeURIComponent(target)}`;
      const send = (path: string) =>
        fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
      for (const path of AUTH_ROUTES)
        expect((await send(path)).status, path).toBe(200);
      await expectOnEveryProtectedRoute('signedOut', send);
      const deleted = (
        await send('/server-side-example')
      ).headers.getSetCookie();
      expect(deleted).toContainEqual(
        expect.stringMatching(
          /^next-auth\.callback-url=;.*Expires=Thu, 01 Jan 1970/,
        ),
      );

      const member = await demoUser(baseUrl);
      member.setCookie(CALLBACK_COOKIE, encodeURIComponent(target));
      await expectOnEveryProtectedRoute('member', (path) =>
        member.request(path),
      );
    },
  );

  it('a malformed __Secure- callback-url cookie is deleted as a Secure one, or the browser would keep it', async () => {
    const response = await fetch(`${baseUrl}/server-side-example`, {
      headers: { cookie: `__Secure-${CALLBACK_COOKIE}=foo` },
    });

    expect(response.headers.getSetCookie()).toContainEqual(
      expect.stringMatching(
        /^__Secure-next-auth\.callback-url=;.*Expires=Thu, 01 Jan 1970.*; Secure/,
      ),
    );
  });

  it.each(NOT_HTTP)(
    '%j as a query parameter: every route answers as without it',
    async (target) => {
      const query = `?callbackUrl=${encodeURIComponent(target)}`;
      const send = (path: string) =>
        fetch(`${baseUrl}${path}${query}`, { redirect: 'manual' });
      for (const path of AUTH_ROUTES)
        expect((await send(path)).status, path).toBe(200);
      // Redirects to sign-in carry the query back in their callbackUrl: a
      // path of the app, cleaned on the way back. Compare statuses.
      for (const route of PROTECTED_ROUTES) {
        const [expected = ''] = expectedAnswers(route, 'signedOut');
        const { status } = await send(route.path);
        expect(`${status}`, route.path).toBe(expected.split(' ')[0]);
      }
      expect(await answer(await send('/api/auth/signin'))).toBe(
        `302 to /sign-in?callbackUrl=${origin}`,
      );
      expect((await signInPage(baseUrl, query)).callbackUrl).toBe(`${origin}/`);
    },
  );
});
