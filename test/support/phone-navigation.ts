// The navigation bar of an example app, as a reader on a phone sees it: in
// the page's own font (it sits outside <main>, where a bare header falls back
// to the browser's serif), every link on screen and big enough to tap.
import { expect, type Locator, type Page } from '@playwright/test';

/** The phone the check is made for: 390 px wide. */
export const PHONE = { width: 390, height: 844 };

const fontOf = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).fontFamily);

/** Checks the navigation on the page the browser is showing. */
export async function expectNavigationFitsPhone(page: Page) {
  const navigation = page.getByRole('navigation', { name: 'Examples' });
  expect(await fontOf(navigation)).toBe(await fontOf(page.getByRole('main')));

  const links = await navigation.getByRole('link').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const box = (await link.boundingBox())!;
    // On screen, not past its right edge, and a target of at least 24 px
    // (WCAG 2.5.8).
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
}
