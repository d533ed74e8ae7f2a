// Every cell of the routes table (lib/routes.ts): what a signed-out and a
// signed-in visitor get from each route, on a production build.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../lib/routes';
import { EmailBrowser, newEmail } from './email-browser';

const app = inject('databaseApp');

interface Answer {
  status: number;
  /** Text the HTML must contain. */
  text?: string;
  /** What the JSON body must match. */
  json?: unknown;
  location?: string;
}

const WHY_NO_TOKEN = {
  error: 'getToken() found no JWT.',
  why: expect.stringContaining('database sessions'),
};

const CELLS: Record<string, { signedOut: Answer; signedIn: Answer }> = {
  '/': {
    signedOut: { status: 200, text: 'You are not signed in' },
    signedIn: { status: 200, text: 'Your active sessions' },
  },
  '/server-side-example': {
    signedOut: { status: 200, text: 'Access Denied' },
    signedIn: { status: 200, text: 'Protected Page' },
  },
  '/api/get-session-example': {
    signedOut: { status: 401, json: { error: expect.any(String) } },
    signedIn: {
      status: 200,
      json: {
        user: expect.objectContaining({ id: expect.any(String) }),
        expires: expect.any(String),
      },
    },
  },
  '/api/get-token-example': {
    signedOut: { status: 401, json: WHY_NO_TOKEN },
    signedIn: { status: 401, json: WHY_NO_TOKEN },
  },
  '/middleware-example': {
    signedOut: {
      status: 307,
      location: '/api/auth/signin?callbackUrl=%2Fmiddleware-example',
    },
    signedIn: { status: 200, text: 'Protected Page' },
  },
  '/api/sign-out-everywhere': {
    signedOut: { status: 401, json: { error: expect.any(String) } },
    signedIn: { status: 200, json: { revoked: 1 } },
  },
};

async function expectAnswer(response: Response, answer: Answer) {
  expect(response.status).toBe(answer.status);
  if (answer.location) {
    expect(response.headers.get('location')).toBe(answer.location);
  }
  if (answer.text) expect(await response.text()).toContain(answer.text);
  if (answer.json) expect(await response.json()).toEqual(answer.json);
}

const REQUESTS = ROUTES.map((route) => ({
  ...route,
  request: `${route.method ?? 'GET'} ${route.path}`,
}));

it('every route of the table has its expected answers here', () => {
  expect(REQUESTS.map((route) => route.path)).toEqual(Object.keys(CELLS));
});

describe.each([
  { name: 'a signed-out visitor', state: 'signedOut' },
  { name: 'a signed-in visitor', state: 'signedIn' },
] as const)('$name', ({ state }) => {
  const visitor = new EmailBrowser(app);

  beforeAll(async () => {
    if (state === 'signedIn') await visitor.signIn(newEmail('routes'));
  });

  // In the table's order: sign out everywhere, which ends the session, is last.
  it.each(REQUESTS)(
    '$request answers as the table says',
    async ({ path, method }) => {
      const response =
        method === 'POST'
          ? await visitor.post(path)
          : await visitor.request(path);
      await expectAnswer(response, CELLS[path]![state]);
    },
  );
});
