// Every route of ROUTES, on both routers, signed out and signed in:
// the answer its kind of protection promises (see expectedAnswers).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  itAnswersEachVisitor,
  visitorsOf,
} from '../../../test/support/visitors';
import { ROUTES } from '../lib/routes';
import { Browser, APP_DIR, answer, expectedAnswers, demoUser } from './helpers';

const baseUrl = inject('exampleBaseUrl');
const visitors = visitorsOf(
  () => new Browser(baseUrl),
  (username) => demoUser(baseUrl, username),
);
const member = () => visitors.member;

describe.each(ROUTES)('$path ($router router)', (route) => {
  itAnswersEachVisitor(visitors, route.path, (visitor) =>
    expectedAnswers(route, visitor),
  );
});

describe('what the HTML says before any script runs', () => {
  it.each(
    ROUTES.filter((route) => route.protection === 'server' && !route.member),
  )('$path names the signed-in user', async ({ path }) => {
    expect(await (await member().request(path)).text()).toContain('Demo User');
  });

  // The App Router's layout reads the session on the server and seeds
  // SessionProvider with it, so its client page needs no loading state.
  it.each(
    ROUTES.filter(
      (route) => route.router === 'app' && route.protection === 'client',
    ),
  )('$path is already decided for both visitors', async ({ path }) => {
    const signedOutHtml = await new Browser(baseUrl).request(path);
    expect(await answer(signedOutHtml)).toBe('200 Access Denied');
    const signedInHtml = await (await member().request(path)).text();
    expect(signedInHtml).toContain('Protected Page');
    expect(signedInHtml).toContain('Demo User');
  });

  it('the index page links every example route', async () => {
    const html = await (await new Browser(baseUrl).request('/')).text();
    for (const { path } of ROUTES) {
      expect(html).toContain(`href="${path}"`);
    }
  });
});

it("the README's table of routes promises what ROUTES promises", () => {
  const readme = readFileSync(path.join(APP_DIR, 'README.md'), 'utf8');
  const rows = readme
    .split('\n')
    .filter((line) => line.startsWith('| `/'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  expect(
    rows.map(([, route, , signedOut, signedIn]) => ({
      route,
      signedOut,
      signedIn,
    })),
  ).toEqual(
    ROUTES.map(({ path, signedOut, signedIn, member }) => ({
      route: `\`${path}\``,
      signedOut,
      signedIn: member
        ? `a member: ${member}; an admin: ${signedIn}`
        : signedIn,
    })),
  );
});
