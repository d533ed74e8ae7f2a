import { expect, test, type Locator, type Page } from '@playwright/test';
import { codeLines, expectedSample, readExample } from '../test/example-source';
import { SITE_PAGES } from './site-pages';

// The guide's first page (the shared configuration), and two of the pages after it.
const OVERVIEW = '/docs/securing-pages-and-api-routes';
const PAGES = '/docs/protecting-pages';
const API_ROUTES = '/docs/protecting-api-routes';
const LISTINGS = '**/assets/samples/*.json';

function sample(page: Page, file: string, region: string) {
  return page.locator(
    `figure[data-example-file="${file}"][data-example-region="${region}"]`,
  );
}

/** The code of a sample, as shown. */
function code(figure: Locator) {
  return figure.locator('[data-listing] code');
}

/** Where a name's type popup is drawn (it is a ::after box), or null if hidden. */
function popupOf(name: Locator) {
  return name.evaluate((element) => {
    const style = getComputedStyle(element, '::after');
    if (style.content === 'none') return null;
    // Positioned against the listing's body, outside the scrolling <pre>.
    const body = element.closest('[data-listing]')!.getBoundingClientRect();
    const left =
      body.left + parseFloat(style.left) + parseFloat(style.marginLeft);
    const top = body.top + parseFloat(style.top) + parseFloat(style.marginTop);
    const [width, height] = [parseFloat(style.width), parseFloat(style.height)];
    // Hit-testing a pseudo-element finds the element it belongs to: a
    // corner hidden by a clipping box finds whatever is behind instead.
    const corners = [
      [left + 3, top + 3],
      [left + width - 3, top + 3],
      [left + 3, top + height - 3],
      [left + width - 3, top + height - 3],
    ].map(([x, y]) => document.elementFromPoint(x!, y!) === element);
    const code = element.closest('pre')!.getBoundingClientRect();
    return {
      left,
      right: left + width,
      bottom: top + height,
      codeBottom: code.bottom,
      viewport: window.innerWidth,
      visible: corners.every(Boolean),
    };
  });
}

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

test('a name shows the type the compiler gives it, on hover and to screen readers', async ({
  page,
}) => {
  await page.goto(PAGES);
  const props = sample(
    page,
    'examples/jwt/pages/server-side-example.tsx',
    'get-server-side-props',
  );
  const session = code(props)
    .locator('[aria-description="const session: Session | null"]')
    .first();
  await expect(session).toHaveText('session');
  await expect(session).toHaveAccessibleDescription(
    'const session: Session | null',
  );
  expect(await popupOf(session)).toBeNull();
  await session.hover();
  expect(await popupOf(session)).toMatchObject({ visible: true });
});

test('keyboard focus shows a type, with one tab stop per name in a sample', async ({
  page,
}) => {
  await page.goto(API_ROUTES);
  const handler = sample(
    page,
    'examples/jwt/pages/api/get-token-example.ts',
    'handler',
  );
  const tokens = code(handler).locator('[aria-description]', {
    hasText: /^token$/,
  });
  expect(await tokens.count()).toBeGreaterThan(1);
  await expect(tokens.and(page.locator('[tabindex="0"]'))).toHaveCount(1);

  // From the language tabs, the next stops are the code's names.
  await handler.getByRole('tab', { name: 'TypeScript' }).focus();
  await page.keyboard.press('Tab'); // the copy button
  await page.keyboard.press('Tab'); // the code box
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-description', /.+/);
  expect(await popupOf(focused)).toMatchObject({ visible: true });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Points at a name as a reader would, with the name near the top of the window. */
  async function pointAt(page: Page, name: Locator) {
    // Scrolls its code box sideways too, if the name is out of sight there.
    await name.evaluate((element) =>
      element.scrollIntoView({ block: 'center', inline: 'center' }),
    );
    const { y } = (await name.boundingBox())!;
    await page.evaluate((by) => window.scrollBy(0, by), y - 120);
    const box = (await name.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    return (await popupOf(name))!;
  }

  test('type popups are neither clipped by the code box nor off-screen', async ({
    page,
  }) => {
    // It visits every page of the guide: about 25 s on an idle machine.
    test.setTimeout(120_000);
    // How far the hardest cases reach, over every page of the guide.
    let furthestRight = 0;
    let furthestBelow = 0;
    for (const path of SITE_PAGES.filter((p) => p.startsWith('/docs/'))) {
      await page.goto(path);
      const names = page.locator('figure [data-listing] [aria-description]');
      const where = await names.evaluateAll((elements) =>
        elements.map((element) => {
          const code = element.closest('pre')!;
          const box = element.getBoundingClientRect();
          const longest = Math.max(
            ...element
              .getAttribute('aria-description')!
              .split('\n')
              .map((line) => line.length),
          );
          return {
            longest,
            right: box.right - code.getBoundingClientRect().left,
            fromBottom: code.getBoundingClientRect().bottom - box.bottom,
            scrolls: code.scrollWidth > code.clientWidth,
          };
        }),
      );
      if (where.length === 0) continue;
      const indexOfMost = (score: (w: (typeof where)[number]) => number) =>
        where.indexOf(where.reduce((a, b) => (score(b) > score(a) ? b : a)));
      // The widest popup: the type with the longest line.
      const widest = indexOfMost((w) => w.longest);
      // A name reached only by scrolling its code box sideways.
      const farRight = indexOfMost((w) => (w.scrolls ? w.right : 0));
      furthestRight = Math.max(furthestRight, where[farRight]!.right);
      // Of the names on a listing's last line, the one whose popup hangs
      // furthest below the code box.
      let lowest = { index: -1, below: 0 };
      for (const [index, w] of where.entries()) {
        if (w.fromBottom > 30) continue;
        const popup = await pointAt(page, names.nth(index));
        const below = popup.bottom - popup.codeBottom;
        if (below > lowest.below) lowest = { index, below };
      }
      furthestBelow = Math.max(furthestBelow, lowest.below);

      for (const index of [widest, farRight, lowest.index]) {
        if (index < 0) continue;
        const popup = await pointAt(page, names.nth(index));
        expect(popup.left, path).toBeGreaterThanOrEqual(0);
        expect(popup.right, path).toBeLessThanOrEqual(popup.viewport);
        expect(popup.visible, path).toBe(true);
      }
    }
    // The hard cases were met: a name past the phone's width, a popup below its code.
    expect(furthestRight).toBeGreaterThan(390);
    expect(furthestBelow).toBeGreaterThan(20);
  });
});

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
