// Bad credentials of every shape: no session, and the reader is sent back to
// the sign-in form with a readable message, never a 5xx or a stack trace.
import { describe, expect, inject, it } from 'vitest';
import {
  CookieJar,
  SESSION_COOKIE,
  csrfToken,
  rawRequest,
  request,
} from '../helpers';

const baseUrl = inject('exampleBaseUrl');
const CALLBACK = `${baseUrl}/api/auth/callback/credentials`;
const SIGN_IN_FAILED =
  'Sign in failed. Check the details you provided are correct.';

type Fields = Array<[string, string]>;

const HUNDRED_KB = 100 * 1024;

/** Form fields, as a browser (or a script) would post them. */
const BAD_FORMS: Array<[string, Fields]> = [
  [
    'a wrong password',
    [
      ['username', 'demo'],
      ['password', 'wrong'],
    ],
  ],
  [
    'an unknown user',
    [
      ['username', 'nobody'],
      ['password', 'demo'],
    ],
  ],
  [
    'the username in another case',
    [
      ['username', 'DEMO'],
      ['password', 'demo'],
    ],
  ],
  [
    'a username with a space',
    [
      ['username', ' demo'],
      ['password', 'demo'],
    ],
  ],
  [
    'empty fields',
    [
      ['username', ''],
      ['password', ''],
    ],
  ],
  [
    'an empty password',
    [
      ['username', 'demo'],
      ['password', ''],
    ],
  ],
  [
    '100 KB fields',
    [
      ['username', 'd'.repeat(HUNDRED_KB)],
      ['password', 'p'.repeat(HUNDRED_KB)],
    ],
  ],
  [
    'non-ASCII and NUL',
    [
      ['username', 'démo\u0000😀'],
      ['password', 'demo\u202e'],
    ],
  ],
  ['no username or password field', []],
  ['no password field', [['username', 'demo']]],
  [
    'the username field twice',
    [
      ['username', 'demo'],
      ['username', 'demo'],
      ['password', 'demo'],
    ],
  ],
];

async function postForm(fields: Fields, init: RequestInit = {}) {
  const jar = new CookieJar();
  const body = new URLSearchParams([
    ['csrfToken', await csrfToken(baseUrl, jar)],
    ...fields,
  ]);
  const response = await request(CALLBACK, jar, {
    method: 'POST',
    body,
    ...init,
  });
  return { jar, response };
}

/** The failed sign-in, followed as a browser would follow it. */
async function expectReadableFailure(jar: CookieJar, response: Response) {
  expect(jar.get(SESSION_COOKIE)).toBeUndefined();
  expect(response.status).toBe(302);
  const errorUrl = new URL(response.headers.get('location') ?? '', baseUrl);
  expect(errorUrl.pathname).toBe('/api/auth/error');
  expect(errorUrl.searchParams.get('error')).toBe('CredentialsSignin');

  const errorPage = await request(errorUrl.href, jar);
  expect(errorPage.status).toBe(302);
  const signInUrl = new URL(errorPage.headers.get('location') ?? '', baseUrl);
  expect(signInUrl.pathname).toBe('/api/auth/signin');
  expect(signInUrl.searchParams.get('error')).toBe('CredentialsSignin');

  const form = await request(signInUrl.href, jar);
  expect(form.status).toBe(200);
  expect(await form.text()).toContain(SIGN_IN_FAILED);
  expect(jar.get(SESSION_COOKIE)).toBeUndefined();
}

describe('a sign-in with bad credentials', () => {
  it.each(BAD_FORMS)(
    '%s: no session, CredentialsSignin, and the form says "Sign in failed"',
    async (_, fields) => {
      const { jar, response } = await postForm(fields);
      await expectReadableFailure(jar, response);
    },
  );

  it.each([
    ['objects', { username: { $ne: '' }, password: { $ne: '' } }],
    ['numbers', { username: 1, password: 2 }],
    ['arrays', { username: ['demo'], password: ['demo'] }],
    ['null', { username: null, password: null }],
  ])(
    'a JSON body with %s for fields: no session, CredentialsSignin',
    async (_, fields) => {
      const jar = new CookieJar();
      const token = await csrfToken(baseUrl, jar);
      const response = await request(CALLBACK, jar, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ csrfToken: token, ...fields }),
      });
      await expectReadableFailure(jar, response);
    },
  );

  it('a body over the 1 MB limit of Next.js API routes gets 413, not a 5xx', async () => {
    const jar = new CookieJar();
    const token = await csrfToken(baseUrl, jar);
    const body = new URLSearchParams({
      csrfToken: token,
      username: 'demo',
      password: 'x'.repeat(1_500_000),
    }).toString();
    const response = await rawRequest(CALLBACK, {
      method: 'POST',
      headers: {
        cookie: jar.header(),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
      agent: false,
    });

    expect(response.status).toBe(413);
    expect(response.body).toBe('Body exceeded 1mb limit');
    expect(response.headers['set-cookie'] ?? []).not.toContainEqual(
      expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=`)),
    );
  });

  it('a GET of the callback (credentials only work with POST) gets no session', async () => {
    const jar = new CookieJar();
    const response = await request(
      `${CALLBACK}?username=demo&password=demo`,
      jar,
    );

    // next-auth 4.24.15 answers this deliberately with a 500 and a short text.
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(
      'Error: Callback for provider type credentials not supported',
    );
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
  });
});
