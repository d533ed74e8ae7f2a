// Roles in a real browser: a member is told "Forbidden" (and stays signed
// in), never sent back to sign in; an admin signs in on the app's own page
// and gets through, in both routers and behind the proxy.
import { expect, test, type Page } from '@playwright/test';
import {
  expectHeading,
  fillSignInForm,
  SIGN_IN_PAGE,
  watchForErrors,
} from '../../../test/support/reader';

const ADMIN_PAGES = [
  '/admin-example',
  '/app-router/admin-example',
  '/middleware-example/admin',
];

/** Signs in on /sign-in, sent there by the first admin page. */
async function signInFromAdminPage(page: Page, user: string) {
  await page.goto(ADMIN_PAGES[0]);
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  await fillSignInForm(page, user, user);
}

test('a member meets the Forbidden page on every admin page, still signed in', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await signInFromAdminPage(page, 'demo');
  // Back on the page that sent them, which now says no in words.
  await expect(page).toHaveURL(ADMIN_PAGES[0]);

  for (const path of ADMIN_PAGES) {
    const response = await page.goto(path);
    // A server component cannot set the status: the App Router page says 200.
    const status = path.startsWith('/app-router/') ? 200 : 403;
    expect(response?.status(), path).toBe(status);
    await expect(page, path).toHaveURL(path);
    await expectHeading(page, 'Forbidden');
  }
  await page.goto('/client-side-example');
  await expectHeading(page, 'Protected Page');
  expect(errors).toEqual([]);
});

test('an admin signs in on the sign-in page and sees every admin page', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await signInFromAdminPage(page, 'admin');
  await expect(page).toHaveURL(ADMIN_PAGES[0]);

  for (const path of ADMIN_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectHeading(page, 'Admin Page');
    await expect(page.getByText('Admin User')).toBeVisible();
  }
  // Signed in, the sign-in page sends them on instead of showing the form.
  await page.goto('/sign-in?callbackUrl=%2Fserver-side-example');
  await expect(page).toHaveURL('/server-side-example');
  expect(errors).toEqual([]);
});
