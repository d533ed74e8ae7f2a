import { expect, test } from '@playwright/test';
import { load } from 'cheerio';

const PAGES = [
  '/',
  '/docs/securing-pages-and-api-routes',
  '/docs/run-the-example',
  '/docs/migrating-from-v3',
];
// What each example route answers a signed-out request with (redirects not followed).
const EXAMPLE_ROUTE_STATUS: Record<string, number> = {
  '/': 200,
  '/client-side-example': 200,
  '/server-side-example': 200,
  '/middleware-example': 307,
  '/api/get-session-example': 401,
  '/api/get-token-example': 401,
  '/app-router/client-side-example': 200,
  '/app-router/server-side-example': 200,
  '/app-router/api/get-session-example': 401,
  '/app-router/api/get-token-example': 401,
};

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
