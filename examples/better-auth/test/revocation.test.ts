// What a session in the database gives: it ends when the server says so,
// for every copy of its cookie. A cookie replayed after signing out, or
// after signing out everywhere, is refused on every protected route.
import { describe, expect, inject, it } from 'vitest';
import { answer, expectOnEveryRoute } from '../../../test/support/answer';
import { requestWithCookie } from '../../../test/support/browser';
import {
  BETTER_AUTH_APP,
  BetterAuthBrowser,
  PROTECTED_ROUTES,
  SESSION_COOKIE,
  demoUser,
} from './helpers';

const baseUrl = inject('betterAuthBaseUrl');

/** Every protected route, asked with nothing but a copy of this cookie. */
const replay = (value: string, visitor: 'member' | 'signedOut') =>
  expectOnEveryRoute(PROTECTED_ROUTES, visitor, BETTER_AUTH_APP, (path) =>
    requestWithCookie(baseUrl, path, { name: SESSION_COOKIE, value }),
  );

describe('signing out', () => {
  it('refuses a copy of the old cookie, unlike a JWT, which stays valid until it expires', async () => {
    const browser = await demoUser(baseUrl);
    const copy = browser.sessionToken()!;
    await replay(copy, 'member');

    expect((await browser.signOut()).status).toBe(200);

    expect(browser.sessionToken()).toBeUndefined();
    await replay(copy, 'signedOut');
  });
});

describe('signing out everywhere', () => {
  it("refuses every cookie of that user, in every browser, and no one else's", async () => {
    const [laptop, phone, admin] = await Promise.all([
      demoUser(baseUrl, 'demo'),
      demoUser(baseUrl, 'demo'),
      demoUser(baseUrl, 'admin'),
    ]);
    const [laptopCopy, phoneCopy] = [laptop, phone].map((b) =>
      b.sessionToken()!,
    );

    const response = await phone.post('/api/sign-out-everywhere');

    expect(response.status).toBe(200);
    // Every session of demo's ends: these two, and any an earlier test left.
    const { revoked } = (await response.json()) as { revoked: number };
    expect(revoked).toBeGreaterThanOrEqual(2);
    await replay(laptopCopy!, 'signedOut');
    await replay(phoneCopy!, 'signedOut');
    expect(await answer(await admin.request('/api/admin-example'))).toBe(
      '200 JSON data',
    );
  });

  it.each([
    ['from another site', { origin: 'https://evil.example' }],
    ['with no Origin header', {}],
  ])('refuses a request %s, and the session lives on', async (_, headers) => {
    const browser = await demoUser(baseUrl);

    const response = await browser.request('/api/sign-out-everywhere', {
      method: 'POST',
      headers,
    });

    expect(response.status).toBe(403);
    await replay(browser.sessionToken()!, 'member');
  });

  it('answers a signed-out visitor 401, and only POST', async () => {
    const visitor = new BetterAuthBrowser(baseUrl);
    expect(await answer(await visitor.post('/api/sign-out-everywhere'))).toBe(
      '401 JSON error',
    );
    const get = await visitor.request('/api/sign-out-everywhere');
    expect(get.status).toBe(405);
  });
});
