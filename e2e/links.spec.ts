import { expect, test } from '@playwright/test';
import { load } from 'cheerio';
import { EXAMPLE_ROUTES } from '../examples/lib/routes';

const PAGES = [
  '/',
  '/docs/securing-pages-and-api-routes',
  '/docs/run-the-example',
  '/docs/migrating-from-v3',
];
// What a signed-out request to each example route gets (redirects not followed).
const SIGNED_OUT_STATUS = {
  api: 401,
  proxy: 307,
  client: 200,
  server: 200,
  none: 200,
};
const EXAMPLE_ROUTE_STATUS = Object.fromEntries(
  EXAMPLE_ROUTES.map(({ path, protection }) => [
    path,
    SIGNED_OUT_STATUS[protection],
  ]),
);

for (const path of PAGES) {
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
