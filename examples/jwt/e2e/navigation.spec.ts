// The navigation bar on every page, as a reader on a phone sees it: in the
// page's own font (it sits outside <main>, where a bare header falls back to
// the browser's serif), every link on screen and big enough to tap.
import { expect, test, type Locator } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

const fontOf = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).fontFamily);

// One page of each router: they share components/layout.tsx.
for (const route of ['/', '/app-router/client-side-example']) {
  test(`the navigation on ${route} reads in the page's font and fits a 390 px phone`, async ({
    page,
  }) => {
    await page.goto(route);
    const navigation = page.getByRole('navigation', { name: 'Examples' });
    expect(await fontOf(navigation)).toBe(await fontOf(page.getByRole('main')));

    const links = await navigation.getByRole('link').all();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const box = (await link.boundingBox())!;
      // On screen, not past its right edge, and a target of at least 24 px
      // (WCAG 2.5.8).
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
}
