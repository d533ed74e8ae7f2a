// The navigation bar on every page fits a phone (test/support/phone-navigation.ts).
import { test } from '@playwright/test';
import {
  PHONE,
  expectNavigationFitsPhone,
} from '../../../test/support/phone-navigation';

test.use({ viewport: PHONE });

// One page of each router: they share components/layout.tsx.
for (const route of ['/', '/app-router/client-side-example']) {
  test(`the navigation on ${route} reads in the page's font and fits a 390 px phone`, async ({
    page,
  }) => {
    await page.goto(route);
    await expectNavigationFitsPhone(page);
  });
}
