import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of SITE_PAGES) {
      test(`${path} has no accessibility violations`, async ({ page }) => {
        // axe walks every node of the page; the guide is long.
        test.setTimeout(90_000);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute(
          'data-theme',
          colorScheme,
        );
        // Load the previews too, so their frames and switches are checked.
        for (const preview of await page
          .getByRole('figure', { name: /^Live preview/ })
          .all()) {
          await preview.scrollIntoViewIfNeeded();
          await expect(
            preview.locator('iframe').contentFrame().getByRole('heading'),
          ).toBeVisible();
        }
        // On a guide page, with the "Copy page" menu open.
        if (path.startsWith('/docs/')) {
          const more = page.getByRole('button', {
            name: 'More ways to read this page',
          });
          await more.click();
          await expect(more).toHaveAttribute('aria-expanded', 'true');
          await expect(
            page.getByRole('link', { name: 'View as Markdown' }),
          ).toBeVisible();
        }
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map(
            ({ id, nodes }) =>
              `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}
