// A reader's way through database sessions in a real browser: sign in by the
// link from the server's log, see the protected pages, then sign out
// everywhere from a second browser, and the first is signed out too.
import type { Browser, Page } from '@playwright/test';
import { expectHeading } from '../../../test/support/reader';
import { newEmail, signInLinkFor, type App } from '../test/email-browser';
import { expect, test } from './fixtures';

/** Asks for a link on the sign-in page, then opens it, as a reader does. */
async function signInByLink(page: Page, app: App, email: string) {
  await expect(page).toHaveURL(/\/api\/auth\/signin/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Sign in with Email' }).click();
  await expectHeading(page, 'Check for your sign-in link');
  await page.goto(await signInLinkFor(app, email));
}

async function newPage(browser: Browser, app: App) {
  const context = await browser.newContext({ baseURL: app.baseUrl });
  return context.newPage();
}

test('signing out everywhere in one browser signs the reader out in the other', async ({
  browser,
  databaseApp: app,
}) => {
  const email = newEmail('reader');
  const laptop = await newPage(browser, app);

  // Denied, then signed in by the link, and back on the page asked for.
  await laptop.goto('/server-side-example');
  await expectHeading(laptop, 'Access Denied');
  await laptop
    .getByRole('link', { name: 'You must be signed in to view this page' })
    .click();
  await signInByLink(laptop, app, email);
  await expect(laptop).toHaveURL('/server-side-example');
  await expectHeading(laptop, 'Protected Page');
  await laptop.goto('/middleware-example');
  await expect(laptop.getByText(`You are ${email}.`)).toBeVisible();

  // A second browser, same reader: two sessions, then none.
  const phone = await newPage(browser, app);
  await phone.goto('/api/auth/signin');
  await signInByLink(phone, app, email);
  await expectHeading(phone, 'Your active sessions (2)');
  await phone.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(phone.getByText('You are not signed in.')).toBeVisible();

  // The first browser still has its cookie, and the database refuses it.
  await laptop.goto('/server-side-example');
  await expectHeading(laptop, 'Access Denied');
  await laptop.goto('/middleware-example');
  await expect(laptop).toHaveURL(
    /\/api\/auth\/signin\?callbackUrl=%2Fmiddleware-example/,
  );
});
