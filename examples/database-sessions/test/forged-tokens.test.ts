// A session cookie the database never issued is no session: whatever it
// holds, every protected route gives the signed-out answer, never a 5xx.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { REFUSED, answersTo } from './answers';
import { TEST_SECRET } from './app-server';
import { EmailBrowser, newEmail, requestWithToken } from './email-browser';

// Fixed, so that a run is repeatable; a failure prints the seed and the path
// that replay it.
const SEED = 20_261_208;

const app = inject('databaseApp');

/** The signed-out answer from every route, sign out everywhere included. */
async function expectRefused(token: string) {
  expect(await answersTo(app, token)).toEqual(REFUSED);
  const post = await requestWithToken(app, '/api/sign-out-everywhere', token, {
    method: 'POST',
  });
  expect(post.status).toBe(401);
}

describe('a forged session cookie', () => {
  // Made before the tests run, not while they are collected.
  let real = '';
  let jwt = '';
  beforeAll(async () => {
    real = await new EmailBrowser(app).signIn(newEmail('real'));
    jwt = await encode({
      token: { email: 'admin@example.com', sub: '1' },
      secret: TEST_SECRET,
    });
  });

  it.each<[string, () => string]>([
    ['a well-formed id the database never issued', () => randomUUID()],
    [
      'a real id with one character changed',
      () => `${real.slice(0, -1)}${real.endsWith('0') ? '1' : '0'}`,
    ],
    ['a JWT session cookie made with the app’s own secret', () => jwt],
    ['SQL', () => encodeURIComponent(`' OR '1'='1`)],
    ['a NUL byte, which PostgreSQL text cannot hold', () => `${real}%00`],
    ['percent-encoding that is not UTF-8', () => '%ff%fe'],
    ['10,000 characters', () => 'a'.repeat(10_000)],
    ['an empty value', () => ''],
  ])('holding %s is refused', async (_, token) => {
    await expectRefused(token());
  });

  it(`holding anything at all is refused (fast-check, seed ${SEED})`, async () => {
    const anyText = fc.oneof(
      fc.uuid(),
      fc.string({ unit: 'binary-ascii', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
    );
    await fc.assert(
      fc.asyncProperty(anyText.map(encodeURIComponent), async (token) => {
        await expectRefused(token);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
