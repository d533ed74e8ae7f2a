// The shape of src/data/apps-compared.json: what the JWT app and the Better
// Auth app answer on the routes they share, for each kind of visitor.
// examples/better-auth/test/same-answers.test.ts records it; the guide's
// "Moving to Better Auth" page renders it.

export type ComparedVisitor = 'signedOut' | 'member' | 'admin' | 'forged';

/** One route's answers, in a few words (`401 JSON error`, `307 to sign-in, back here`). */
export interface ComparedRoute {
  /** The route's path in each app (the JWT app keeps App Router pages under /app-router). */
  jwt: string;
  betterAuth: string;
  answers: Record<ComparedVisitor, { jwt: string; betterAuth: string }>;
}

/** A route only one app has, and why. */
export interface Unpaired {
  app: 'jwt' | 'betterAuth';
  path: string;
  why: string;
}

export interface AppsCompared {
  routes: ComparedRoute[];
  unpaired: Unpaired[];
  /** Answers that differ on purpose: `route` is the Better Auth path. */
  differences: { route: string; visitor: ComparedVisitor; why: string }[];
}
