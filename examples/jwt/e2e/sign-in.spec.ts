// A reader's way through the example in a real browser: denied while signed
// out, let in everywhere after signing in on the app's sign-in page, and
// denied again after signing out.
import { expect, test, type Page } from '@playwright/test';
import {
  expectHeading,
  fillSignInForm,
  SIGN_IN_PAGE,
  watchForErrors,
} from '../../../test/support/reader';

async function expectDenied(page: Page) {
  await page.goto('/client-side-example');
  await expectHeading(page, 'Access Denied');

  await page.goto('/server-side-example');
  await expectHeading(page, 'Access Denied');

  await page.goto('/middleware-example');
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(
    '/middleware-example',
  );
}

test('anonymous reader is denied the protected pages', async ({ page }) => {
  const errors = watchForErrors(page);

  await expectDenied(page);

  expect(errors).toEqual([]);
});

test('reader signs in with the demo account, sees every protected page, then signs out', async ({
  page,
}) => {
  const errors = watchForErrors(page);

  // The Access Denied link leads to the sign-in form and back again.
  await page.goto('/client-side-example');
  await page
    .getByRole('link', { name: 'You must be signed in to view this page' })
    .click();
  await expect(page).toHaveURL(SIGN_IN_PAGE);
  await fillSignInForm(page, 'demo', 'demo');
  await expect(page).toHaveURL('/client-side-example');
  await expectHeading(page, 'Protected Page');
  await expect(page.getByText('Demo User')).toBeVisible();

  await page.goto('/server-side-example');
  await expectHeading(page, 'Protected Page');

  await page.goto('/middleware-example');
  await expect(page).toHaveURL('/middleware-example');
  await expectHeading(page, 'Protected Page');
  await expect(page.getByText('You are Demo User.')).toBeVisible();

  await page.goto('/');
  await expect(
    page.getByText('Signed in as Demo User (role: member).'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await expectDenied(page);
  expect(errors).toEqual([]);
});

test('wrong password is said in words on the sign-in page', async ({
  page,
}) => {
  await page.goto('/middleware-example');
  await expect(page).toHaveURL(SIGN_IN_PAGE);

  await fillSignInForm(page, 'demo', 'not-the-password');

  await expect(page).toHaveURL(/error=CredentialsSignin/);
  // An alert, so a screen reader says it too.
  await expect(
    page.getByText('Wrong username or password. Try again.'),
  ).toHaveAttribute('role', 'alert');
  await page.goto('/client-side-example');
  await expectHeading(page, 'Access Denied');
});
