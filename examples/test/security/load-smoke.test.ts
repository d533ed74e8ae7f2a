// A few seconds of load on getToken, signed in and signed out: not a
// benchmark (see bench/auth.mjs), only a check that under concurrency every
// answer is still the right one and nothing errors.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { measureCase } from '../../../bench/lib/auth-load.mjs';
import { signIn } from '../helpers';

const baseUrl = inject('exampleBaseUrl');
const ROUTE = '/api/get-token-example';

describe(`3 s of load on ${ROUTE}, 10 connections`, () => {
  let cookie: string;

  beforeAll(async () => {
    const { sessionCookie } = await signIn(baseUrl, 'demo', 'demo');
    if (!sessionCookie) throw new Error('The demo sign-in set no cookie');
    cookie = sessionCookie;
  });

  it.each([
    ['signed in', 200, true],
    ['signed out', 401, false],
  ])(
    '%s: every response is %i, with no errors or timeouts',
    async (name, expectedStatus, signedIn) => {
      const figures = await measureCase(
        { name, route: ROUTE, signedIn, expectedStatus },
        { baseUrl, cookie, connections: 10, durationSeconds: 3 },
      );
      console.log(
        `${ROUTE} ${name}: ${figures.requests} requests, ` +
          `${Math.round(figures.requestsPerSecond)} req/s, statuses ${JSON.stringify(figures.statuses)}`,
      );

      expect(figures.requests).toBeGreaterThan(0);
      expect(figures.errors).toBe(0);
      expect(figures.timeouts).toBe(0);
      expect(figures.unexpected).toBe(0);
      expect(figures.statuses).toEqual({
        [expectedStatus]: figures.requests,
      });
    },
  );
});
