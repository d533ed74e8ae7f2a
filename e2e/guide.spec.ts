import { expect, test } from '@playwright/test';
import { codeLines, expectedSample, readExample } from '../test/example-source';
import { code, sample } from './samples';

// The guide's samples as a reader meets them: both languages, the choice
// kept, listings fetched when chosen, copying, marked lines, links into the
// apps, the whole file. Their type popups: type-popups.spec.ts.

// The guide's first page (the shared configuration), and two of the pages after it.
const OVERVIEW = '/docs/securing-pages-and-api-routes';
const PAGES = '/docs/protecting-pages';
const API_ROUTES = '/docs/protecting-api-routes';
const LISTINGS = '**/assets/samples/*.json';

test('reader opens the guide and sees every sample with its file name', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(OVERVIEW);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Securing pages and API routes',
    }),
  ).toBeVisible();
  // Its four files: the options, the auth route, the secret and the types.
  await expect(page.locator('figure[data-example-file]')).toHaveCount(4);
  await expect(
    sample(page, 'examples/jwt/lib/auth.ts', 'auth-options').getByText(
      'examples/jwt/lib/auth.ts',
    ),
  ).toBeVisible();
  // The page came alive (a choice works) with the server's HTML kept as is.
  await page.getByRole('tab', { name: 'JavaScript' }).first().click();
  await expect(page).toHaveURL(/[?&]language=js\b/);
  expect(errors).toEqual([]);
});

test('choosing JavaScript switches every sample, on the next page too, and the choice survives a reload', async ({
  page,
}) => {
  await page.goto(OVERVIEW);
  const auth = sample(page, 'examples/jwt/lib/auth.ts', 'auth-options');
  await auth.getByRole('tab', { name: 'JavaScript' }).click();
  await expect(page).toHaveURL(/[?&]language=js\b/);

  await page
    .getByRole('navigation', { name: 'Docs sidebar' })
    .getByRole('link', { name: 'API routes' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${API_ROUTES}\\b`));
  const handler = sample(
    page,
    'examples/jwt/pages/api/get-token-example.ts',
    'handler',
  );
  await expect(
    handler.getByRole('tab', { name: 'JavaScript' }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(
    handler.getByText('examples/jwt/pages/api/get-token-example.js'),
  ).toBeVisible();
  const expected = await expectedSample(
    'examples/jwt/pages/api/get-token-example.ts',
    'handler',
  );
  expect(codeLines(await code(handler).innerText())).toEqual(expected.jsCode);

  await page.goto(API_ROUTES); // no query string: the choice comes back from storage
  await expect(
    handler.getByRole('tab', { name: 'JavaScript' }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(
    handler.getByText('examples/jwt/pages/api/get-token-example.js'),
  ).toBeVisible();
});

test('a shared link with ?language=js opens the guide in JavaScript', async ({
  page,
}) => {
  await page.goto(`${PAGES}?language=js`);
  const client = sample(
    page,
    'examples/jwt/pages/client-side-example.tsx',
    'use-session',
  );
  await expect(
    client.getByText('examples/jwt/pages/client-side-example.jsx'),
  ).toBeVisible();
  // A file of only types has no JavaScript, but keeps its way back.
  await page.goto(`${OVERVIEW}?language=js`);
  const types = sample(page, 'examples/jwt/types/next-auth.d.ts', '');
  await expect(types.getByText('only declares types')).toBeVisible();
  await types.getByRole('tab', { name: 'TypeScript' }).click();
  await expect(code(types)).toContainText("declare module 'next-auth'");
});

test('a listing not shown yet is fetched when chosen, and nothing moves while it loads', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(LISTINGS, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(API_ROUTES);
  const handler = sample(
    page,
    'examples/jwt/pages/api/get-token-example.ts',
    'handler',
  );
  const tab = handler.getByRole('tab', { name: 'JavaScript' });
  await tab.scrollIntoViewIfNeeded();
  const tabBefore = (await tab.boundingBox())!.y;

  const fetched = page.waitForResponse(
    (response) =>
      /\/assets\/samples\/\w+\.json$/.test(response.url()) &&
      response.request().frame() === page.mainFrame(),
  );
  await tab.click();
  // Every sample above switched too, but the tab stays under the pointer.
  expect((await tab.boundingBox())!.y).toBeCloseTo(tabBefore, 0);
  const listing = handler.locator('[data-listing]');
  const waiting = (await listing.boundingBox())!.height;
  await expect(handler.getByRole('button', { name: 'Copy' })).toBeDisabled();

  release();
  expect((await (await fetched).json()).title).toMatch(/\.jsx?$/);
  await expect(handler.getByRole('button', { name: 'Copy' })).toBeEnabled();
  expect((await listing.boundingBox())!.height).toBe(waiting);
  expect((await tab.boundingBox())!.y).toBeCloseTo(tabBefore, 0);
});

test('the copy button puts exactly the code on the clipboard, and no type', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(API_ROUTES);
  const handler = sample(
    page,
    'examples/jwt/pages/api/get-session-example.ts',
    'handler',
  );
  await expect(handler.locator('[aria-description]').first()).toBeAttached();
  await handler.getByRole('button', { name: 'Copy' }).click();
  await expect(handler.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await expectedSample(
    'examples/jwt/pages/api/get-session-example.ts',
    'handler',
  );
  expect(copied).toBe(expected.ts);
});

test('the lines the text talks about are marked, in JavaScript too, announced, and left out of nothing copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/roles');
  const role = sample(page, 'examples/jwt/proxy.ts', 'role');
  const roleCheck = "req.nextauth.token?.role !== 'admin'";
  for (const language of ['TypeScript', 'JavaScript']) {
    await role.getByRole('tab', { name: language }).click();
    const marks = code(role).locator('mark');
    await expect(marks.first()).toHaveText(roleCheck);
    await expect(marks.nth(1)).toContainText('status: 403');
    // A screen reader hears where the marked lines start and end.
    await expect(code(role)).toMatchAriaSnapshot(
      `- mark: "[marked lines] ${roleCheck} [end of marked lines]"`,
    );
    // The tint runs the whole width of the code box, scrolled or not.
    const [markWidth, scrollWidth] = await marks
      .first()
      .evaluate((mark) => [
        mark.getBoundingClientRect().width,
        mark.closest('pre')!.scrollWidth,
      ]);
    expect(markWidth).toBeGreaterThanOrEqual(scrollWidth);
  }
  await role.getByRole('button', { name: 'Copy' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The JavaScript shown last: its code, without the words for screen readers.
  expect(codeLines(copied)).toEqual(
    (await expectedSample('examples/jwt/proxy.ts', 'role')).jsCode,
  );
});

// One sample from each app: the link goes into the app the file is in.
for (const { guide, file, href } of [
  {
    guide: '/docs/database-sessions',
    file: 'examples/database-sessions/pages/server-side-example.tsx',
    href: 'http://localhost:3002/server-side-example',
  },
  {
    guide: PAGES,
    file: 'examples/jwt/pages/server-side-example.tsx',
    href: 'http://localhost:3001/server-side-example',
  },
]) {
  test(`"Open in example app" under ${file} opens its own app, at its route`, async ({
    page,
  }) => {
    await page.goto(guide);
    const figure = sample(page, file, 'get-server-side-props');
    await expect(
      figure.getByRole('link', { name: 'Open in example app' }),
    ).toHaveAttribute('href', href);
  });
}

test('"Show whole file" expands the sample in place to the whole file', async ({
  page,
}) => {
  await page.goto(API_ROUTES);
  const token = sample(
    page,
    'examples/jwt/pages/api/get-token-example.ts',
    'handler',
  );
  const firstImport = readExample('examples/jwt/pages/api/get-token-example.ts')
    .split('\n')
    .find((line) => line.startsWith('import'))!;
  await expect(code(token).getByText(firstImport)).toHaveCount(0);

  await token.getByRole('button', { name: 'Show whole file' }).click();
  await expect(code(token).getByText(firstImport)).toBeVisible();
  await expect(
    token.getByRole('button', { name: 'Show only this part' }),
  ).toHaveAttribute('aria-expanded', 'true');
});

test('App Router + JavaScript shows the JavaScript generated from the App Router file', async ({
  page,
}) => {
  await page.goto(API_ROUTES);
  // By keyboard: arrows move between the routers, Enter chooses.
  await page.getByRole('tab', { name: 'Pages Router' }).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('tab', { name: 'App Router' }).first(),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]router=app\b/);
  const handler = sample(
    page,
    'examples/jwt/app/app-router/api/get-token-example/route.ts',
    'handler',
  );
  await handler.getByRole('tab', { name: 'JavaScript' }).click();

  const expected = await expectedSample(
    'examples/jwt/app/app-router/api/get-token-example/route.ts',
    'handler',
  );
  const listing = handler.locator(
    '[data-listing="examples/jwt/app/app-router/api/get-token-example/route.js"] code',
  );
  await expect(listing).toBeVisible();
  expect(codeLines(await listing.innerText())).toEqual(expected.jsCode);
  // Every router switch on the page followed the first one.
  for (const tab of await page.getByRole('tab', { name: 'App Router' }).all())
    await expect(tab).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await expect(listing).toBeVisible();
});

test('the guide reached by a link inside the site shows its samples too', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Read the guide' }).click();
  await expect(page).toHaveURL(OVERVIEW);
  // Rendered in the browser this time, not hydrated: the code is fetched.
  const expected = await expectedSample(
    'examples/jwt/lib/auth.ts',
    'auth-options',
  );
  const listing = code(
    sample(page, 'examples/jwt/lib/auth.ts', 'auth-options'),
  );
  await expect(listing).toHaveText(expected.ts);
});
