// What each kind of visitor gets from each kind of protection, in the words
// of answer() (answer.ts): the one table every app's HTTP tests and the
// guide's browser tests (e2e/links.spec.ts) share. Plain data, so Playwright
// can load it too.

/** Where a route's check runs (each app's lib/routes.ts says it per route). */
export type Protection =
  'none' | 'client' | 'server' | 'proxy' | 'api' | 'guest' | 'actions';

/** What the table needs to know of a route from an app's route list. */
export interface RouteToAsk {
  path: string;
  router: 'pages' | 'app';
  protection: Protection;
  /** Set on routes only admins may see. */
  member?: string;
}

export type Visitor = 'signedOut' | 'member' | 'admin';
type Answers = Record<Visitor, string[]>;
const TO_SIGN_IN = '307 to <sign-in>?callbackUrl=<path>';

/** Everyone signed in gets the same: only the admin routes tell them apart. */
const sameForMembers = (signedOut: string[], signedIn: string[]): Answers => ({
  signedOut,
  member: signedIn,
  admin: signedIn,
});

/** The answers (see answer()) each kind of protection gives each visitor. */
const ANSWERS: Record<Protection, Answers> = {
  none: sameForMembers(['200 page'], ['200 page']),
  // The browser decides. The server sends a shell or, where the App Router's
  // layout read the session, the right answer already; never the other one.
  client: sameForMembers(
    ['200 page', '200 Access Denied'],
    ['200 page', '200 Protected Page'],
  ),
  server: sameForMembers(['200 Access Denied'], ['200 Protected Page']),
  proxy: sameForMembers([TO_SIGN_IN], ['200 Protected Page']),
  api: sameForMembers(['401 JSON error'], ['200 JSON data']),
  guest: sameForMembers(['200 page'], ['307 to /']),
  actions: sameForMembers([TO_SIGN_IN], ['200 Your notes']),
};

// Routes with a `member` answer are for admins: 401 is not 403.
const ADMIN_ONLY: Partial<Record<Protection, Answers>> = {
  server: {
    signedOut: [TO_SIGN_IN],
    member: ['403 Forbidden'],
    admin: ['200 Admin Page'],
  },
  proxy: {
    signedOut: [TO_SIGN_IN],
    member: ['403 Forbidden'],
    admin: ['200 Admin Page'],
  },
  api: {
    signedOut: ['401 JSON error'],
    member: ['403 JSON error'],
    admin: ['200 JSON data'],
  },
};

export interface AppAnswers {
  /** Where a signed-out visitor is sent: the app's sign-in page. */
  signInPath: string;
  /**
   * What a member gets from an App Router page for admins, in answer()'s
   * words: a server component cannot set the status, so it is a `200`
   * page, unless the app calls `forbidden()`.
   */
  appRouterForbidden: string;
}

export function expectedAnswers(
  route: RouteToAsk,
  visitor: Visitor,
  app: AppAnswers,
) {
  const answers =
    (route.member && ADMIN_ONLY[route.protection]) || ANSWERS[route.protection];
  return answers[visitor].map((a) =>
    a
      .replace('<sign-in>', app.signInPath)
      .replace('<path>', route.path)
      .replace(
        /^403 Forbidden$/,
        route.router === 'app' ? app.appRouterForbidden : '$&',
      ),
  );
}
