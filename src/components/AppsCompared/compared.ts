// What the JWT app and the Better Auth app answer on the routes they share,
// as examples/better-auth/test/same-answers.test.ts recorded it
// (src/data/apps-compared.json), shaped for the page and its Markdown.
import type {
  AppsCompared,
  ComparedRoute,
  ComparedVisitor,
} from '@site/src/data/apps-compared';
import recorded from '@site/src/data/apps-compared.json';
import { EXAMPLE_APPS } from '@site/src/example-apps';

export const COMPARED = recorded as AppsCompared;

export const VISITORS: { key: ComparedVisitor; label: string }[] = [
  { key: 'signedOut', label: 'Signed out' },
  { key: 'member', label: 'A member' },
  { key: 'admin', label: 'An admin' },
  { key: 'forged', label: 'A made-up cookie' },
];

/** One cell: the answer both apps gave, or each app's where they differ. */
export type Cell = { same: string } | { jwt: string; betterAuth: string };

export function cellOf(route: ComparedRoute, visitor: ComparedVisitor): Cell {
  const { jwt, betterAuth } = route.answers[visitor];
  return jwt === betterAuth ? { same: jwt } : { jwt, betterAuth };
}

/** A route's name in the table: one path, or the JWT app's App Router path too. */
export function routeName(route: ComparedRoute): string {
  return route.jwt === route.betterAuth
    ? route.betterAuth
    : `${route.betterAuth} (JWT app: ${route.jwt})`;
}

export const APP_NAMES = {
  jwt: EXAMPLE_APPS.jwt.title,
  betterAuth: EXAMPLE_APPS['better-auth'].title,
};
