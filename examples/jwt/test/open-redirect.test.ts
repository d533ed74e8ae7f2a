// Open redirects through the callbackUrl: wherever it comes from (the form,
// the query, the cookie), the Location after signing in stays on the app,
// and one that is not a URL is never a 5xx.
import { describe, expect, inject, it } from 'vitest';
import {
  SESSION_COOKIE,
  answer,
  csrfVisitor,
  demoUser,
  PROTECTED_ROUTES,
  expectOnEveryProtectedRoute,
  expectedAnswers,
  signInPage,
} from './helpers';

const baseUrl = inject('exampleBaseUrl');
const { origin, host } = new URL(baseUrl);
const CALLBACK_COOKIE = 'next-auth.callback-url';

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
    const { browser, signIn } = await csrfVisitor(baseUrl);

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
      const { browser, signIn } = await csrfVisitor(baseUrl, cookies);

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
      const { browser, signIn } = await csrfVisitor(baseUrl);
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
      const { browser, signIn } = await csrfVisitor(baseUrl);
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
