// The Better Auth app's production server as it starts: what it refuses to
// start without, the demo accounts it turns off, and Better Auth's own limit
// on password guessing, which is on unless turned off. Each server here is
// the production build on a port of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeWithin } from '../../../test/support/app-server';
import { requestWithCookie } from '../../../test/support/browser';
import { launchApp, startApp } from './app-server';
import { BetterAuthBrowser, SESSION_COOKIE } from './helpers';

const PORT = Number(process.env.BETTER_AUTH_TEST_PORT ?? 3301) + 1;
const dir = await mkdtemp(path.join(os.tmpdir(), 'better-auth-startup-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a production server stops at once and says what to set', () => {
  it.each([
    [
      'without BETTER_AUTH_SECRET',
      { BETTER_AUTH_SECRET: undefined },
      'BETTER_AUTH_SECRET is not set. Generate one with: openssl rand -base64 32',
    ],
    [
      'with a BETTER_AUTH_RATE_LIMIT it cannot read',
      { BETTER_AUTH_RATE_LIMIT: 'sometimes' },
      'BETTER_AUTH_RATE_LIMIT="sometimes": expected on or off (or unset).',
    ],
  ])('%s', async (_, env, message) => {
    const server = launchApp({ port: PORT, env });
    // A server that starts anyway never exits by itself.
    expect(await exitCodeWithin(server)).toBe(1);
    expect(server.output()).toContain(message);
    // Better Auth's own check would have thrown from a promise: a stack trace.
    expect(server.output()).not.toContain('BetterAuthError');
  });
});

/** Signs in as `username`; its session cookie, or undefined. */
async function signIn(baseUrl: string, username: string, password: string) {
  const browser = new BetterAuthBrowser(baseUrl);
  await browser.signIn(username, password);
  return browser.sessionToken();
}

describe('the demo accounts under `next start`', () => {
  it('an account whose password the environment no longer gives is off, and its sessions end', async () => {
    const env = { PGLITE_DATA_DIR: path.join(dir, 'accounts') };
    const before = await startApp({ port: PORT, env });
    const cookie = await signIn(before.baseUrl, 'demo', 'demo');
    expect(cookie).toBeDefined();
    await before.stop();

    const after = await startApp({
      port: PORT,
      env: { ...env, DEMO_PASSWORD: undefined, ADMIN_PASSWORD: 'its-own' },
    });
    try {
      expect(after.output()).toContain(
        'Demo accounts off: DEMO_PASSWORD is not set',
      );
      expect(await signIn(after.baseUrl, 'demo', 'demo')).toBeUndefined();
      expect(await signIn(after.baseUrl, 'admin', 'admin')).toBeUndefined();
      expect(await signIn(after.baseUrl, 'admin', 'its-own')).toBeDefined();
      const replayed = await requestWithCookie(
        after.baseUrl,
        '/api/get-session-example',
        { name: SESSION_COOKIE, value: cookie! },
      );
      expect(replayed.status).toBe(401);
    } finally {
      await after.stop();
    }
  });
});

describe("Better Auth's limit on sign-ins, on by default under `next start`", () => {
  const wrongPassword = (
    baseUrl: string,
    headers: Record<string, string> = {},
  ) =>
    fetch(new URL('/api/auth/sign-in/username', baseUrl), {
      method: 'POST',
      headers: {
        origin: baseUrl,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify({ username: 'demo', password: 'wrong' }),
    });

  it('refuses a fourth try within 10 s from one address, the right password too', async () => {
    const server = await startApp({ port: PORT });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await wrongPassword(server.baseUrl)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(await signIn(server.baseUrl, 'demo', 'demo')).toBeUndefined();

      // It tells clients apart by X-Forwarded-For, which Next.js fills in
      // only when the request has none: a client that reaches the server
      // directly picks its own. Hence the README's reverse proxy that sets it.
      const spoofed = await wrongPassword(server.baseUrl, {
        'x-forwarded-for': '203.0.113.7',
      });
      expect(spoofed.status).toBe(401);
    } finally {
      await server.stop();
    }
  });
});
