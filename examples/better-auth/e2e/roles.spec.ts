// A reader's way through the Better Auth app in a real browser: sent to the
// app's sign-in page, signed in as a member, refused the admin page (403, and
// the Forbidden page drawn by its script), signed in as an admin and let in,
// then signed out and sent to sign in again.
import type { Page } from '@playwright/test';
import {
  PHONE,
  expectNavigationFitsPhone,
} from '../../../test/support/phone-navigation';
import * as reader from '../../../test/support/reader';
import { expect, test } from './fixtures';

async function signOut(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(
    page.getByRole('button', { name: 'Sign out', exact: true }),
  ).toHaveCount(0);
}

test('a member is refused the admin page, an admin is let in, and signing out signs out', async ({
  page,
}) => {
  const errors = reader.watchForErrors(page);

  await page.goto('/admin-example');
  await expect(page).toHaveURL(reader.SIGN_IN_PAGE);
  await reader.fillSignInForm(page, 'demo', 'demo');
  await expect(page).toHaveURL(/\/admin-example$/);
  await reader.expectHeading(page, 'Forbidden');
  const refused = await page.request.get(page.url());
  expect(refused.status()).toBe(403);

  await signOut(page);
  await page.goto('/admin-example');
  await reader.fillSignInForm(page, 'admin', 'admin');
  await expect(page).toHaveURL(/\/admin-example$/);
  await reader.expectHeading(page, 'Admin Page');

  await signOut(page);
  await page.goto('/server-side-example');
  await reader.expectHeading(page, 'Access Denied');
  await page.goto('/middleware-example');
  await expect(page).toHaveURL(reader.SIGN_IN_PAGE);
  expect(errors).toEqual([]);
});

test('a wrong password is said in words on the sign-in page', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await reader.fillSignInForm(page, 'demo', 'not-the-password');
  // Announced: the form's own alert (Next.js's route announcer is another).
  await expect(
    page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }),
  ).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test("the navigation reads in the page's font and fits a 390 px phone", async ({
    page,
  }) => {
    await page.goto('/');
    await expectNavigationFitsPhone(page);
  });
});
