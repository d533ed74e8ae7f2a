import { expect, test, type Page } from '@playwright/test';
import { codeLines, expectedSample, readExample } from '../test/example-source';

const GUIDE = '/docs/securing-pages-and-api-routes';

function sample(page: Page, file: string, region: string) {
  return page.locator(
    `figure[data-example-file="${file}"][data-example-region="${region}"]`,
  );
}

test('reader opens the guide and sees every sample with its file name', async ({
  page,
}) => {
  await page.goto(GUIDE);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Securing pages and API routes',
    }),
  ).toBeVisible();
  const figures = page.locator('figure[data-example-file]');
  expect(await figures.count()).toBeGreaterThanOrEqual(12);
  await expect(
    sample(page, 'examples/lib/auth.ts', 'auth-options').getByText(
      'examples/lib/auth.ts',
    ),
  ).toBeVisible();
});

test('choosing JavaScript switches every sample, and the choice survives a reload', async ({
  page,
}) => {
  await page.goto(GUIDE);
  const auth = sample(page, 'examples/lib/auth.ts', 'auth-options');
  await auth.getByRole('tab', { name: 'JavaScript' }).click();

  await expect(page).toHaveURL(/[?&]language=js\b/);
  const handler = sample(
    page,
    'examples/pages/api/get-token-example.ts',
    'handler',
  );
  await expect(
    handler.getByRole('tab', { name: 'JavaScript' }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(
    handler.getByText('examples/pages/api/get-token-example.js'),
  ).toBeVisible();
  await expect(
    handler.getByText('examples/pages/api/get-token-example.ts'),
  ).toBeHidden();

  await page.goto(GUIDE); // no query string: the choice comes back from storage
  await expect(
    handler.getByRole('tab', { name: 'JavaScript' }),
  ).toHaveAttribute('aria-selected', 'true');
});

test('a shared link with ?language=js opens the guide in JavaScript', async ({
  page,
}) => {
  await page.goto(`${GUIDE}?language=js`);
  const client = sample(
    page,
    'examples/pages/client-side-example.tsx',
    'use-session',
  );
  await expect(
    client.getByText('examples/pages/client-side-example.jsx'),
  ).toBeVisible();
});

test('the copy button puts exactly the sample on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(GUIDE);
  const handler = sample(
    page,
    'examples/pages/api/get-session-example.ts',
    'handler',
  );
  await handler
    .getByRole('tabpanel')
    .getByRole('button', { name: /copy/i })
    .click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await expectedSample(
    'examples/pages/api/get-session-example.ts',
    'handler',
  );
  expect(copied.trimEnd()).toBe(expected.ts);
});

test('"Show whole file" expands the sample in place to the whole file', async ({
  page,
}) => {
  await page.goto(GUIDE);
  const token = sample(
    page,
    'examples/pages/api/get-token-example.ts',
    'handler',
  );
  const firstImport = readExample('examples/pages/api/get-token-example.ts')
    .split('\n')
    .find((line) => line.startsWith('import'))!;
  await expect(token.getByText(firstImport)).toHaveCount(0);

  await token.getByRole('button', { name: 'Show whole file' }).click();
  await expect(
    token.getByRole('tabpanel').getByText(firstImport),
  ).toBeVisible();
  await expect(
    token.getByRole('button', { name: 'Show only this part' }),
  ).toHaveAttribute('aria-expanded', 'true');
});

test('App Router + JavaScript shows the JavaScript generated from the App Router file', async ({
  page,
}) => {
  await page.goto(GUIDE);
  const routerTabs = page.getByRole('tab', { name: 'App Router' });
  await routerTabs.first().click();
  await expect(page).toHaveURL(/[?&]router=app\b/);
  const handler = sample(
    page,
    'examples/app/app-router/api/get-token-example/route.ts',
    'handler',
  );
  await handler.getByRole('tab', { name: 'JavaScript' }).click();

  const expected = await expectedSample(
    'examples/app/app-router/api/get-token-example/route.ts',
    'handler',
  );
  const listing = handler.locator(
    '[data-listing="examples/app/app-router/api/get-token-example/route.js"]',
  );
  await expect(listing).toBeVisible();
  const shown = await listing.locator('code').innerText();
  expect(codeLines(shown)).toEqual(expected.jsCode);
  // Every router switch on the page followed the first one.
  for (const tab of await routerTabs.all())
    await expect(tab).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await expect(listing).toBeVisible();
});

test('the guide reached by a link inside the site shows its samples too', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Read the guide' }).click();
  await expect(page).toHaveURL(GUIDE);
  // Rendered in the browser this time, not hydrated: the code must still be all there.
  const expected = await expectedSample(
    'examples/pages/api/get-token-example.ts',
    'handler',
  );
  const listing = sample(
    page,
    'examples/pages/api/get-token-example.ts',
    'handler',
  ).locator('[data-listing="examples/pages/api/get-token-example.ts"] code');
  await expect(listing).toBeVisible();
  // Line by line: Prism marks an empty line with a "\n" of its own.
  const lines = await listing.locator('.token-line').allTextContents();
  expect(lines.map((line) => line.replace(/\n$/, '')).join('\n')).toBe(
    expected.ts,
  );
});
