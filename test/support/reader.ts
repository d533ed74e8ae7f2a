// What every example app's browser tests do as a reader: watch for errors,
// fill the app's own sign-in form (Username, Password, "Sign in"), and read
// what a page decided from its heading.
import { expect, type Page } from '@playwright/test';

export const SIGN_IN_PAGE = /\/sign-in\?/;

/** Collects uncaught errors and React hydration mismatches; a test expects none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /hydrat/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

/** Fills the credentials form of the sign-in page the browser is showing. */
export async function fillSignInForm(
  page: Page,
  username: string,
  password: string,
) {
  // A reader who arrives by a redirect types once the page is there; the
  // form needs its script to sign in (it calls signIn() on submit).
  await page.getByLabel('Username').waitFor();
  await page.waitForLoadState('load');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The page's verdict, as a reader reads it: its heading. */
export async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole('heading', { name })).toBeVisible();
}
