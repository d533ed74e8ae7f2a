// The Server Actions of /app-router/actions-example, attacked the way anyone
// can: each POSTed straight to the server with its id, no page loaded, by a
// visitor who is signed out, holds a forged or expired cookie, lacks the
// role, aims at another member's note, or posts from another site. Every
// outcome is read back from the server (/app-router/api/my-notes as each
// owner, and the count an admin's page shows), not from what the action
// claims. Then the same requests by the right visitor, and the forms
// without JavaScript, must work.
import { load } from 'cheerio';
import { encode, type JWT } from 'next-auth/jwt';
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  inject,
  it,
} from 'vitest';
import type { ExampleAction } from '../lib/routes';
import {
  actionRedirect,
  actionResult,
  callAction,
  exampleAction,
  notesOf,
} from './actions';
import { Browser, SESSION_COOKIE, TEST_SECRET, demoUser } from './helpers';

const baseUrl = inject('exampleBaseUrl');
type ActionName = ExampleAction['name'];
const ACTIONS: ActionName[] = ['addNote', 'deleteNote', 'deleteAllNotes'];
// Every action lives on this page; a refused caller is sent to sign in and back here.
const PAGE = exampleAction('addNote').page;
const EVIL = 'https://evil.example';

let demo: Browser;
let sam: Browser;
let admin: Browser;

/** Every member's notes together, as the admin's page counts them. */
async function noteCount(): Promise<number> {
  const response = await admin.request(PAGE);
  expect(response.status).toBe(200);
  const $ = load(await response.text());
  const said = /Every member's notes together: (\d+)\./.exec(
    $('section p').text(),
  );
  if (!said) throw new Error("The admin's page shows no count of notes");
  return Number(said[1]);
}

/** What the server holds, read back by each owner and by the admin. */
async function everything() {
  return {
    demo: await notesOf(demo),
    sam: await notesOf(sam),
    count: await noteCount(),
  };
}

/** An honest call that must succeed with `message`. */
async function expectDone(
  browser: Browser,
  name: ActionName,
  fields: Record<string, string>,
  message: string,
) {
  const response = await callAction(browser, name, fields);
  expect(response.status).toBe(200);
  expect(await actionResult(response)).toEqual({ message });
}

async function deleteEveryNote() {
  const count = await noteCount();
  const said = count === 1 ? 'Deleted 1 note.' : `Deleted ${count} notes.`;
  await expectDone(admin, 'deleteAllNotes', {}, said);
}

/** One note each for demo and sam: something for an attacker to aim at. */
async function seed() {
  await expectDone(demo, 'addNote', { text: "demo's note" }, 'Note saved.');
  await expectDone(sam, 'addNote', { text: "sam's note" }, 'Note saved.');
  const before = await everything();
  expect(before).toMatchObject({ count: 2, demo: [{}], sam: [{}] });
  return before;
}

/** Refused before running: off to sign in, and back to the action's page after. */
function expectSentToSignIn(response: Response) {
  expect(response.status).toBeLessThan(500);
  const target = new URL(actionRedirect(response) ?? 'about:blank', baseUrl);
  expect(target.pathname).toBe('/sign-in');
  expect(target.searchParams.get('callbackUrl')).toBe(PAGE);
}

beforeAll(async () => {
  [demo, sam, admin] = await Promise.all([
    demoUser(baseUrl),
    demoUser(baseUrl, 'sam'),
    demoUser(baseUrl, 'admin'),
  ]);
});

// Each test starts from no notes; this also needs deleteAllNotes to work.
beforeEach(deleteEveryNote);

// recorded-responses.test.ts records demo's /app-router/api/my-notes as empty.
afterAll(async () => {
  await deleteEveryNote();
  expect(await everything()).toEqual({ demo: [], sam: [], count: 0 });
});

// A cookie claims the visitor the action would obey: the owner of the note
// for addNote and deleteNote, an admin for deleteAllNotes. Were any of them
// believed, the action would run and the readback would show it.
const CLAIMS: Record<'demo' | 'admin', JWT> = {
  demo: { name: 'Demo User', sub: 'demo', role: 'member' },
  admin: { name: 'Admin User', sub: 'admin', role: 'admin' },
};
const claimant = (name: ActionName) =>
  name === 'deleteAllNotes' ? 'admin' : 'demo';
const mint = (token: JWT, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token, secret: TEST_SECRET, ...options });

/** Replaces one character in the middle of the ciphertext (the 4th JWE part). */
function tamper(token: string): string {
  const parts = token.split('.');
  const middle = Math.floor(parts[3].length / 2);
  const other = parts[3][middle] === 'A' ? 'B' : 'A';
  parts[3] = `${parts[3].slice(0, middle)}${other}${parts[3].slice(middle + 1)}`;
  return parts.join('.');
}

function withCookie(value: string): Browser {
  const browser = new Browser(baseUrl);
  browser.setCookie(SESSION_COOKIE, value);
  return browser;
}

const CALLERS: Record<string, (name: ActionName) => Promise<Browser>> = {
  'a signed-out visitor': async () => new Browser(baseUrl),
  'a cookie encrypted with another secret': async (name) =>
    withCookie(await mint(CLAIMS[claimant(name)], { secret: 'not-this-app' })),
  'a real session cookie with one character changed': async (name) =>
    withCookie(
      tamper(
        (name === 'deleteAllNotes' ? admin : demo).cookie(SESSION_COOKIE)!,
      ),
    ),
  'a cookie that expired a minute ago': async (name) =>
    withCookie(await mint(CLAIMS[claimant(name)], { maxAge: -60 })),
};

/** The fields that would do harm: a note, demo's note's id, nothing. */
function harmfulFields(
  name: ActionName,
  before: Awaited<ReturnType<typeof seed>>,
): Record<string, string> {
  if (name === 'addNote') return { text: 'not written by demo' };
  if (name === 'deleteNote') return { id: before.demo[0].id };
  return {};
}

describe('without a valid session, each action sends the caller to sign in and changes nothing', () => {
  it.each(
    ACTIONS.flatMap((name) =>
      Object.keys(CALLERS).map((caller) => [name, caller] as const),
    ),
  )('%s from %s', async (name, caller) => {
    const before = await seed();
    const attacker = await CALLERS[caller](name);

    expectSentToSignIn(
      await callAction(attacker, name, harmfulFields(name, before)),
    );
    expect(await everything()).toEqual(before);
  });

  // Next.js runs an action posted to any page: it forwards it to the page
  // that holds it, and answers a redirect from there with a bare `{}`. So
  // only the readback can tell whether the action's own check held.
  it.each(ACTIONS)(
    '%s posted to another page of the app, signed out (the action checks, not its page)',
    async (name) => {
      const before = await seed();
      const response = await callAction(
        new Browser(baseUrl),
        name,
        harmfulFields(name, before),
        { path: '/app-router/server-side-example' },
      );

      expect(response.status).toBeLessThan(500);
      expect(await everything()).toEqual(before);
    },
  );

  // The control for the forged cookies: the same claims, minted with the
  // app's own secret and not expired, are believed. So the refusals above
  // come from the secret, the tampering and the expiry, not a bad token.
  it("cookies with the same claims, minted with the app's own secret, are let in", async () => {
    const before = await seed();
    const asDemo = withCookie(await mint(CLAIMS.demo));
    const asAdmin = withCookie(await mint(CLAIMS.admin));

    await expectDone(
      asDemo,
      'deleteNote',
      { id: before.demo[0].id },
      'Note deleted.',
    );
    expect(await notesOf(demo)).toEqual([]);
    await expectDone(asAdmin, 'deleteAllNotes', {}, 'Deleted 1 note.');
    expect(await everything()).toEqual({ demo: [], sam: [], count: 0 });
  });
});

describe('signed in, but not allowed', () => {
  it('a member calling deleteAllNotes is refused, and every note is still there', async () => {
    const before = await seed();
    const response = await callAction(demo, 'deleteAllNotes');

    expect(response.status).toBe(200);
    expect(actionRedirect(response)).toBeNull();
    expect(await actionResult(response)).toEqual({
      error: 'Only admins may delete every note.',
    });
    expect(await everything()).toEqual(before);
  });

  it("demo calling deleteNote with sam's note id is refused, and sam's note is still there", async () => {
    const before = await seed();
    const response = await callAction(demo, 'deleteNote', {
      id: before.sam[0].id,
    });

    expect(response.status).toBe(200);
    expect(await actionResult(response)).toEqual({
      error: 'You have no such note.',
    });
    expect(await everything()).toEqual(before);
  });

  it("another member's note gets the same answer as a note that does not exist", async () => {
    const before = await seed();
    const answers = [];
    for (const id of [before.sam[0].id, crypto.randomUUID()]) {
      answers.push(
        await actionResult(await callAction(demo, 'deleteNote', { id })),
      );
    }

    expect(answers).toEqual([
      { error: 'You have no such note.' },
      { error: 'You have no such note.' },
    ]);
    expect(await everything()).toEqual(before);
  });

  it('addNote with ownerId=sam in the form saves the note as demo, never as sam', async () => {
    const before = await seed();
    const text = 'demo says this is for sam';
    await expectDone(
      demo,
      'addNote',
      { text, ownerId: 'sam', owner: 'sam', userId: 'sam' },
      'Note saved.',
    );

    expect(await everything()).toEqual({
      demo: [...before.demo, { id: expect.any(String), ownerId: 'demo', text }],
      sam: before.sam,
      count: before.count + 1,
    });
  });
});

describe('from another origin, the proxy refuses with 403 before any action runs', () => {
  // The visitor is the one the action would obey, cookie and all: a
  // browser that sends cookies cross-site would still be refused.
  const rightful = (name: ActionName) =>
    name === 'deleteAllNotes' ? admin : demo;

  it.each(
    ACTIONS.flatMap((name) =>
      // An empty Origin too: Next.js would fail to parse it and answer 500.
      [EVIL, 'null', ''].map((origin) => [name, origin] as const),
    ),
  )('%s with Origin: "%s"', async (name, origin) => {
    const before = await seed();
    const response = await callAction(
      rightful(name),
      name,
      harmfulFields(name, before),
      { headers: { Origin: origin } },
    );

    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Cross-origin request refused.');
    expect(await everything()).toEqual(before);
  });
});

describe('the right visitor', () => {
  it('a member adds a note of their own', async () => {
    await expectDone(demo, 'addNote', { text: 'hello' }, 'Note saved.');
    expect(await everything()).toEqual({
      demo: [{ id: expect.any(String), ownerId: 'demo', text: 'hello' }],
      sam: [],
      count: 1,
    });
  });

  it('a member deletes their own note', async () => {
    const before = await seed();
    await expectDone(
      demo,
      'deleteNote',
      { id: before.demo[0].id },
      'Note deleted.',
    );
    expect(await everything()).toEqual({
      demo: [],
      sam: before.sam,
      count: 1,
    });
  });

  it('an admin deletes every note', async () => {
    await seed();
    await expectDone(admin, 'deleteAllNotes', {}, 'Deleted 2 notes.');
    expect(await everything()).toEqual({ demo: [], sam: [], count: 0 });
  });
});

// Without JavaScript, a form made by useActionState posts itself: its hidden
// `$ACTION_REF_n` / `$ACTION_n:…` fields name the action and its bound
// arguments, and the server runs it and answers with the page's HTML.
describe('the add-note form without JavaScript', () => {
  /** The add-note form as the server rendered it for `browser`, and its fields. */
  async function addNoteForm(browser: Browser) {
    const response = await browser.request(PAGE);
    expect(response.status).toBe(200);
    const $ = load(await response.text());
    const form = $('form').filter(
      (_, f) => $(f).find('[name=text]').length > 0,
    );
    expect(form).toHaveLength(1);
    const hidden = form
      .find('input[type=hidden]')
      .toArray()
      .map((input) => [
        $(input).attr('name') ?? '',
        $(input).attr('value') ?? '',
      ]);
    expect(hidden.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$ACTION_REF_\d+$/),
        expect.stringMatching(/^\$ACTION_\d+:0$/),
      ]),
    );
    return {
      url: new URL(form.attr('action') ?? '', response.url).href,
      method: form.attr('method') ?? 'GET',
      enctype: form.attr('enctype'),
      /** Its fields as the browser sends them, with `text` typed in. */
      body(text: string) {
        const body = new FormData();
        for (const [name, value] of hidden) body.append(name, value);
        body.append('text', text);
        return body;
      },
    };
  }

  it('is a multipart POST to the page itself', async () => {
    const form = await addNoteForm(demo);
    expect(form).toMatchObject({
      url: new URL(PAGE, baseUrl).href,
      method: 'POST',
      enctype: 'multipart/form-data',
    });
  });

  it('saves the note, and the page it answers with says "Note saved."', async () => {
    const form = await addNoteForm(demo);
    const response = await demo.request(form.url, {
      method: form.method,
      body: form.body('without JavaScript'),
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const $ = load(await response.text());
    const saved = $('form')
      .filter((_, f) => $(f).find('[name=text]').length > 0)
      .find('[role=status]');
    expect(saved.text().trim()).toBe('Note saved.');
    expect(await notesOf(demo)).toEqual([
      { id: expect.any(String), ownerId: 'demo', text: 'without JavaScript' },
    ]);
  });

  it('posted signed out, sends the visitor to sign in and saves nothing', async () => {
    const before = await seed();
    const form = await addNoteForm(demo);
    const response = await new Browser(baseUrl).request(form.url, {
      method: form.method,
      body: form.body('posted signed out'),
    });

    expect(response.status).toBe(303);
    const target = new URL(response.headers.get('location') ?? '', baseUrl);
    expect(target.pathname).toBe('/sign-in');
    expect(target.searchParams.get('callbackUrl')).toBe(PAGE);
    expect(await everything()).toEqual(before);
  });

  it("posted from another origin, with the member's cookie, gets 403 and saves nothing", async () => {
    const before = await seed();
    const form = await addNoteForm(demo);
    const response = await demo.request(form.url, {
      method: form.method,
      headers: { Origin: EVIL },
      body: form.body('posted from evil.example'),
    });

    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Cross-origin request refused.');
    expect(await everything()).toEqual(before);
  });
});
