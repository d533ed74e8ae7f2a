// Forged requests against NextAuth.js's own POSTs (CSRF): a credentials
// sign-in and a signed-in user's POSTs must carry the token of their csrf
// cookie.
import { describe, expect, inject, it } from 'vitest';
import {
  Browser,
  SESSION_COOKIE,
  answer,
  csrfVisitor,
  demoUser,
} from './helpers';

const baseUrl = inject('exampleBaseUrl');
const CSRF_COOKIE = 'next-auth.csrf-token';

// The double-submit check: every POST must carry, in the form, the token
// whose signed copy is in the csrf cookie. NextAuth.js sends a POST without
// it back to its own page with `?csrf=true`.
describe('CSRF: a credentials sign-in POST', () => {
  it('with the token of its own csrf cookie signs in', async () => {
    const { browser, signIn } = await csrfVisitor(baseUrl);
    await signIn();
    expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
  });

  it.each([
    [
      'without a csrf token',
      async () => ({ ...(await csrfVisitor(baseUrl)), token: '' }),
    ],
    [
      "with another visitor's token",
      async () => ({
        ...(await csrfVisitor(baseUrl)),
        token: (await csrfVisitor(baseUrl)).token,
      }),
    ],
    [
      'with a token but no csrf cookie',
      async () => ({
        ...(await csrfVisitor(baseUrl)),
        browser: new Browser(baseUrl),
      }),
    ],
    [
      'with a csrf cookie whose hash is forged',
      async () => {
        // The cookie is `token|sha256(token + secret)`: without the secret
        // the hash cannot be made.
        const { token } = await csrfVisitor(baseUrl);
        const forged = encodeURIComponent(`${token}|${'0'.repeat(64)}`);
        return {
          ...(await csrfVisitor(baseUrl, { [CSRF_COOKIE]: forged })),
          token,
        };
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
    const { browser } = await csrfVisitor(baseUrl);
    const response = await browser.postCredentials({
      csrfToken: (await csrfVisitor(baseUrl)).token,
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
      async () => ({ csrfToken: (await csrfVisitor(baseUrl)).token }),
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
