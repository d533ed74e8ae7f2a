// What an attacker can send the Better Auth app without a password: session
// cookies that are not a session, and callback URLs that lead off the site.
// Every protected route gives a bad cookie the signed-out answer, never a
// 5xx; no callback URL sends a visitor anywhere but this site. The named
// cases are the ones a reader can recognise; fast-check then tries
// arbitrary values and bit flips, with a fixed seed (a failure prints the
// seed and path that replay it).
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { answer, expectOnEveryRoute } from '../../../test/support/answer';
import { requestWithCookie } from '../../../test/support/browser';
import type { Visitor } from '../../../test/support/expected-answers';
import { TEST_SECRET } from './app-server';
import {
  BETTER_AUTH_APP,
  BetterAuthBrowser,
  PROTECTED_ROUTES,
  SESSION_COOKIE,
  demoUser,
  expectedAnswers,
} from './helpers';

const baseUrl = inject('betterAuthBaseUrl');
const SEED = 20_261_208;

/** The cookie's value as Better Auth writes it: `token.signature`, URL-encoded (better-call). */
const signed = (token: string, secret = TEST_SECRET) =>
  encodeURIComponent(
    `${token}.${createHmac('sha256', secret).update(token).digest('base64')}`,
  );
const send = (path: string, cookie: string) =>
  requestWithCookie(baseUrl, path, { name: SESSION_COOKIE, value: cookie });
const everyRoute = (visitor: Visitor, cookie: string) =>
  expectOnEveryRoute(PROTECTED_ROUTES, visitor, BETTER_AUTH_APP, (path) =>
    send(path, cookie),
  );

/** Two real sessions of the demo user: their tokens, as in the database. */
let real: [string, string];
beforeAll(async () => {
  const browsers = await Promise.all([demoUser(baseUrl), demoUser(baseUrl)]);
  real = browsers.map((browser) => {
    const value = decodeURIComponent(browser.sessionToken() ?? '');
    return value.slice(0, value.indexOf('.'));
  }) as typeof real;
});
const signatureOf = (token: string) =>
  decodeURIComponent(signed(token)).slice(token.length + 1);

describe('what the cases are made from', () => {
  it("a real session's token, signed here with the app's secret, is signed in on every protected route", async () => {
    await everyRoute('member', signed(real[0]));
  });
});

const COOKIES: Record<string, () => string> = {
  "a real session's token signed with another secret": () =>
    signed(real[0], 'not-this-app'),
  "a made-up token signed with the app's secret (no such session)": () =>
    signed('made-up-token-of-32-characters!'),
  "a real session's token with no signature": () => real[0],
  "a real session's token with the signature of another": () =>
    encodeURIComponent(`${real[0]}.${signatureOf(real[1])}`),
  'a real session with its signature cut short': () =>
    signed(real[0]).slice(0, -8),
  'an empty value': () => '',
  garbage: () => 'garbage',
  'a lone %': () => '%',
  'percent-encoding that is not UTF-8': () => '%E0%A4%A',
  'a NUL byte': () => `${real[0]}%00.${signatureOf(real[0])}`,
  '4,000 characters': () => 'x'.repeat(4_000),
};

describe('a cookie that is not a session gets the signed-out answer on every protected route', () => {
  it.each(Object.entries(COOKIES))('%s', async (_, cookie) => {
    await everyRoute('signedOut', cookie());
  });

  const route = fc.constantFrom(...PROTECTED_ROUTES);
  const expectSignedOut = async (
    target: (typeof PROTECTED_ROUTES)[number],
    cookie: string,
  ) => {
    const got = await answer(await send(target.path, cookie));
    expect(expectedAnswers(target, 'signedOut')).toContain(got);
  };

  it(`any Cookie value a client can send (fast-check, seed ${SEED})`, async () => {
    // Header values carry bytes 0x21-0x7E here but `;` (which ends the cookie).
    const char = fc
      .integer({ min: 0x21, max: 0x7e })
      .filter((code) => code !== 0x3b)
      .map((code) => String.fromCharCode(code));
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.string({ unit: char, maxLength: 300 }),
        (target, cookie) => expectSignedOut(target, cookie),
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it(`a real session with any one bit of its signature flipped (fast-check, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(route, fc.nat(31), fc.nat(7), (target, byte, bit) => {
        const signature = Buffer.from(signatureOf(real[0]), 'base64');
        signature[byte] ^= 1 << bit;
        const value = `${real[0]}.${signature.toString('base64')}`;
        return expectSignedOut(target, encodeURIComponent(value));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

const OFF_SITE = [
  'https://evil.example/',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '/\t/evil.example',
  'javascript:alert(document.domain)',
  '%E0%A4%A',
  '',
];

describe('a callback URL never leads off the site, and is never a 5xx', () => {
  let member: BetterAuthBrowser;
  beforeAll(async () => {
    member = await demoUser(baseUrl);
  });

  it.each(OFF_SITE)(
    'the sign-in page with callbackUrl %j: the form for a signed-out visitor, a page of this site for a signed-in one',
    async (target) => {
      const path = `/sign-in?callbackUrl=${encodeURIComponent(target)}`;
      const signedOut = new BetterAuthBrowser(baseUrl);
      expect(await answer(await signedOut.request(path))).toBe('200 page');
      const response = await member.request(path);
      expect(response.status).toBe(307);
      const location = response.headers.get('location') ?? '';
      expect(new URL(location, baseUrl).origin).toBe(new URL(baseUrl).origin);
    },
  );

  it.each(OFF_SITE.filter(Boolean))(
    "Better Auth's sign-in route with callbackURL %j refuses it and makes no session",
    async (callbackURL) => {
      const browser = new BetterAuthBrowser(baseUrl);
      const response = await browser.postJson('/api/auth/sign-in/username', {
        username: 'demo',
        password: 'demo',
        callbackURL,
      });
      expect(response.status).toBe(403);
      expect(browser.sessionToken()).toBeUndefined();
    },
  );
});
