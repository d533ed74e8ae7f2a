// Signing in with the Credentials provider and out again: the right password
// gets a session with the user's role, bad credentials of any shape get a
// readable "Sign in failed", never a session or a 5xx.
import { describe, expect, inject, it } from 'vitest';
import {
  Browser,
  SESSION_COOKIE,
  answer,
  expectOnEveryProtectedRoute,
  demoUser,
} from './helpers';

const baseUrl = inject('exampleBaseUrl');
const CALLBACK = '/api/auth/callback/credentials';
const HUNDRED_KB = 'x'.repeat(100 * 1024);

describe('the demo account, with the right password', () => {
  it('gets a session cookie and is sent back to where it started', async () => {
    const browser = new Browser(baseUrl);
    const response = await browser.signIn();

    expect(await answer(response)).toBe('302 to /');
    expect(browser.cookie(SESSION_COOKIE)).toBeTruthy();
  });

  it("carries the user's role in the session and in the token", async () => {
    const browser = await demoUser(baseUrl);
    const session = await browser.request('/api/get-session-example');
    const token = await browser.request('/api/get-token-example');

    expect(await session.json()).toMatchObject({
      user: { name: 'Demo User', email: 'demo@example.com', role: 'member' },
    });
    expect(await token.json()).toMatchObject({ sub: 'demo', role: 'member' });
  });
});

describe('signing out', () => {
  it('deletes the session cookie, and every protected route answers signed out again', async () => {
    const browser = await demoUser(baseUrl);
    const copy = browser.cookie(SESSION_COOKIE) ?? '';

    const response = await browser.post('/api/auth/signout', {
      csrfToken: await browser.csrfToken(),
    });

    expect(await answer(response)).toBe('302 to /');
    expect(response.headers.getSetCookie()).toContainEqual(
      expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i')),
    );
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
    await expectOnEveryProtectedRoute('signedOut', (path) =>
      browser.request(path),
    );

    // JWT sessions are stateless: signing out deletes the browser's cookie,
    // but a copy of it stays valid until it expires (30 days by default).
    const thief = new Browser(baseUrl);
    thief.setCookie(SESSION_COOKIE, copy);
    await expectOnEveryProtectedRoute('member', (path) => thief.request(path));
  });
});

/** Checks a redirect's answer, then follows it as a browser would. */
async function follow(browser: Browser, response: Response, to: RegExp) {
  const location = response.headers.get('location') ?? '';
  expect(await answer(response)).toMatch(to);
  return browser.request(location);
}

/** The failed sign-in, followed to the form that says so. */
async function expectReadableFailure(browser: Browser, response: Response) {
  expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
  const errorPage = await follow(
    browser,
    response,
    /^302 to \/api\/auth\/error\?error=CredentialsSignin\b/,
  );
  const signIn = await follow(
    browser,
    errorPage,
    /^302 to \/api\/auth\/signin\?error=CredentialsSignin\b/,
  );
  // NextAuth.js hands the error to the app's own page, which says it in words.
  const form = await follow(
    browser,
    signIn,
    /^302 to \/sign-in\?callbackUrl=.*&error=CredentialsSignin$/,
  );
  expect(form.status).toBe(200);
  expect(await form.text()).toContain(
    '<p role="alert">Wrong username or password. Try again.</p>',
  );
  expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
}

describe('a sign-in with bad credentials gets no session and the sign-in page says why', () => {
  const form = (fields: Record<string, string>) =>
    new URLSearchParams(fields).toString();
  // Form bodies (after the csrf token), or JSON bodies as a script may post.
  it.each<[string, string | object]>([
    ['a wrong password', 'username=demo&password=wrong'],
    ['an unknown user', 'username=nobody&password=demo'],
    ['the username in another case', 'username=DEMO&password=demo'],
    ['a username with a space', 'username=+demo&password=demo'],
    ['empty fields', 'username=&password='],
    ['an empty password', 'username=demo&password='],
    ['100 KB fields', `username=${HUNDRED_KB}&password=${HUNDRED_KB}`],
    [
      'non-ASCII and NUL',
      form({ username: 'démo\u0000😀', password: 'demo\u202e' }),
    ],
    ['no username or password field', ''],
    ['no password field', 'username=demo'],
    ['the username field twice', 'username=demo&username=demo&password=demo'],
    [
      'JSON with objects for fields',
      { username: { $ne: '' }, password: { $ne: '' } },
    ],
    ['JSON with numbers for fields', { username: 1, password: 2 }],
    ['JSON with arrays for fields', { username: ['demo'], password: ['demo'] }],
    ['JSON with null for fields', { username: null, password: null }],
  ])('%s', async (_, fields) => {
    const browser = new Browser(baseUrl);
    const csrfToken = await browser.csrfToken();
    const response = await (typeof fields === 'string'
      ? browser.post(CALLBACK, `${form({ csrfToken })}&${fields}`)
      : browser.request(CALLBACK, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ csrfToken, ...fields }),
        }));
    await expectReadableFailure(browser, response);
  });
});

describe('a sign-in the API route cannot take', () => {
  it('a body over the 1 MB limit of Next.js API routes gets 413, not a 5xx', async () => {
    const browser = new Browser(baseUrl);
    const response = await browser.post(CALLBACK, {
      csrfToken: await browser.csrfToken(),
      username: 'demo',
      password: 'x'.repeat(1_500_000),
    });

    expect(response.status).toBe(413);
    expect(await response.text()).toBe('Body exceeded 1mb limit');
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it('a GET of the callback (credentials only work with POST) gets no session', async () => {
    const browser = new Browser(baseUrl);
    const response = await browser.request(
      `${CALLBACK}?username=demo&password=demo`,
    );

    // next-auth 4.24.15 answers this deliberately with a 500 and a short text.
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      'Error: Callback for provider type credentials not supported',
    );
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
  });
});
