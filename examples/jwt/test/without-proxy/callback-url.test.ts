// What a malformed callback URL breaks in next-auth 4.24 itself, with no
// proxy to drop it first (docs/hardening.mdx). next-auth checks the
// parameter only in its own route, and the cookie in its route and in every
// getServerSession() call; getToken checks neither.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Browser, PROTECTED_ROUTES, answer, demoUser } from '../helpers';

const baseUrl = inject('withoutProxyBaseUrl');
const MALFORMED = 'foo';
let member: Browser;

beforeAll(async () => {
  member = await demoUser(baseUrl, 'demo');
});

/** What `path` answers the member, with `cookie` sent beside the session. */
async function memberAnswer(path: string, cookie?: string) {
  const session = `next-auth.session-token=${member.cookie('next-auth.session-token')}`;
  const response = await fetch(new URL(path, baseUrl), {
    redirect: 'manual',
    headers: { cookie: [session, cookie].filter(Boolean).join('; ') },
  });
  return answer(response);
}

describe('a malformed callbackUrl parameter', () => {
  it.each(PROTECTED_ROUTES.map(({ path }) => path))(
    'changes nothing at %s',
    async (path) => {
      const plain = await memberAnswer(path);
      expect(await memberAnswer(`${path}?callbackUrl=${MALFORMED}`)).toBe(
        plain,
      );
    },
  );

  it.each(['/api/auth/session', '/api/auth/csrf', '/api/auth/signin'])(
    'is a 500 at %s',
    async (path) => {
      const response = await member.request(`${path}?callbackUrl=${MALFORMED}`);
      expect(response.status).toBe(500);
    },
  );
});

describe('a malformed callback-url cookie', () => {
  const cookie = `next-auth.callback-url=${MALFORMED}`;

  it.each([
    '/api/get-session-example',
    '/app-router/api/get-session-example',
    '/server-side-example',
    '/api/auth/session',
  ])(
    'is a 500 where getServerSession or the auth route reads it: %s',
    async (path) => {
      expect(await memberAnswer(path, cookie)).toMatch(/^500/);
    },
  );

  it.each(['/api/get-token-example', '/app-router/api/get-token-example'])(
    'changes nothing where getToken reads the session: %s',
    async (path) => {
      expect(await memberAnswer(path, cookie)).toBe('200 JSON data');
    },
  );
});
