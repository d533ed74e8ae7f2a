import { expect, test } from '@playwright/test';
import jwtAnswers from '../src/data/jwt-api-responses.json';
import databaseSessionsAnswers from '../src/data/database-sessions-api-responses.json';
import type { RecordedRoute } from '../src/data/recorded-answers';
import { ROUTES as DATABASE_SESSIONS_ROUTES } from '../examples/database-sessions/lib/routes';
import { ROUTES as JWT_ROUTES } from '../examples/jwt/lib/routes';
import { guidePageOf } from './site-pages';

// The guide page, with the router tab, that shows the first app's `route`.
function guideFor(route: string) {
  const router = route.startsWith('/app-router/') ? 'app' : 'pages';
  const { section } = JWT_ROUTES.find(({ path }) => path === route)!;
  return `${guidePageOf(section)}?router=${router}`;
}
// The guide page that shows the database app's `route`.
const databaseGuideFor = (route: string) =>
  guidePageOf(
    DATABASE_SESSIONS_ROUTES.find(({ path }) => path === route)!.section,
  );

// Each previewed page, where the guide shows it, and what names the
// signed-in visitor in it: the session each app's test suite recorded.
const PREVIEWED = [
  ...[
    '/client-side-example',
    '/server-side-example',
    '/app-router/client-side-example',
  ].map((route) => ({ route, guide: guideFor(route), user: 'Demo User' })),
  {
    route: '/server-side-example',
    guide: databaseGuideFor('/server-side-example'),
    user: databaseSessionsAnswers['/api/get-session-example'].signedIn.body.user
      .email,
  },
];

for (const { route, guide, user } of PREVIEWED) {
  test(`the live preview of ${route} on ${guide} shows the real page in each session state`, async ({
    page,
  }) => {
    await page.goto(guide);
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
    await expect(frame.getByText(user)).toBeVisible();

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
  await page.goto(guideFor('/client-side-example'));
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
  await expect(page).toHaveURL(/\/docs\/protecting-pages\?router=pages$/);
});

const RECORDED_TABLES = [
  ...Object.entries(jwtAnswers).map(([route, record]) => ({
    route,
    record,
    guide: guideFor(route),
  })),
  ...Object.entries(databaseSessionsAnswers).map(([route, record]) => ({
    route,
    record,
    guide: databaseGuideFor(route),
  })),
];

// Who each row of a table is, by the record's key.
const VISITORS: Record<string, RegExp> = {
  signedOut: /^Signed out$/,
  signedIn: /^Signed in (as demo|by an email link)/,
  admin: /^Signed in as admin$/,
};

for (const { route, guide, record } of RECORDED_TABLES) {
  test(`${guide} shows what ${route} answers, as recorded from the app`, async ({
    page,
  }) => {
    const { method = 'GET', ...answers }: RecordedRoute = record;
    await page.goto(guide);
    // Named by its caption, e.g. "GET /api/get-session-example answers (try it)".
    const table = page.getByRole('table', {
      name: `${method} ${route} answers`,
    });
    // One row per recorded visitor, in the record's order: the table is the record.
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(Object.keys(answers).length);
    for (const [i, [visitor, answer]] of Object.entries(answers).entries()) {
      await expect(rows.nth(i).getByRole('rowheader')).toHaveText(
        VISITORS[visitor]!,
      );
      await expect(rows.nth(i).getByRole('cell').first()).toHaveText(
        String(answer.status),
      );
      await expect(rows.nth(i).locator('pre')).toHaveText(
        JSON.stringify(answer.body, null, 2),
      );
    }
  });
}
