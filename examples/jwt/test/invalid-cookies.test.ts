// Session cookies that are not a valid session, sent to every protected
// route of both routers: each must get the signed-out answer, never a 5xx.
// The named cases are the ones a reader can recognise; fast-check then tries
// arbitrary values and bit flips, with a fixed seed (a failure prints the
// seed and path that replay it).
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { resolveSecret } from '../lib/env';
import type { ExampleRoute } from '../lib/routes';
import {
  PROTECTED_ROUTES,
  SESSION_COOKIE,
  TEST_SECRET,
  answer,
  expectOnEveryProtectedRoute,
  expectedAnswers,
  type Visitor,
  demoUser,
} from './helpers';

const baseUrl = inject('exampleBaseUrl');
const SEED = 20_261_127;
const DEMO = { name: 'Demo User', sub: 'demo', role: 'member' };
const session = (value: string) => `${SESSION_COOKIE}=${value}`;
const base64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token as the app's auth route would make it, unless told otherwise. */
const mint = (options: { secret?: string; maxAge?: number; salt?: string }) =>
  encode({ token: DEMO, secret: TEST_SECRET, ...options });

const send = (path: string, headers: Record<string, string>) =>
  fetch(new URL(path, baseUrl), { headers, redirect: 'manual' });
const everyRoute = (visitor: Visitor, headers: Record<string, string>) =>
  expectOnEveryProtectedRoute(visitor, (path) => send(path, headers));

async function expectSignedOut(route: ExampleRoute, cookie: string) {
  const got = await answer(await send(route.path, { cookie }));
  expect(expectedAnswers(route, 'signedOut')).toContain(got);
}

/** Two real session tokens of the demo user, from two sign-ins. */
let real: [string, string];

beforeAll(async () => {
  const browsers = await Promise.all([demoUser(baseUrl), demoUser(baseUrl)]);
  real = browsers.map((b) => b.cookie(SESSION_COOKIE) ?? '') as typeof real;
});

/** The token's five JWE parts: header, key (empty), iv, ciphertext, tag. */
const parts = (token: string) => token.split('.');

/** Replaces one character in the middle of the ciphertext. */
function tamper(token: string): string {
  const pieces = parts(token);
  const middle = Math.floor(pieces[3].length / 2);
  const other = pieces[3][middle] === 'A' ? 'B' : 'A';
  pieces[3] = `${pieces[3].slice(0, middle)}${other}${pieces[3].slice(middle + 1)}`;
  return pieces.join('.');
}

function devSecret(): string {
  // It warns that this is the development secret: expected here.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const secret = resolveSecret({ NODE_ENV: 'development' }) ?? '';
  warn.mockRestore();
  return secret;
}

/** Token values, as the session cookie and as a Bearer token. */
const TOKENS: Record<string, () => string | Promise<string>> = {
  'a real session with one character changed': () => tamper(real[0]),
  'a real session cut in half': () => real[0].slice(0, real[0].length / 2),
  'a real session with the tag of another': () =>
    [...parts(real[0]).slice(0, 4), parts(real[1])[4]].join('.'),
  'the parts of a real session reversed': () =>
    parts(real[0]).reverse().join('.'),
  'a token encrypted with another secret': () =>
    mint({ secret: 'not-this-app' }),
  'a token from `next dev`, encrypted with its development-only secret': () =>
    mint({ secret: devSecret() }),
  "a token with the right secret but Auth.js v5's salt": () =>
    mint({ salt: 'authjs.session-token' }),
  'a token that expired a minute ago': () => mint({ maxAge: -60 }),
  "a token signed with the app's secret, not encrypted (HS256)": () =>
    new SignJWT({ ...DEMO, role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET)),
  'an unsigned token (alg: none)': () =>
    `${base64url({ alg: 'none' })}.${base64url({ ...DEMO, role: 'admin' })}.`,
  'an empty value': () => '',
  garbage: () => 'garbage',
  'five empty JWE parts': () => '....',
  'JWE-shaped noise': () =>
    `${base64url({ alg: 'dir', enc: 'A256GCM' })}..AAAA.BBBB.CCCC`,
  '4,000 characters': () => 'x'.repeat(4_000),
  // UTF-8 bytes, one per character: what a client can put in a header.
  'non-ASCII bytes': () => Buffer.from('sésame😀').toString('latin1'),
};

describe('what the cases are made from', () => {
  it('the real sessions are signed in on every protected route', async () => {
    for (const token of real)
      await everyRoute('member', { cookie: session(token) });
  });

  it.each([
    ['made now', 3_600],
    ['that expired 5 s ago (next-auth allows 15 s of clock skew)', -5],
  ])(
    "a token encoded with the app's secret %s is signed in on every protected route",
    async (_, maxAge) => {
      await everyRoute('member', { cookie: session(await mint({ maxAge })) });
    },
  );

  it.each(['/api/get-token-example', '/app-router/api/get-token-example'])(
    'a real session as a Bearer token signs in %s (getToken reads that header too)',
    async (path) => {
      const response = await send(path, { authorization: `Bearer ${real[0]}` });
      expect(await answer(response)).toBe('200 JSON data');
    },
  );
});

describe('a session that is not valid gets the signed-out answer on every protected route', () => {
  it.each(Object.entries(TOKENS))(
    '%s, as the cookie and as a Bearer token',
    async (_, make) => {
      const token = await make();
      await everyRoute('signedOut', { cookie: session(token) });
      await everyRoute('signedOut', { authorization: `Bearer ${token}` });
    },
  );

  it.each([
    [
      'half of a real session as the first chunk of a split cookie',
      () => `${SESSION_COOKIE}.0=${real[0].slice(0, 200)}`,
    ],
    [
      'a real session under the https name (__Secure-…), sent over http',
      () => `__Secure-${session(real[0])}`,
    ],
  ])('%s', async (_, cookie) => {
    await everyRoute('signedOut', { cookie: cookie() });
  });

  const route = fc.constantFrom(...PROTECTED_ROUTES);

  it(`any Cookie value a client can send (fast-check, seed ${SEED})`, async () => {
    // Header values carry bytes 0x20-0xFF but DEL (and tab).
    const byte = fc
      .integer({ min: 0x20, max: 0xff })
      .filter((code) => code !== 0x7f)
      .map((code) => String.fromCharCode(code));
    const base64urlChar = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
    );
    const jweShaped = fc
      .array(fc.string({ unit: base64urlChar, maxLength: 120 }), {
        minLength: 5,
        maxLength: 5,
      })
      .map((pieces) => pieces.join('.'));
    const value = fc.oneof(
      fc.string({ unit: byte, maxLength: 300 }),
      jweShaped,
    );
    await fc.assert(
      fc.asyncProperty(route, value, (target, cookie) =>
        expectSignedOut(target, session(cookie)),
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it(`a real session with any one bit flipped (fast-check, seed ${SEED})`, async () => {
    // Parts by index: 0 header, 2 iv, 3 ciphertext, 4 tag (1, the key, is empty).
    const part = fc.constantFrom(0, 2, 3, 4);
    await fc.assert(
      fc.asyncProperty(
        route,
        part,
        fc.nat(),
        fc.nat(7),
        (target, index, byte, bit) => {
          const pieces = parts(real[0]);
          const bytes = Buffer.from(pieces[index], 'base64url');
          bytes[byte % bytes.length] ^= 1 << bit;
          pieces[index] = bytes.toString('base64url');
          return expectSignedOut(target, session(pieces.join('.')));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('the edges', () => {
  it('an expired session cookie is also deleted by getServerSession (Max-Age=0)', async () => {
    const cookie = session(await mint({ maxAge: -60 }));
    const response = await send('/api/get-session-example', { cookie });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toContainEqual(
      expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i')),
    );
  });

  it("a Cookie header over Node.js's 16 KB limit gets 431 from every protected route, before the app runs", async () => {
    const cookie = session('A'.repeat(20_000));
    for (const { path } of PROTECTED_ROUTES) {
      expect((await send(path, { cookie })).status, path).toBe(431);
    }
  });
});
