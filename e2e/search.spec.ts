import { expect, test } from '@playwright/test';

test('searching the site offline finds the guide', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('getToken');
  const result = page
    .getByRole('option')
    .filter({ hasText: 'With the token: getToken' });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/docs\/protecting-api-routes/);
  await expect(
    page.getByRole('heading', { name: /With the token/ }),
  ).toBeVisible();
});
