import { expect, test } from '@playwright/test';
import recorded from '../src/data/api-responses.json';

const GUIDE = '/docs/securing-pages-and-api-routes';

for (const route of ['/client-side-example', '/server-side-example']) {
  test(`the live preview of ${route} shows the real page in each session state`, async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const preview = page.getByRole('figure', {
      name: `Live preview of ${route}`,
    });
    // Nothing of the page is loaded before the reader gets there.
    await expect(
      preview.getByText('The page appears here when you scroll to it.'),
    ).toBeAttached();

    await preview.scrollIntoViewIfNeeded();
    await expect(
      preview.getByRole('heading', { name: 'Access Denied' }),
    ).toBeVisible();
    await expect(
      preview.getByRole('link', {
        name: 'You must be signed in to view this page',
      }),
    ).toBeVisible();

    await preview.getByRole('radio', { name: 'Signed in' }).click();
    await expect(
      preview.getByRole('heading', { name: 'Protected Page' }),
    ).toBeVisible();
    await expect(preview.getByText('Demo User')).toBeVisible();

    await preview.getByRole('radio', { name: 'Loading' }).click();
    await expect(
      preview.getByRole('radio', { name: 'Loading' }),
    ).toHaveAttribute('aria-checked', 'true');
    await expect(
      preview.getByRole('heading', { name: 'Protected Page' }),
    ).toBeHidden();
  });
}

test('clicking the sign-in link inside a preview does not leave the guide', async ({
  page,
}) => {
  await page.goto(GUIDE);
  const preview = page.getByRole('figure', {
    name: 'Live preview of /client-side-example',
  });
  await preview.scrollIntoViewIfNeeded();
  await preview
    .getByRole('link', { name: 'You must be signed in to view this page' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${GUIDE}$`));
});

for (const [route, answers] of Object.entries(recorded)) {
  test(`the guide shows what ${route} answers, as recorded from the app`, async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const table = page.getByRole('table').filter({ hasText: `GET ${route}` });
    const signedOut = table.getByRole('row', { name: /Signed out/ });
    const signedIn = table.getByRole('row', { name: /Signed in/ });
    await expect(signedOut.getByRole('cell').first()).toHaveText(
      String(answers.signedOut.status),
    );
    await expect(signedIn.getByRole('cell').first()).toHaveText(
      String(answers.signedIn.status),
    );
    await expect(signedIn.locator('pre')).toHaveText(
      JSON.stringify(answers.signedIn.body, null, 2),
    );
  });
}
