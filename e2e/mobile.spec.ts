import { expect, test } from '@playwright/test';

// The site's title (docusaurus.config.ts), the navbar link's accessible name.
const SITE_TITLE = 'Securing pages and API routes with NextAuth.js';

test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
});

test('the guide reads on a 390 px phone without sideways scrolling', async ({
  page,
}, testInfo) => {
  await page.goto('/docs/protecting-pages');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Code may scroll inside its block; the page itself must not.
  const pageWidth = await page.evaluate(
    () => document.documentElement.scrollWidth,
  );
  expect(pageWidth).toBeLessThanOrEqual(390);
  await expect(
    page.getByRole('button', { name: /toggle navigation bar/i }),
  ).toBeVisible();

  const preview = page.getByRole('figure', {
    name: 'Live preview of /client-side-example',
  });
  await preview.scrollIntoViewIfNeeded();
  await expect(
    preview.getByRole('radio', { name: 'Signed in' }),
  ).toBeInViewport();
  await testInfo.attach('guide-390px', {
    body: await page.screenshot({ fullPage: false }),
    contentType: 'image/png',
  });
});

test('a phone downloads the pages in the closed menu only once the reader opens it', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/assets/js/')) scripts.push(request.url());
  });
  await page.goto('/docs/database-sessions', { waitUntil: 'networkidle' });
  const onLoad = scripts.length;

  await page.getByRole('button', { name: /toggle navigation bar/i }).click();
  const menuLink = page
    .locator('.navbar-sidebar')
    .getByRole('link', { name: 'Migrating from v3' });
  await expect(menuLink).toBeInViewport();
  // Opening the menu shows links to pages not prefetched yet: now they are.
  await expect.poll(() => scripts.length).toBeGreaterThan(onLoad);

  await menuLink.click();
  await expect(page).toHaveURL(/\/docs\/migrating-from-v3$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Migrating from v3/,
  );
  await expect(menuLink).toBeHidden();
});

test("a phone's navbar shows a title that fits, and its link still says the full one", async ({
  page,
}, testInfo) => {
  await page.goto('/docs/protecting-pages');
  const brand = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: SITE_TITLE, exact: true });
  await expect(brand).toBeVisible();

  // Nothing the eye can see in the link is cut: no box in it, the link
  // included, is narrower than its text. (Boxes 1 px wide hold text for
  // screen readers only.)
  const cut = await brand.evaluate((link) =>
    [link, ...link.querySelectorAll('*')]
      .filter((element) => element.clientWidth > 1)
      .filter((element) => element.scrollWidth > element.clientWidth)
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(cut).toEqual([]);
  // And the link shows a title beside the logo, not the logo alone.
  // Before hydration the theme renders the light and the dark logo; one shows.
  const logo = (await brand
    .locator('img')
    .filter({ visible: true })
    .boundingBox())!;
  expect((await brand.boundingBox())!.width).toBeGreaterThan(logo.width + 80);
  await testInfo.attach('navbar-390px', {
    body: await page.locator('.navbar').screenshot(),
    contentType: 'image/png',
  });
});
