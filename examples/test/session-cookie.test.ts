// Signing in and out, and what happens to cookies that are wrong: every
// helper returns null for them, so the routes answer 401, never 5xx.
import { describe, expect, inject, it } from 'vitest';
import {
  SESSION_COOKIE,
  jarWithSession,
  request,
  signIn,
  signOut,
} from './helpers';
import { invalidSessionCookies } from './invalid-cookies';

const baseUrl = inject('exampleBaseUrl');
const API_ROUTES = ['/api/get-session-example', '/api/get-token-example'];

describe('signing in', () => {
  it('the demo account gets a session cookie', async () => {
    const { response, sessionCookie } = await signIn(baseUrl, 'demo', 'demo');

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${baseUrl}/`);
    expect(sessionCookie).toBeTruthy();
  });

  it('a wrong password gets no cookie and the CredentialsSignin error', async () => {
    const { response, sessionCookie, jar } = await signIn(
      baseUrl,
      'demo',
      'wrong',
    );

    expect(sessionCookie).toBeUndefined();
    const location = new URL(response.headers.get('location') ?? '', baseUrl);
    expect(location.searchParams.get('error')).toBe('CredentialsSignin');

    // The error route sends the reader back to the sign-in form, with the error.
    const errorPage = await request(location.href, jar);
    const signInUrl = new URL(errorPage.headers.get('location') ?? '', baseUrl);
    expect(signInUrl.pathname).toBe('/api/auth/signin');
    expect(signInUrl.searchParams.get('error')).toBe('CredentialsSignin');
    const form = await request(signInUrl.href, jar);
    expect(await form.text()).toContain('Sign in failed');
  });
});

describe('a session cookie that is not a valid session', async () => {
  const { sessionCookie = '' } = await signIn(baseUrl, 'demo', 'demo');
  const cookies = await invalidSessionCookies(sessionCookie);

  it('the valid cookie it was made from works', async () => {
    const response = await request(
      `${baseUrl}${API_ROUTES[0]}`,
      jarWithSession(sessionCookie),
    );
    expect(response.status).toBe(200);
  });

  describe.each(Object.entries(cookies))('%s', (_, value) => {
    it.each(API_ROUTES)('%s answers 401', async (route) => {
      const response = await request(
        `${baseUrl}${route}`,
        jarWithSession(value),
      );
      expect(response.status).toBe(401);
    });

    it('server-side-example denies access', async () => {
      const response = await request(
        `${baseUrl}/server-side-example`,
        jarWithSession(value),
      );
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Access Denied');
    });

    it('middleware-example redirects to sign-in', async () => {
      const response = await request(
        `${baseUrl}/middleware-example`,
        jarWithSession(value),
      );
      expect(response.status).toBe(307);
    });
  });
});

describe('signing out', () => {
  it('clears the session cookie, and the API routes answer 401 again', async () => {
    const { jar, sessionCookie } = await signIn(baseUrl, 'demo', 'demo');
    expect((await request(`${baseUrl}${API_ROUTES[0]}`, jar)).status).toBe(200);

    const response = await signOut(baseUrl, jar);

    expect(response.status).toBe(302);
    const cleared = response.headers
      .getSetCookie()
      .find((line) => line.startsWith(`${SESSION_COOKIE}=;`));
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    for (const route of API_ROUTES) {
      expect((await request(`${baseUrl}${route}`, jar)).status).toBe(401);
    }

    // JWT sessions are stateless: signing out deletes the browser's cookie,
    // but a copy of it stays valid until it expires (30 days by default).
    const copy = await request(
      `${baseUrl}${API_ROUTES[0]}`,
      jarWithSession(sessionCookie ?? ''),
    );
    expect(copy.status).toBe(200);
  });
});
