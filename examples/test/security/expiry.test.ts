// Expired session tokens, correctly encrypted with the app's own secret: the
// `exp` claim alone must sign the visitor out, on every protected route.
import { EncryptJWT } from 'jose';
import { encode } from 'next-auth/jwt';
import { describe, expect, inject, it } from 'vitest';
import { SESSION_COOKIE, TEST_SECRET, rawRequest } from '../helpers';
import { sessionKey } from './hostile-cookies';
import { PROTECTED_ROUTES } from './protected-routes';

const baseUrl = inject('exampleBaseUrl');
const DEMO = {
  name: 'Demo User',
  email: 'demo@example.com',
  sub: 'demo',
  role: 'member',
};
const nowSeconds = () => Math.floor(Date.now() / 1000);

function get(path: string, token: string) {
  return rawRequest(`${baseUrl}${path}`, {
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
  });
}

/** A session token made by hand, as next-auth makes them, with this `exp`. */
function handMade(exp: number): Promise<string> {
  return new EncryptJWT(DEMO)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(exp - 3_600)
    .setExpirationTime(exp)
    .setJti(crypto.randomUUID())
    .encrypt(sessionKey(TEST_SECRET));
}

describe.each(PROTECTED_ROUTES)('$path', (route) => {
  it.each([
    ['a minute', -60],
    ['a day', -86_400],
    ['a year', -365 * 86_400],
  ])(
    `a token made by encode() that expired %s ago gets ${route.signedOutAnswer}`,
    async (_, maxAge) => {
      const token = await encode({ token: DEMO, secret: TEST_SECRET, maxAge });
      expect(route.isSignedOut(await get(route.path, token))).toBe(true);
    },
  );

  it(`a hand-made token whose exp passed a minute ago gets ${route.signedOutAnswer}, the same one with exp ahead is signed in`, async () => {
    const past = await handMade(nowSeconds() - 60);
    const future = await handMade(nowSeconds() + 3_600);

    expect(route.isSignedOut(await get(route.path, past))).toBe(true);
    // The control: the hand-made format is right, only `exp` differs.
    expect(route.isSignedIn(await get(route.path, future))).toBe(true);
  });

  it('a token that expired 5 s ago still works: next-auth allows 15 s of clock skew', async () => {
    const token = await encode({
      token: DEMO,
      secret: TEST_SECRET,
      maxAge: -5,
    });
    expect(route.isSignedIn(await get(route.path, token))).toBe(true);
  });
});

describe('getServerSession and an expired token', () => {
  it('get-session-example also deletes the expired cookie (Max-Age=0)', async () => {
    const token = await encode({
      token: DEMO,
      secret: TEST_SECRET,
      maxAge: -60,
    });
    const response = await get('/api/get-session-example', token);

    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toContainEqual(
      expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i')),
    );
  });
});
