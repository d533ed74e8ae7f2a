// The App Router pages (app/app-router/*) in a real browser: denied while
// signed out, let in after signing in through the app's sign-in page, and
// denied again after signing out.
import { expect, test, type Page } from '@playwright/test';
import {
  expectHeading,
  fillSignInForm,
  SIGN_IN_PAGE,
  watchForErrors,
} from '../../../test/support/reader';

const CLIENT_PAGE = '/app-router/client-side-example';
const SERVER_PAGE = '/app-router/server-side-example';

/** Counts the browser's requests for the session while `page` is open. */
function countSessionFetches(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/auth/session') count += 1;
  });
  return () => count;
}

/** Fills the app's sign-in form, which the page must be showing. */
async function signInWithDemoAccount(page: Page) {
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  await fillSignInForm(page, 'demo', 'demo');
}

async function expectDenied(page: Page) {
  for (const route of [CLIENT_PAGE, SERVER_PAGE]) {
    await page.goto(route);
    await expectHeading(page, 'Access Denied');
  }
}

test('anonymous reader is denied the App Router pages', async ({ page }) => {
  const errors = watchForErrors(page);

  await expectDenied(page);

  expect(errors).toEqual([]);
});

test('reader signs in on an App Router page, sees both protected pages, then signs out', async ({
  page,
}) => {
  const errors = watchForErrors(page);

  // The Access Denied link leads to the sign-in form and back again.
  await page.goto(CLIENT_PAGE);
  await page
    .getByRole('link', { name: 'You must be signed in to view this page' })
    .click();
  await signInWithDemoAccount(page);
  await expect(page).toHaveURL(CLIENT_PAGE);
  await expectHeading(page, 'Protected Page');
  await expect(page.getByText('Demo User')).toBeVisible();

  // The layout seeded SessionProvider on the server: useSession() has its
  // session on the first paint, without asking /api/auth/session.
  const sessionFetches = countSessionFetches(page);
  await page.reload();
  await expectHeading(page, 'Protected Page');
  expect(sessionFetches()).toBe(0);

  await page.goto(SERVER_PAGE);
  await expectHeading(page, 'Protected Page');
  await expect(page.getByText('Demo User')).toBeVisible();

  await page.goto('/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await expectDenied(page);
  expect(errors).toEqual([]);
});

test("the server page's Access Denied link signs in and comes back", async ({
  page,
}) => {
  const errors = watchForErrors(page);

  await page.goto(SERVER_PAGE);
  await page
    .getByRole('link', { name: 'You must be signed in to view this page' })
    .click();
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toMatch(
    new RegExp(`${SERVER_PAGE}$`),
  );
  await signInWithDemoAccount(page);

  await expect(page).toHaveURL(SERVER_PAGE);
  await expectHeading(page, 'Protected Page');
  expect(errors).toEqual([]);
});
