// The three kinds of visitor every app's route tests ask as: one browser
// each, the signed-in ones signed in by a hook before the file's tests.
import { beforeAll, expect, it } from 'vitest';
import { answer } from './answer';
import type { Visitor } from './expected-answers';

/** How a test's name says who is asking. */
export const WHO: Record<Visitor, string> = {
  signedOut: 'a signed-out visitor',
  member: 'a signed-in member',
  admin: 'a signed-in admin',
};

export const VISITORS = Object.keys(WHO) as Visitor[];

/**
 * A browser for each kind of visitor, filled in by a `beforeAll` hook:
 * `signedOut()` makes a new one, `signIn` one signed in as `demo` (a
 * member) or `admin`.
 */
export function visitorsOf<B>(
  signedOut: () => B,
  signIn: (username: 'demo' | 'admin') => Promise<B>,
): Record<Visitor, B> {
  const visitors = {} as Record<Visitor, B>;
  beforeAll(async () => {
    visitors.signedOut = signedOut();
    [visitors.member, visitors.admin] = await Promise.all([
      signIn('demo'),
      signIn('admin'),
    ]);
  });
  return visitors;
}

/** One test a kind of visitor: `path` answers it one of `expected(visitor)`. */
export function itAnswersEachVisitor(
  visitors: Record<Visitor, { request(path: string): Promise<Response> }>,
  path: string,
  expected: (visitor: Visitor) => string[],
) {
  const cases = VISITORS.map((visitor) => ({
    visitor,
    who: WHO[visitor],
    expected: expected(visitor),
  }));
  it.each(cases)('$who gets $expected', async ({ visitor, expected }) => {
    const response = await visitors[visitor].request(path);
    expect(expected).toContain(await answer(response));
  });
}
