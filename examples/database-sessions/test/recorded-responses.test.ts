// Records what each API route of the database-sessions app answers, signed
// out and signed in, into the file the guide's "Session strategy" page renders
// its tables from, as examples/jwt/test/recorded-responses.test.ts does for the
// first app: volatile values become labels, `vitest -u` rewrites the file,
// and otherwise (always in CI) a difference fails the test.
import { expect, inject, test } from 'vitest';
import { withLabels } from '../../../src/data/recorded-answers';
import { ROUTES, type ExampleRoute } from '../lib/routes';
import { EmailBrowser } from './email-browser';

const app = inject('databaseApp');
const RECORD = '../../../src/data/database-sessions-api-responses.json';
// A fixed address, so the guide shows a real one; no other test signs in with it.
const READER = 'reader@example.com';

async function answer(visitor: EmailBrowser, { path, method }: ExampleRoute) {
  const response =
    method === 'POST' ? await visitor.post(path) : await visitor.request(path);
  return { status: response.status, body: withLabels(await response.json()) };
}

test('the guide shows what the API routes really answer', async () => {
  const reader = new EmailBrowser(app);
  await reader.signIn(READER);
  const record: Record<string, unknown> = {};
  // In the table's order: sign out everywhere, which ends the session, is last.
  for (const route of ROUTES) {
    if (route.protection !== 'api') continue;
    record[route.path] = {
      ...(route.method && { method: route.method }),
      signedOut: await answer(new EmailBrowser(app), route),
      signedIn: await answer(reader, route),
    };
  }
  await expect(JSON.stringify(record, null, 2) + '\n').toMatchFileSnapshot(
    RECORD,
  );
});
