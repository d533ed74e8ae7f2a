import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';
import { load } from 'cheerio';
import { ROUTES } from '../examples/jwt/lib/routes';
import { JWT_APP } from '../examples/jwt/test/app-answers';
import { expectedAnswers } from '../test/support/expected-answers';
import { MOVED } from '../src/client/moved-sections';

// What a signed-out request to each JWT-app route gets (redirects not
// followed): the status of the answer its HTTP tests expect.
const EXAMPLE_ROUTE_STATUS = Object.fromEntries(
  ROUTES.map((route) => [
    route.path,
    Number(expectedAnswers(route, 'signedOut', JWT_APP)[0]!.split(' ')[0]),
  ]),
);

for (const path of SITE_PAGES) {
  test(`every link on ${path} resolves`, async ({ page, request, baseURL }) => {
    await page.goto(path);
    const hrefs = await page
      .locator('main a[href], article a[href]')
      .evaluateAll((links) =>
        links.map((link) => (link as HTMLAnchorElement).href),
      );
    expect(hrefs.length).toBeGreaterThan(0);
    const site = new URL(baseURL!).origin;

    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin === site) {
        const response = await request.get(url.pathname);
        expect(response.status(), href).toBe(200);
        if (url.hash) {
          // The anchor is in the served HTML (parsed: it is minified).
          const id = decodeURIComponent(url.hash.slice(1));
          const $ = load(await response.text());
          expect($(`[id="${id}"]`).length, href).toBe(1);
        }
      } else if (url.origin === 'http://localhost:3001') {
        expect(Object.keys(EXAMPLE_ROUTE_STATUS), href).toContain(url.pathname);
        const response = await request.get(href, { maxRedirects: 0 });
        expect(response.status(), href).toBe(
          EXAMPLE_ROUTE_STATUS[url.pathname],
        );
      }
    }
  });
}

// A reader's choice of router swaps content above the section: it must not move it away.
for (const [oldPage, anchors] of Object.entries(MOVED)) {
  for (const [id, newPage] of Object.entries(anchors)) {
    test(`an old link to ${oldPage}#${id} opens ${newPage}, at the section`, async ({
      page,
    }) => {
      expect(SITE_PAGES).toContain(newPage);
      await page.goto(`${oldPage}?router=app#${id}`);
      await expect(page).toHaveURL(`${newPage}?router=app#${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const heading = page.locator(`[id="${id}"]`);
      // A section that kept its heading opens at it, not at the page's top.
      if ((await heading.count()) > 0) await expect(heading).toBeInViewport();
    });
  }
}

test('an anchor still on its page stays there', async ({ page }) => {
  await page.goto('/docs/securing-pages-and-api-routes#the-secret');
  await expect(page.locator('#the-secret')).toBeInViewport();
  await expect(page).toHaveURL(
    '/docs/securing-pages-and-api-routes#the-secret',
  );
});
