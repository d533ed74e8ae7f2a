// Starting and stopping the app on its embedded database: sessions survive
// a restart, the schema applies again, and a misconfigured production
// server stops at once with a message instead of failing later.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SIGNED_IN, answersTo } from './answers';
import { exitCodeWithin } from '../../../test/support/app-server';
import { launchApp, startApp } from './app-server';
import { EmailBrowser, newEmail, signInLinkFor } from './email-browser';

// Its own port and folder: the shared server of the other files keeps running.
const PORT = 3203;
const dir = await mkdtemp(path.join(os.tmpdir(), 'database-sessions-startup-'));
const log = (name: string) => path.join(dir, `${name}.log`);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('keeps sessions across a restart and applies the schema again; meanwhile no second server may open its folder', async () => {
    const dataDir = path.join(dir, 'pglite');
    await cp(inject('emptyDatabaseDir'), dataDir, { recursive: true });
    const env = { PGLITE_DATA_DIR: dataDir };
    const first = await startApp({ port: PORT, logFile: log('first'), env });
    const token = await new EmailBrowser(first).signIn(newEmail('restart'));
    await first.stop();

    const second = await startApp({ port: PORT, logFile: log('second'), env });
    try {
      expect(await answersTo(second, token)).toEqual(SIGNED_IN);
      expect(await readFile(log('second'), 'utf8')).not.toContain(
        'Could not apply',
      );

      const intruder = { port: PORT + 1, logFile: log('intruder'), env };
      expect(await exitCodeWithin(launchApp(intruder))).toBe(1);
      expect(await readFile(log('intruder'), 'utf8')).toContain(
        `${dataDir} is in use by process`,
      );
    } finally {
      await second.stop();
    }
  });
});

describe('a production server', () => {
  // A database that is never reached: the server stops before it asks.
  const NOWHERE = 'postgres://nobody@127.0.0.1:9/none';

  it.each([
    [
      'without NEXTAUTH_SECRET',
      { NEXTAUTH_SECRET: undefined, DATABASE_URL: NOWHERE },
      'start.mjs',
      'NEXTAUTH_SECRET is not set. Generate one with: openssl rand -base64 32',
    ],
    [
      'without DATABASE_URL, started with `next start` alone',
      { DATABASE_URL: undefined },
      'next start',
      'DATABASE_URL is not set.',
    ],
  ] as const)(
    '%s stops at once and says what to set',
    async (_, env, command, message) => {
      const logFile = log(command.replace(' ', '-'));
      const server = launchApp({ port: PORT, logFile, env, command });
      expect(await exitCodeWithin(server)).toBe(1);
      expect(await readFile(logFile, 'utf8')).toContain(message);
    },
  );
});

describe('behind a reverse proxy that terminates TLS, with AUTH_TRUST_HOST and no NEXTAUTH_URL', () => {
  // What such a proxy adds to every request.
  const FORWARDED = {
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'public.example',
  };
  /** `name=value` of each cookie a response sets. */
  const cookiesSetBy = (response: Response) =>
    response.headers.getSetCookie().map((line) => line.split(';')[0]);

  it('the auth route writes the session cookie under the name the proxy reads', async () => {
    const dataDir = path.join(dir, 'trust-host');
    await cp(inject('emptyDatabaseDir'), dataDir, { recursive: true });
    const app = await startApp({
      port: PORT,
      logFile: log('trust-host'),
      env: {
        PGLITE_DATA_DIR: dataDir,
        NEXTAUTH_URL: undefined,
        AUTH_TRUST_HOST: 'true',
        // Next.js's own mark that the env files are loaded: keeps the app's
        // .env from setting NEXTAUTH_URL again.
        __NEXT_PROCESSED_ENV: 'true',
      },
    });
    const send = (route: string, init: RequestInit = {}) =>
      fetch(new URL(route, app.baseUrl), {
        redirect: 'manual',
        ...init,
        headers: { ...FORWARDED, ...init.headers },
      });
    try {
      const csrf = await send('/api/auth/csrf');
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const email = newEmail('trust-host');
      await send('/api/auth/signin/email', {
        method: 'POST',
        headers: { cookie: cookiesSetBy(csrf).join('; ') },
        body: new URLSearchParams({ csrfToken, email, callbackUrl: '/' }),
      });
      const link = new URL(await signInLinkFor(app, email));
      // The route took its origin from the forwarded headers...
      expect(link.origin).toBe('https://public.example');

      const callback = await send(`${link.pathname}${link.search}`);
      const session = cookiesSetBy(callback).find((cookie) =>
        cookie.includes('next-auth.session-token='),
      );
      // ...but names the cookie as the proxy expects, not `__Secure-…`.
      expect(session).toMatch(/^next-auth\.session-token=/);

      const headers = { cookie: session ?? '' };
      expect((await send('/middleware-example', { headers })).status).toBe(200);
      expect((await send('/api/get-session-example', { headers })).status).toBe(
        200,
      );
    } finally {
      await app.stop();
    }
  });
});
