// Every GET route of ROUTES, for each kind of visitor and for a visitor
// with a made-up session cookie: the answer its kind of protection promises
// (test/support/expected-answers.ts), the same table the JWT app's routes
// meet.
import { describe, expect, inject, it } from 'vitest';
import { answer } from '../../../test/support/answer';
import { itAnswersEachVisitor } from '../../../test/support/visitors';
import { ROUTES } from '../lib/routes';
import {
  BetterAuthBrowser,
  SESSION_COOKIE,
  expectedAnswers,
  visitorsAt,
} from './helpers';

const baseUrl = inject('betterAuthBaseUrl');
const visitors = visitorsAt(baseUrl);
const GET_ROUTES = ROUTES.filter((route) => route.method === undefined);

describe.each(GET_ROUTES)('$path', (route) => {
  itAnswersEachVisitor(visitors, route.path, (visitor) =>
    expectedAnswers(route, visitor),
  );

  // The proxy lets any cookie by (it only looks for one): the page behind
  // it must still refuse.
  it('a made-up session cookie gets what a signed-out visitor gets', async () => {
    const forger = new BetterAuthBrowser(baseUrl);
    forger.setCookie(SESSION_COOKIE, 'made-up-token.made-up-signature');
    const response = await forger.request(route.path);
    expect(expectedAnswers(route, 'signedOut')).toContain(
      await answer(response),
    );
  });
});

describe('what the HTML says before any script runs', () => {
  it.each(
    ROUTES.filter((route) => route.protection === 'server' && !route.member),
  )('$path names the signed-in user', async ({ path }) => {
    const html = await (await visitors.member.request(path)).text();
    expect(html).toContain('Demo User');
  });

  it('the index page links every example route', async () => {
    const html = await (
      await new BetterAuthBrowser(baseUrl).request('/')
    ).text();
    for (const { path } of GET_ROUTES) {
      expect(html).toContain(`href="${path}"`);
    }
  });
});
