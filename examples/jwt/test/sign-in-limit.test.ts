// The limit on guessing passwords (lib/sign-in-limit.ts, in front of the
// auth route): failed sign-ins counted per username and per client address,
// for both shapes of request that reach the credentials callback, and what
// a visitor past the limit is told. Each server here is the production build
// with small limits of its own; none of these answers may be a 5xx.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeWithin } from '../../../test/support/app-server';
import {
  Browser,
  SESSION_COOKIE,
  TEST_SECRET,
  answer,
  launchApp,
  startApp,
} from './helpers';

const BASE_PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101);
const CALLBACK = '/api/auth/callback/credentials';
const WRONG_PASSWORD =
  '302 to /api/auth/error?error=CredentialsSignin&provider=credentials';

/** Each server's settings; the rest is the app's defaults. */
const SERVERS = {
  // Behind a reverse proxy on this machine: each test speaks from its own
  // X-Forwarded-For address, so tests do not share an address's count.
  behindProxy: {
    port: BASE_PORT + 5,
    env: {
      TRUST_PROXY: 'loopback',
      SIGN_IN_LIMIT_PER_USERNAME: '3',
      SIGN_IN_LIMIT_PER_ADDRESS: '6',
    },
  },
  // No reverse proxy: the socket's address is the client's.
  direct: {
    port: BASE_PORT + 6,
    env: {
      TRUST_PROXY: '',
      SIGN_IN_LIMIT_PER_USERNAME: '100',
      SIGN_IN_LIMIT_PER_ADDRESS: '4',
    },
  },
  // A window of a few seconds, to see the limit lift.
  shortWindow: {
    port: BASE_PORT + 7,
    env: {
      TRUST_PROXY: '',
      SIGN_IN_LIMIT_PER_USERNAME: '2',
      SIGN_IN_LIMIT_WINDOW_SECONDS: '3',
    },
  },
};
const urlOf = (port: number) => `http://localhost:${port}`;

const stops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  for (const { port, env } of Object.values(SERVERS)) {
    stops.push(
      (
        await startApp(port, {
          NEXTAUTH_SECRET: TEST_SECRET,
          NEXTAUTH_URL: urlOf(port),
          SIGN_IN_LIMIT_WINDOW_SECONDS: '600',
          ...env,
        })
      ).stop,
    );
  }
});
afterAll(() => Promise.all(stops.map((stop) => stop())));

type Shape = 'form' | 'json';
interface Try {
  username: string;
  password?: string;
  /** The form post (no script), or what signIn() of next-auth/react posts. */
  shape?: Shape;
  /** An X-Forwarded-For header, as a reverse proxy (or a forger) sets it. */
  from?: string;
}

/** A visitor who signs in with the credentials provider, as the app's pages do. */
class Visitor extends Browser {
  private token?: string;

  async try({ username, password = 'wrong', shape = 'form', from }: Try) {
    this.token ??= await this.csrfToken();
    const body = new URLSearchParams({
      username,
      password,
      csrfToken: this.token,
      callbackUrl: `${this.baseUrl}/`,
      ...(shape === 'json' && { json: 'true' }),
    });
    const headers: HeadersInit = from ? { 'x-forwarded-for': from } : {};
    const response = await this.request(CALLBACK, {
      method: 'POST',
      body,
      headers,
    });
    expect(response.status).toBeLessThan(500);
    return response;
  }

  /** Wrong passwords, one after the other. */
  async fail(times: number, attempt: Try) {
    for (let i = 0; i < times; i++) {
      expect(await this.summary(await this.try(attempt))).toBe(
        attempt.shape === 'json' ? '401 to the error page' : WRONG_PASSWORD,
      );
    }
  }

  /** answer(), and for signIn()'s JSON where its `url` leads. */
  async summary(response: Response): Promise<string> {
    if (!response.headers.get('content-type')?.includes('json')) {
      return answer(response);
    }
    const { url } = (await response.json()) as { url: string };
    if (/\/api\/auth\/error\?error=CredentialsSignin/.test(url)) {
      return `${response.status} to the error page`;
    }
    return `${response.status} to ${url.replace(this.baseUrl, '')}`;
  }
}

const TOO_MANY = /^302 to \/sign-in\?error=TooManyAttempts&retryAfter=\d+(&|$)/;

describe('per username', () => {
  const baseUrl = urlOf(SERVERS.behindProxy.port);

  it('after 3 wrong passwords, the right one is refused too, and no session cookie is set', async () => {
    const visitor = new Visitor(baseUrl);
    await visitor.fail(3, { username: 'demo', from: '198.51.100.1' });

    const refused = await visitor.try({
      username: 'demo',
      password: 'demo',
      from: '198.51.100.1',
    });
    expect(await visitor.summary(refused)).toMatch(TOO_MANY);
    expect(visitor.cookie(SESSION_COOKIE)).toBeUndefined();

    // From another address and another browser: it is the account that is limited.
    const elsewhere = new Visitor(baseUrl);
    const alsoRefused = await elsewhere.try({
      username: 'demo',
      password: 'demo',
      from: '198.51.100.2',
    });
    expect(await elsewhere.summary(alsoRefused)).toMatch(TOO_MANY);
    expect(elsewhere.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("leaves another user alone, and that user's sign-in does not lift the limit", async () => {
    const guesser = new Visitor(baseUrl);
    await guesser.fail(3, { username: 'guessed', from: '198.51.100.3' });

    const sam = new Visitor(baseUrl);
    const signedIn = await sam.try({
      username: 'sam',
      password: 'sam',
      from: '198.51.100.3',
    });
    expect(await answer(signedIn)).toBe('302 to /');
    expect(sam.cookie(SESSION_COOKIE)).toBeTruthy();

    const stillRefused = await guesser.try({
      username: 'guessed',
      from: '198.51.100.3',
    });
    expect(await guesser.summary(stillRefused)).toMatch(TOO_MANY);
  });

  it('does not count right passwords, and a right one does not wipe earlier failures', async () => {
    const sam = { username: 'sam', from: '198.51.100.4' };
    const visitor = new Visitor(baseUrl);
    const signIn = async () =>
      answer(await visitor.try({ ...sam, password: 'sam' }));
    // More sign-ins than the limit of 3, all let in.
    for (let i = 0; i < 4; i++) expect(await signIn()).toBe('302 to /');

    await visitor.fail(2, sam);
    expect(await signIn()).toBe('302 to /');
    await visitor.fail(1, sam);
    // Three failures in the window, with a sign-in between them: refused.
    expect(await signIn()).toMatch(TOO_MANY);
  });
});

describe('per client address', () => {
  it('refuses an address that has tried too many usernames', async () => {
    const visitor = new Visitor(urlOf(SERVERS.behindProxy.port));
    for (let i = 1; i <= 6; i++) {
      await visitor.fail(1, { username: `user-${i}`, from: '203.0.113.7' });
    }
    const refused = await visitor.try({
      username: 'user-7',
      from: '203.0.113.7',
    });
    expect(await visitor.summary(refused)).toMatch(TOO_MANY);

    // Behind a trusted reverse proxy, another address is counted apart.
    const other = await visitor.try({
      username: 'user-7',
      from: '203.0.113.8',
    });
    expect(await visitor.summary(other)).toBe(WRONG_PASSWORD);
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For: a forged one gets around nothing', async () => {
    const visitor = new Visitor(urlOf(SERVERS.direct.port));
    for (let i = 1; i <= 4; i++) {
      await visitor.fail(1, { username: `user-${i}`, from: `192.0.2.${i}` });
    }
    const refused = await visitor.try({
      username: 'user-5',
      from: '192.0.2.5',
    });
    expect(await visitor.summary(refused)).toMatch(TOO_MANY);
  });

  it('behind the reverse proxy, values that are no address share one count, and none is a 5xx', async () => {
    const visitor = new Visitor(urlOf(SERVERS.behindProxy.port));
    const odd = [
      'not-an-ip',
      '999.1.1.1',
      '::g',
      '1.2.3.4, x',
      '-',
      'x'.repeat(4000),
    ];
    for (const [i, from] of odd.entries()) {
      await visitor.fail(1, { username: `odd-${i}`, from });
    }
    const refused = await visitor.try({
      username: 'odd-6',
      from: 'yet-another',
    });
    expect(await visitor.summary(refused)).toMatch(TOO_MANY);
  });
});

describe('what a visitor past the limit is told', () => {
  const baseUrl = urlOf(SERVERS.behindProxy.port);

  /** The sign-in page's words at `location`, as the visitor's browser gets it. */
  async function pageSays(visitor: Visitor, location: string) {
    const page = await visitor.request(location);
    expect(page.status).toBe(200);
    return /<p role="alert">([^<]*)<\/p>/.exec(await page.text())?.[1];
  }

  it('the form post (no script): a redirect to the sign-in page, which says so in words', async () => {
    const visitor = new Visitor(baseUrl);
    await visitor.fail(3, { username: 'form-user', from: '198.51.100.20' });
    const refused = await visitor.try({
      username: 'form-user',
      from: '198.51.100.20',
    });

    expect(await answer(refused)).toMatch(TOO_MANY);
    // A redirect cannot be a 429, and Retry-After would delay following it.
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(await pageSays(visitor, refused.headers.get('location')!)).toBe(
      'Too many failed sign-ins. Try again in 10 minutes.',
    );
    expect(visitor.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("signIn()'s JSON post: 429 with Retry-After, and a url to the sign-in page that says so", async () => {
    const visitor = new Visitor(baseUrl);
    const admin = {
      username: 'admin',
      shape: 'json',
      from: '198.51.100.21',
    } as const;
    // Below the limit, a wrong password's answer is NextAuth.js's own.
    await visitor.fail(3, admin);
    const refused = await visitor.try({ ...admin, password: 'admin' });

    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const { url } = (await refused.json()) as { url: string };
    expect(url).toBe(
      `${baseUrl}/sign-in?error=TooManyAttempts&retryAfter=${retryAfter}` +
        `&callbackUrl=${encodeURIComponent(`${baseUrl}/`)}`,
    );
    expect(await pageSays(visitor, url)).toBe(
      'Too many failed sign-ins. Try again in 10 minutes.',
    );
    expect(visitor.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it('a JSON body, as a script may post it, is counted the same', async () => {
    const visitor = new Visitor(baseUrl);
    const csrfToken = await visitor.csrfToken();
    const post = () =>
      visitor.request(CALLBACK, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': '198.51.100.22',
        },
        body: JSON.stringify({
          csrfToken,
          username: 'json-body',
          password: 'x',
        }),
      });
    for (let i = 0; i < 3; i++) {
      expect(await answer(await post())).toBe(WRONG_PASSWORD);
    }
    expect(await answer(await post())).toMatch(TOO_MANY);
  });
});

describe('the window', () => {
  it('passes, and the right password then signs in', async () => {
    const visitor = new Visitor(urlOf(SERVERS.shortWindow.port));
    await visitor.fail(2, { username: 'demo', shape: 'json' });
    const refused = await visitor.try({
      username: 'demo',
      password: 'demo',
      shape: 'json',
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);

    // Retry-After is rounded up: after it, the window has passed.
    await sleep(retryAfter * 1000 + 200);
    const signedIn = await visitor.try({ username: 'demo', password: 'demo' });
    expect(await answer(signedIn)).toBe('302 to /');
    expect(visitor.cookie(SESSION_COOKIE)).toBeTruthy();
  });
});

describe('next start with a limit setting it cannot use', () => {
  it.each([
    [
      'TRUST_PROXY',
      'nonsense',
      'TRUST_PROXY="nonsense": invalid IP address: nonsense',
    ],
    [
      'SIGN_IN_LIMIT_PER_USERNAME',
      '0',
      'SIGN_IN_LIMIT_PER_USERNAME="0": expected a whole number above 0.',
    ],
    [
      'SIGN_IN_LIMIT_WINDOW_SECONDS',
      '15m',
      'SIGN_IN_LIMIT_WINDOW_SECONDS="15m": expected a whole number above 0.',
    ],
  ])(
    'exits with code 1 and says what is wrong with %s',
    async (name, value, message) => {
      const server = launchApp(BASE_PORT + 8, {
        NEXTAUTH_SECRET: TEST_SECRET,
        [name]: value,
      });

      // A server that starts anyway never exits by itself.
      expect(await exitCodeWithin(server)).toBe(1);
      expect(server.output()).toContain(message);
    },
  );
});
