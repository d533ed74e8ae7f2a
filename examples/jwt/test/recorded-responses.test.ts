// Records what each API route answers, signed out, signed in and (for the
// admins' routes) signed in as an admin, into the file the guide renders its
// "what you get" tables from. The values that change on every request (times,
// ids) become labels (src/data/recorded-answers.ts), so the record only
// changes when the app's behaviour does. `vitest -u` rewrites it; otherwise
// (and always in CI) a difference fails the test. A user's id here is the
// demo account's name, the same on every run, so it is shown as it is.
import { beforeAll, expect, inject, test } from 'vitest';
import { withLabels } from '../../../src/data/recorded-answers';
import { ROUTES } from '../lib/routes';
import { Browser, demoUser } from './helpers';

const baseUrl = inject('exampleBaseUrl');
const RECORD = '../../../src/data/jwt-api-responses.json';
const API_ROUTES = ROUTES.filter((r) => r.protection === 'api');

async function answer(route: string, browser: Browser) {
  const response = await browser.request(route);
  const body = withLabels(await response.json(), ['id']);
  return { status: response.status, body };
}

let member: Browser;
let admin: Browser;
beforeAll(async () => {
  member = await demoUser(baseUrl, 'demo');
  admin = await demoUser(baseUrl, 'admin');
});

test('the guide shows what the API routes really answer', async () => {
  const record: Record<string, unknown> = {};
  for (const route of API_ROUTES) {
    record[route.path] = {
      signedOut: await answer(route.path, new Browser(baseUrl)),
      signedIn: await answer(route.path, member),
      // Only the routes for admins answer an admin differently.
      ...(route.member && { admin: await answer(route.path, admin) }),
    };
  }
  await expect(JSON.stringify(record, null, 2) + '\n').toMatchFileSnapshot(
    RECORD,
  );
});
