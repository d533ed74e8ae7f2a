// The app with its proxy out of the way (see global-setup.ts): every route
// the proxy guards, and every other protected route, must give each visitor
// exactly what it gives them with the proxy. If a page left a check to the
// proxy alone, a signed-out visitor or a member would get it here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visitorsOf } from '../../../../test/support/visitors';
import {
  Browser,
  PROTECTED_ROUTES,
  answer,
  demoUser,
  expectedAnswers,
} from '../helpers';

const baseUrl = inject('withoutProxyBaseUrl');
const distDir = inject('withoutProxyDistDir');
const visitors = visitorsOf(
  () => new Browser(baseUrl),
  (username) => demoUser(baseUrl, username),
);

// Without these, every test below could pass against an app whose proxy
// still stands guard.
describe('the copy under test has no proxy', () => {
  it('its build registers none', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(path.join(distDir, 'server', file), 'utf8'));
    // Next.js 16 lists a Node.js proxy as the function `/_middleware`.
    expect(read('functions-config-manifest.json').functions).toEqual({});
    expect(read('middleware-manifest.json').middleware).toEqual({});
  });

  it("a malformed callbackUrl reaches next-auth unfiltered: the proxy's hardening is absent", async () => {
    // With the proxy this is a 200 (open-redirect.test.ts): it drops the
    // parameter before next-auth sees it.
    const response = await visitors.signedOut.request(
      '/api/auth/session?callbackUrl=foo',
    );
    expect(response.status).toBe(500);
  });
});

describe.each(PROTECTED_ROUTES)('$path ($router router)', (route) => {
  it.each(['signedOut', 'member', 'admin'] as const)(
    '%s gets what the proxy would have given',
    async (visitor) => {
      const response = await visitors[visitor].request(route.path);
      expect(await answer(response)).toBeOneOf(expectedAnswers(route, visitor));
    },
  );
});

// Off the map (check-map.test.ts says why), but guarded all the same.
describe('/api/get-session-v3-style (pages router)', () => {
  it.each([
    ['signedOut', '401 JSON error'],
    ['member', '200 JSON data'],
  ] as const)('%s gets %s', async (visitor, expected) => {
    const response = await visitors[visitor].request(
      '/api/get-session-v3-style',
    );
    expect(await answer(response)).toBe(expected);
  });
});
