// The navigation bar fits a phone (test/support/phone-navigation.ts).
import {
  PHONE,
  expectNavigationFitsPhone,
} from '../../../test/support/phone-navigation';
import { test } from './fixtures';

test.use({ viewport: PHONE });

test("the navigation reads in the page's font and fits a 390 px phone", async ({
  page,
  databaseApp: app,
}) => {
  await page.goto(`${app.baseUrl}/`);
  await expectNavigationFitsPhone(page);
});
