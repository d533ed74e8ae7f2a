import { expect, test, type Page } from '@playwright/test';
import recorded from '../src/data/api-responses.json';

// Opens the guide with the router tab that shows `route`'s samples.
function openGuideFor(page: Page, route: string) {
  const router = route.startsWith('/app-router/') ? 'app' : 'pages';
  return page.goto(`/docs/securing-pages-and-api-routes?router=${router}`);
}

const PREVIEWED = [
  '/client-side-example',
  '/server-side-example',
  '/app-router/client-side-example',
];

for (const route of PREVIEWED) {
  test(`the live preview of ${route} shows the real page in each session state`, async ({
    page,
  }) => {
    await openGuideFor(page, route);
    const preview = page.getByRole('figure', {
      name: `Live preview of ${route}`,
    });
    // Nothing of the page is loaded before the reader gets there.
    await expect(
      preview.getByText('The page appears here when you scroll to it.'),
    ).toBeAttached();

    await preview.scrollIntoViewIfNeeded();
    const frame = preview.locator('iframe').contentFrame();
    await expect(
      frame.getByRole('heading', { name: 'Access Denied' }),
    ).toBeVisible();
    await expect(
      frame.getByRole('link', {
        name: 'You must be signed in to view this page',
      }),
    ).toBeVisible();

    await preview.getByRole('radio', { name: 'Signed in' }).click();
    await expect(
      frame.getByRole('heading', { name: 'Protected Page' }),
    ).toBeVisible();
    await expect(frame.getByText('Demo User')).toBeVisible();

    await preview.getByRole('radio', { name: 'Loading' }).click();
    await expect(
      preview.getByRole('radio', { name: 'Loading' }),
    ).toHaveAttribute('aria-checked', 'true');
    await expect(
      frame.getByRole('heading', { name: 'Protected Page' }),
    ).toBeHidden();
  });
}

test('clicking the sign-in link inside a preview does not leave the guide', async ({
  page,
}) => {
  await openGuideFor(page, '/client-side-example');
  const preview = page.getByRole('figure', {
    name: 'Live preview of /client-side-example',
  });
  await preview.scrollIntoViewIfNeeded();
  const frame = preview.locator('iframe').contentFrame();
  const link = frame.getByRole('link', {
    name: 'You must be signed in to view this page',
  });
  // The page's own handler calls signIn(), whose first step fetches /api/auth/*.
  const authRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/')) authRequests.push(request.url());
  });
  // Whether the browser was told not to follow the link, read after the click.
  await link.evaluate((anchor) => {
    const frameWindow = anchor.ownerDocument.defaultView!;
    frameWindow.addEventListener(
      'click',
      (event) =>
        setTimeout(() => {
          anchor.dataset.cancelled = String(event.defaultPrevented);
        }),
      { capture: true, once: true },
    );
  });

  await link.click();
  await expect(link).toHaveAttribute('data-cancelled', 'true');
  // A second action in the same frame: had signIn() run, its fetch came first.
  await preview.getByRole('radio', { name: 'Signed in' }).click();
  await expect(
    frame.getByRole('heading', { name: 'Protected Page' }),
  ).toBeVisible();
  expect(authRequests).toEqual([]);
  await expect(page).toHaveURL(
    /\/docs\/securing-pages-and-api-routes\?router=pages$/,
  );
});

for (const [route, answers] of Object.entries(recorded)) {
  test(`the guide shows what ${route} answers, as recorded from the app`, async ({
    page,
  }) => {
    await openGuideFor(page, route);
    const table = page.getByRole('table').filter({ hasText: `GET ${route}` });
    const signedOut = table.getByRole('row', { name: /Signed out/ });
    const signedIn = table.getByRole('row', { name: /Signed in as demo/ });
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
