// The Server Actions with the proxy out of the way (see global-setup.ts).
// The proxy never guarded their page, but an action is a POST anyone can
// send: each must refuse on its own. What happened is read back from the
// server (each owner's /app-router/api/my-notes), not from the answer.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { EXAMPLE_ACTIONS, type ExampleAction } from '../../lib/routes';
import { actionRedirect, callAction, notesOf } from '../actions';
import { Browser, demoUser } from '../helpers';
import type { Note } from '../../lib/notes';

const baseUrl = inject('withoutProxyBaseUrl');
const distDir = inject('withoutProxyDistDir');

let demo: Browser;
let sam: Browser;
let demoNote: Note;
let samNote: Note;

/** The copy's action ids, not the app's: each build gives its own. */
const call = (
  browser: Browser,
  name: ExampleAction['name'],
  fields: Record<string, string> = {},
) => callAction(browser, name, fields, { distDir });

async function addOwnNote(browser: Browser, text: string): Promise<Note> {
  const response = await call(browser, 'addNote', { text });
  expect(response.status).toBe(200);
  const note = (await notesOf(browser)).find((n) => n.text === text);
  if (!note) throw new Error(`addNote saved no note "${text}"`);
  return note;
}

/** Both members' notes, as each reads them back. */
const everything = async () => ({
  demo: await notesOf(demo),
  sam: await notesOf(sam),
});

beforeAll(async () => {
  demo = await demoUser(baseUrl, 'demo');
  sam = await demoUser(baseUrl, 'sam');
  demoNote = await addOwnNote(demo, "demo's note");
  samNote = await addOwnNote(sam, "sam's note");
});

// Aimed at real notes, so that an action that ran would change something.
const fieldsFor = (name: ExampleAction['name']): Record<string, string> =>
  ({
    addNote: { text: 'from nobody' },
    deleteNote: { id: demoNote.id },
    deleteAllNotes: {},
  })[name];

describe.each(EXAMPLE_ACTIONS)('$name', ({ name, page }) => {
  it('sends a signed-out caller to sign in, and changes nothing', async () => {
    const before = await everything();
    const response = await call(new Browser(baseUrl), name, fieldsFor(name));
    expect(response.status).toBeLessThan(500);
    expect(actionRedirect(response)).toBe(`/sign-in?callbackUrl=${page}`);
    expect(await everything()).toEqual(before);
  });
});

describe('a signed-in member without the right', () => {
  it('deleteAllNotes: refused, every note kept', async () => {
    const before = await everything();
    const response = await call(demo, 'deleteAllNotes');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      'Only admins may delete every note.',
    );
    expect(await everything()).toEqual(before);
    expect(before.demo).toContainEqual(demoNote);
  });

  it("deleteNote on another member's note: refused, the note kept", async () => {
    const response = await call(demo, 'deleteNote', { id: samNote.id });
    expect(await response.text()).toContain('You have no such note.');
    expect(await notesOf(sam)).toContainEqual(samNote);
  });

  it("addNote in the name of another member: the note is the caller's own", async () => {
    const text = 'meant for sam';
    await call(demo, 'addNote', { text, ownerId: samNote.ownerId });
    expect((await notesOf(sam)).map((n) => n.text)).not.toContain(text);
    expect((await notesOf(demo)).map((n) => n.text)).toContain(text);
  });
});
