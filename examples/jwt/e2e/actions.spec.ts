// The Server Actions page (app/app-router/actions-example) in a real browser:
// a member saves and deletes notes of their own, with JavaScript and without;
// an admin also gets a form that deletes every member's notes; a signed-out
// visitor never sees a form; and signing out elsewhere sends the open page to
// sign in.
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  expectHeading,
  fillSignInForm,
  SIGN_IN_PAGE,
  watchForErrors,
} from '../../../test/support/reader';

const PAGE = '/app-router/actions-example';

/** Signs in as `user` (password = username), sent to sign-in by the page, and back on it. */
async function signInOnActionsPage(page: Page, user: string) {
  await page.goto(PAGE);
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(PAGE);
  await fillSignInForm(page, user, user);
  await expect(page).toHaveURL(PAGE);
  await expectHeading(page, 'Your notes');
}

/** A note's text no other test (or an earlier run) wrote. */
function newNoteText(what: string): string {
  return `${what} (${randomUUID().slice(0, 8)})`;
}

/** The list item of the note with this text. */
function noteItem(page: Page, text: string) {
  return page.getByRole('listitem').filter({ hasText: text });
}

/** What a form announced (its role=status live region). */
function announced(page: Page, message: string) {
  return page.getByRole('status').filter({ hasText: message });
}

/** The errors the forms show; the page's own, not Next.js's route announcer. */
function formErrors(page: Page) {
  return page.locator('form').getByRole('alert');
}

async function saveNote(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Note' }).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(announced(page, 'Note saved.')).toBeVisible();
  await expect(noteItem(page, text)).toBeVisible();
}

async function deleteNote(page: Page, text: string) {
  // Each button names its note, for a reader who hears only the button.
  await page
    .getByRole('button', { name: `Delete “${text}”`, exact: true })
    .click();
  await expect(announced(page, 'Note deleted.')).toBeVisible();
  await expect(noteItem(page, text)).toHaveCount(0);
}

test('a member saves a note, sees it listed, and deletes it', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await signInOnActionsPage(page, 'demo');
  await expect(page.getByText('Signed in as Demo User.')).toBeVisible();

  const text = newNoteText('Water the plants');
  await saveNote(page, text);
  // The field is emptied for the next note.
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('');

  await deleteNote(page, text);
  await expect(formErrors(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without JavaScript, the forms post and the server shows each result', async ({
  browser,
  page,
}) => {
  // The sign-in form itself needs JavaScript (signIn() posts it): sign in
  // with it, then take the session cookie to a browser without.
  await signInOnActionsPage(page, 'demo');
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(PAGE);
  await expect(plain.getByText('Signed in as Demo User.')).toBeVisible();

  const text = newNoteText('Post the letter');
  await saveNote(plain, text);
  await deleteNote(plain, text);

  // A blank note passes the browser's `required` check; the action says no,
  // and the page the server sends back says why, as an alert.
  await plain.getByRole('textbox', { name: 'Note' }).fill('   ');
  await plain.getByRole('button', { name: 'Save note' }).click();
  await expect(formErrors(plain)).toHaveText('Write something first.');
  await expect(plain.getByRole('listitem')).toHaveCount(0);
  await noScript.close();
});

test('a signed-out visitor is sent to sign in and is shown no form', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await page.goto(PAGE);

  await expect(page).toHaveURL(SIGN_IN_PAGE);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(PAGE);
  await expectHeading(page, 'Sign in');
  await expect(page.getByRole('button', { name: 'Save note' })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Delete every note' }),
  ).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a member is shown no admin form', async ({ page }) => {
  const errors = watchForErrors(page);
  await signInOnActionsPage(page, 'demo');

  await expect(page.getByRole('button', { name: 'Save note' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For admins' })).toHaveCount(
    0,
  );
  await expect(
    page.getByRole('button', { name: 'Delete every note' }),
  ).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('signing out in another tab sends the open page to sign in, and back after', async ({
  context,
  page,
}) => {
  const errors = watchForErrors(page);
  await signInOnActionsPage(page, 'demo');
  // Its scripts have run: the page listens for the session's changes.
  await page.waitForLoadState('load');

  const otherTab = await context.newPage();
  await otherTab.goto('/');
  await otherTab.getByRole('button', { name: 'Sign out' }).click();
  await expect(otherTab.getByRole('button', { name: 'Sign in' })).toBeVisible();

  // useSession({ required: true }) saw the session end: off to sign in.
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toMatch(
    new RegExp(`${PAGE}$`),
  );
  await fillSignInForm(page, 'demo', 'demo');
  await expect(page).toHaveURL(PAGE);
  await expect(page.getByText('Signed in as Demo User.')).toBeVisible();
  expect(errors).toEqual([]);
});

/** A member signed in in a browser of their own, on the actions page. */
async function memberOnActionsPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInOnActionsPage(page, 'demo');
  return { context, page };
}

test("an admin sees every member's notes counted and deletes them all", async ({
  browser,
  page,
}) => {
  const errors = watchForErrors(page);
  await signInOnActionsPage(page, 'admin');
  await expect(page.getByText('Signed in as Admin User.')).toBeVisible();
  await expectHeading(page, 'For admins');
  const count = page.getByText(/^Every member's notes together: \d+\.$/);
  const before = Number((await count.textContent())?.match(/\d+/)?.[0]);

  // A member saves two notes in their own browser.
  const member = await memberOnActionsPage(browser);
  const texts = [newNoteText('Book the dentist'), newNoteText('Pay rent')];
  for (const text of texts) await saveNote(member.page, text);

  // The admin's count has them; their own list does not.
  await page.reload();
  await expect(count).toHaveText(
    `Every member's notes together: ${before + 2}.`,
  );
  for (const text of texts) await expect(noteItem(page, text)).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete every note' }).click();
  await expect(announced(page, `Deleted ${before + 2} notes.`)).toBeVisible();
  await expect(count).toHaveText("Every member's notes together: 0.");
  await expect(formErrors(page)).toHaveCount(0);

  // The member's notes are gone when they look again.
  await member.page.reload();
  await expect(
    member.page.getByRole('heading', { name: 'Your notes' }),
  ).toBeVisible();
  await expect(member.page.getByRole('listitem')).toHaveCount(0);
  await member.context.close();
  expect(errors).toEqual([]);
});
