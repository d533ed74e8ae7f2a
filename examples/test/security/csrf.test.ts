// NextAuth.js's CSRF check (double submit): every POST must carry, in the
// form, the token whose signed copy is in the `next-auth.csrf-token` cookie.
// Without it a sign-in creates no session and a sign-out signs nobody out;
// NextAuth.js answers with a redirect back to its own page, `?csrf=true`.
import { describe, expect, inject, it } from 'vitest';
import {
  CookieJar,
  SESSION_COOKIE,
  csrfToken,
  request,
  signIn,
} from '../helpers';

const baseUrl = inject('exampleBaseUrl');
const CSRF_COOKIE = 'next-auth.csrf-token';

/** A visitor who has loaded a NextAuth.js page: a csrf cookie and its token. */
async function visitor() {
  const jar = new CookieJar();
  const token = await csrfToken(baseUrl, jar);
  return { jar, token };
}

/** The credentials POST of the sign-in form, with the demo account. */
function postSignIn(jar: CookieJar, fields: Record<string, string>) {
  return request(`${baseUrl}/api/auth/callback/credentials`, jar, {
    method: 'POST',
    body: new URLSearchParams({
      username: 'demo',
      password: 'demo',
      ...fields,
    }),
  });
}

function setsSessionCookie(response: Response): boolean {
  return response.headers
    .getSetCookie()
    .some((line) => line.startsWith(`${SESSION_COOKIE}=`));
}

function expectCsrfRejection(response: Response, page: 'signin' | 'signout') {
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe(
    `${baseUrl}/api/auth/${page}?csrf=true`,
  );
}

describe('a credentials sign-in POST', () => {
  it('with the token of its own csrf cookie signs in (the control)', async () => {
    const { jar, token } = await visitor();
    const response = await postSignIn(jar, { csrfToken: token });

    expect(response.status).toBe(302);
    expect(setsSessionCookie(response)).toBe(true);
  });

  it('without the csrf token gets no session: 302 to /api/auth/signin?csrf=true', async () => {
    const { jar } = await visitor();
    const response = await postSignIn(jar, {});

    expectCsrfRejection(response, 'signin');
    expect(setsSessionCookie(response)).toBe(false);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
  });

  it('with the token of another session (csrf cookie of A, token of B) gets no session', async () => {
    const a = await visitor();
    const b = await visitor();
    expect(a.token).not.toBe(b.token);

    const response = await postSignIn(a.jar, { csrfToken: b.token });

    expectCsrfRejection(response, 'signin');
    expect(setsSessionCookie(response)).toBe(false);
  });

  it('with a token but no csrf cookie at all gets no session, and a fresh csrf cookie', async () => {
    const { token } = await visitor();
    const jar = new CookieJar();
    const response = await postSignIn(jar, { csrfToken: token });

    expectCsrfRejection(response, 'signin');
    expect(setsSessionCookie(response)).toBe(false);
    expect(jar.get(CSRF_COOKIE)).toBeDefined();
  });

  it('with a csrf cookie whose hash is forged gets no session', async () => {
    const { token } = await visitor();
    const jar = new CookieJar();
    // The cookie is `token|sha256(token + secret)`: without the secret the
    // hash cannot be made, so a self-made pair does not verify.
    jar.set(CSRF_COOKIE, encodeURIComponent(`${token}|${'0'.repeat(64)}`));
    const response = await postSignIn(jar, { csrfToken: token });

    expectCsrfRejection(response, 'signin');
    expect(setsSessionCookie(response)).toBe(false);
  });

  it('asking for JSON (json=true, as signIn() does) gets 200 { url: …?csrf=true } and no session', async () => {
    const a = await visitor();
    const b = await visitor();
    const response = await postSignIn(a.jar, {
      csrfToken: b.token,
      json: 'true',
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      url: `${baseUrl}/api/auth/signin?csrf=true`,
    });
    expect(setsSessionCookie(response)).toBe(false);
  });
});

describe('a sign-out POST', () => {
  it.each([
    ['without the csrf token', async () => ({})],
    [
      'with the token of another session',
      async () => ({ csrfToken: (await visitor()).token }),
    ],
  ])(
    '%s signs nobody out: 302 to /api/auth/signout?csrf=true',
    async (_, fields) => {
      const { jar } = await signIn(baseUrl, 'demo', 'demo');
      const response = await request(`${baseUrl}/api/auth/signout`, jar, {
        method: 'POST',
        body: new URLSearchParams(await fields()),
      });

      expectCsrfRejection(response, 'signout');
      expect(
        response.headers
          .getSetCookie()
          .some((line) => line.startsWith(`${SESSION_COOKIE}=`)),
      ).toBe(false);
      const stillIn = await request(`${baseUrl}/api/get-session-example`, jar);
      expect(stillIn.status).toBe(200);
    },
  );
});

describe('a session update POST', () => {
  it('without the csrf token gets 400 and leaves the session as it was', async () => {
    const { jar, sessionCookie } = await signIn(baseUrl, 'demo', 'demo');
    const response = await request(`${baseUrl}/api/auth/session`, jar, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { user: { role: 'admin' } } }),
    });

    expect(response.status).toBe(400);
    expect(setsSessionCookie(response)).toBe(false);
    expect(jar.get(SESSION_COOKIE)).toBe(sessionCookie);
    const session = await request(`${baseUrl}/api/get-session-example`, jar);
    expect(await session.json()).toMatchObject({ user: { role: 'member' } });
  });
});
