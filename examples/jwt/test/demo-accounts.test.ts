// The demo accounts under `next start`: on only with a password from the
// environment, since the built-in ones are public; the server says which
// are off when it starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, SESSION_COOKIE, TEST_SECRET, startApp } from './helpers';
import type { Server } from '../../../test/support/app-server';

const PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101) + 2;
const BASE_URL = `http://localhost:${PORT}`;

/** Whether that username and password sign in. */
async function signsIn(username: string, password: string) {
  const browser = new Browser(BASE_URL);
  await browser.signIn(username, password);
  return browser.cookie(SESSION_COOKIE) !== undefined;
}

describe('next start with only ADMIN_PASSWORD given', () => {
  let server: Server;

  beforeAll(async () => {
    server = await startApp(PORT, {
      NEXTAUTH_SECRET: TEST_SECRET,
      DEMO_PASSWORD: undefined,
      SECOND_PASSWORD: undefined,
      ADMIN_PASSWORD: 'a-password-of-its-own',
    });
  });

  afterAll(() => server?.stop());

  it('refuses the built-in passwords, which anyone can read in the source', async () => {
    expect(await signsIn('demo', 'demo')).toBe(false);
    expect(await signsIn('sam', 'sam')).toBe(false);
    expect(await signsIn('admin', 'admin')).toBe(false);
  });

  it('refuses an account that is off, whatever the password', async () => {
    expect(await signsIn('demo', '')).toBe(false);
  });

  it('signs in the account whose password the environment gives', async () => {
    expect(await signsIn('admin', 'a-password-of-its-own')).toBe(true);
  });

  it('says at start which accounts are off and how to turn them on', async () => {
    await server.stop();
    const all = server.output();
    expect(all).toContain(
      'Demo accounts off: DEMO_PASSWORD, SECOND_PASSWORD are not set',
    );
    expect(all).not.toContain('ADMIN_PASSWORD are not set');
  });
});
