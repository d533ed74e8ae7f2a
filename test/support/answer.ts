// A response in a few words, as a reader would describe it, so that every
// app's tests compare answers the same way: `401 JSON error`,
// `200 Access Denied`, `307 to /sign-in?callbackUrl=/x`.
import pMap from 'p-map';
import { expect } from 'vitest';
import {
  expectedAnswers,
  type AppAnswers,
  type RouteToAsk,
  type Visitor,
} from './expected-answers';

/** The headings that say what a page decided. */
const VERDICTS = [
  'Access Denied',
  'Protected Page',
  'Forbidden',
  'Admin Page',
  'Your notes',
];

export async function answer(response: Response): Promise<string> {
  const location = response.headers.get('location');
  if (location !== null) {
    const target = new URL(location, response.url);
    const offSite =
      target.origin === new URL(response.url).origin ? '' : target.origin;
    const search = decodeURIComponent(target.search);
    return `${response.status} to ${offSite}${target.pathname}${search}`;
  }
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    const keys = Object.keys((await response.json()) ?? {}).join();
    return `${response.status} JSON ${keys === 'error' ? 'error' : 'data'}`;
  }
  // A page's verdict is its heading; other text (the index page's table)
  // may quote the same words.
  const headings = [
    ...(await response.text()).matchAll(/<h1[^>]*>([^<]*)<\/h1>/g),
  ].map(([, text]) => text);
  const says = headings.filter((text) => VERDICTS.includes(text!));
  return `${response.status} ${says.join(' and ') || 'page'}`;
}

/**
 * Asks each route with `request` and expects the answers this kind of
 * visitor gets; a mismatch shows each route's answer.
 */
export async function expectOnEveryRoute(
  routes: readonly RouteToAsk[],
  visitor: Visitor,
  app: AppAnswers,
  request: (path: string) => Promise<Response>,
) {
  const answers = await pMap(
    routes,
    async ({ path }) => [path, await answer(await request(path))],
    { concurrency: 4 },
  );
  expect(Object.fromEntries(answers)).toEqual(
    Object.fromEntries(
      routes.map((route) => [
        route.path,
        expect.toBeOneOf(expectedAnswers(route, visitor, app)),
      ]),
    ),
  );
}
