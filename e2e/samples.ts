// Finding a sample of the guide, and its code as shown, for the browser tests.
import type { Locator, Page } from '@playwright/test';

/** The sample of a region of `file` on the page. */
export function sample(page: Page, file: string, region: string) {
  return page.locator(
    `figure[data-example-file="${file}"][data-example-region="${region}"]`,
  );
}

/** The code of a sample, as shown. */
export function code(figure: Locator) {
  return figure.locator('[data-listing] code');
}
