// CVE-2025-29927: Next.js skipped the middleware for any request whose
// `x-middleware-subrequest` header named it, a header meant for its own
// internal subrequests, so anyone could walk past a proxy-only check. Each
// value below is one that skipped it in some version: the `_middleware`
// files of 12.1, the file's name in 12.2 to 13, the name five times over
// (the recursion limit) in 14 and 15, and the same for Next.js 16's
// proxy.ts. Whether or not this Next.js honours any of them, every route
// and every Server Action must answer a signed-out visitor exactly as it
// does without the header, and a member must still be refused the admin
// page: the checks behind the proxy hold either way.
import pMap from 'p-map';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXAMPLE_ACTIONS, type ExampleAction } from '../lib/routes';
import { actionRedirect, callAction } from './actions';
import {
  Browser,
  PROTECTED_ROUTES,
  answer,
  demoUser,
  expectedAnswers,
} from './helpers';

const baseUrl = inject('exampleBaseUrl');
const HEADER = 'x-middleware-subrequest';
const VARIANTS = [
  'middleware',
  'middleware:middleware:middleware:middleware:middleware',
  'src/middleware',
  'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  'proxy',
  'proxy:proxy:proxy:proxy:proxy',
  'src/proxy',
  'pages/_middleware',
  'pages/middleware-example/_middleware',
];

interface Note {
  id: string;
  text: string;
}

let member: Browser;
/** A note of the member's, for deleteNote and deleteAllNotes to aim at. */
let note: Note;
/** Each route's answer to a signed-out visitor without the header. */
const plainAnswers = new Map<string, string>();
/** Each action's answer to a signed-out caller without the header. */
const plainActions = new Map<string, { status: number; to: string | null }>();

async function memberNotes(): Promise<Note[]> {
  const response = await member.request('/app-router/api/my-notes');
  expect(response.status).toBe(200);
  return ((await response.json()) as { notes: Note[] }).notes;
}

const fieldsFor = (name: ExampleAction['name']): Record<string, string> =>
  ({
    addNote: { text: 'from nobody' },
    deleteNote: { id: note.id },
    deleteAllNotes: {},
  })[name];

/** An action called by a new, signed-out visitor; `headers` added. */
async function signedOutCall(name: ExampleAction['name'], headers = {}) {
  const response = await callAction(
    new Browser(baseUrl),
    name,
    fieldsFor(name),
    { headers },
  );
  return { status: response.status, to: actionRedirect(response) };
}

beforeAll(async () => {
  member = await demoUser(baseUrl, 'demo');
  const text = `proxy-bypass ${Date.now()}`;
  expect((await callAction(member, 'addNote', { text })).status).toBe(200);
  const saved = (await memberNotes()).find((n) => n.text === text);
  if (!saved) throw new Error('The member could not save a note');
  note = saved;

  const signedOut = new Browser(baseUrl);
  await pMap(
    PROTECTED_ROUTES,
    async ({ path }) =>
      plainAnswers.set(path, await answer(await signedOut.request(path))),
    { concurrency: 4 },
  );
  for (const { name } of EXAMPLE_ACTIONS) {
    plainActions.set(name, await signedOutCall(name));
  }
});

afterAll(async () => {
  if (note) await callAction(member, 'deleteNote', { id: note.id });
});

describe.each(VARIANTS)(`${HEADER}: %s`, (value) => {
  const headers = { [HEADER]: value };

  it.each(PROTECTED_ROUTES)(
    '$path answers a signed-out visitor as without it',
    async (route) => {
      const response = await new Browser(baseUrl).request(route.path, {
        headers,
      });
      expect(response.status).toBeLessThan(500);
      const said = await answer(response);
      expect(said).toBe(plainAnswers.get(route.path));
      expect(said).toBeOneOf(expectedAnswers(route, 'signedOut'));
    },
  );

  it.each(EXAMPLE_ACTIONS)(
    'the Server Action $name sends a signed-out caller to sign in, as without it, and changes nothing',
    async ({ name, page }) => {
      const before = await memberNotes();
      const called = await signedOutCall(name, headers);
      expect(called.status).toBeLessThan(500);
      expect(called).toEqual(plainActions.get(name));
      expect(called.to).toBe(`/sign-in?callbackUrl=${page}`);
      expect(await memberNotes()).toEqual(before);
      expect(before).toContainEqual(note);
    },
  );

  it('/middleware-example/admin still refuses a member: 403 Forbidden', async () => {
    const response = await member.request('/middleware-example/admin', {
      headers,
    });
    expect(await answer(response)).toBe('403 Forbidden');
  });
});
