// A reader with the wrong secret (or looking under the wrong cookie name)
// gets null from getToken, never an exception and never someone's session.
// The server refusing to start without a secret is in ../secret.test.ts.
import { decode, encode, getToken } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  SESSION_COOKIE,
  TEST_SECRET,
  jarWithSession,
  request,
  signIn,
} from '../helpers';
import { otherSecrets } from './hostile-cookies';

const baseUrl = inject('exampleBaseUrl');

/** A request as getToken sees one in a proxy or a route handler. */
function requestWithCookie(cookie: string): NextRequest {
  return new NextRequest(`${baseUrl}/api/get-token-example`, {
    headers: { cookie },
  });
}

describe('getToken, in-process, on a cookie the server issued', () => {
  let cookie: string;

  beforeAll(async () => {
    const { sessionCookie } = await signIn(baseUrl, 'demo', 'demo');
    if (!sessionCookie) throw new Error('The demo sign-in set no cookie');
    cookie = `${SESSION_COOKIE}=${sessionCookie}`;
  });

  // secureCookie: false because the server runs on http://; on https:// the
  // cookie would be `__Secure-next-auth.session-token`.
  it("with the server's secret returns the token", async () => {
    const token = await getToken({
      req: requestWithCookie(cookie),
      secret: TEST_SECRET,
      secureCookie: false,
    });

    expect(token).toMatchObject({ sub: 'demo', role: 'member' });
  });

  it.each(otherSecrets(7, 10, TEST_SECRET))(
    'with another secret (%j) returns null',
    async (secret) => {
      const token = await getToken({
        req: requestWithCookie(cookie),
        secret,
        secureCookie: false,
      });

      expect(token).toBeNull();
    },
  );

  it('decode() with another secret throws: getToken is what turns that into null', async () => {
    const raw = await getToken({
      req: requestWithCookie(cookie),
      secret: TEST_SECRET,
      secureCookie: false,
      raw: true,
    });

    await expect(decode({ token: raw, secret: TEST_SECRET })).resolves.toEqual(
      expect.objectContaining({ sub: 'demo' }),
    );
    await expect(decode({ token: raw, secret: 'other' })).rejects.toThrow();
  });

  it('looking for the https cookie name (__Secure-…) finds nothing on http: null', async () => {
    const token = await getToken({
      req: requestWithCookie(cookie),
      secret: TEST_SECRET,
      secureCookie: true,
    });

    expect(token).toBeNull();
  });
});

describe('the server, given a cookie made with another secret', () => {
  let value: string;

  beforeAll(async () => {
    value = await encode({
      token: { name: 'Demo User', sub: 'demo', role: 'admin' },
      secret: 'not-the-secret-of-this-app',
    });
  });

  it.each(['/api/get-session-example', '/api/get-token-example'])(
    'a cookie made with another secret gets 401 from %s',
    async (route) => {
      const response = await request(
        `${baseUrl}${route}`,
        jarWithSession(value),
      );
      expect(response.status).toBe(401);
    },
  );

  it('a cookie made with another secret gets Access Denied from server-side-example', async () => {
    const response = await request(
      `${baseUrl}/server-side-example`,
      jarWithSession(value),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Access Denied');
  });

  it('a cookie made with another secret is redirected to sign-in by the proxy', async () => {
    const response = await request(
      `${baseUrl}/middleware-example`,
      jarWithSession(value),
    );
    expect(response.status).toBe(307);
  });
});
