// Every route of the better-auth app: what it demonstrates and what a
// visitor gets. The index page, the guide's tables and the tests read this
// list, so a route is added, renamed or described in one place. The shape
// is the first example app's (examples/jwt/lib/routes.ts), plus `method`;
// the paths are its Pages Router paths, so the two compare route by route.

/** Where the check runs, which decides what a signed-out visitor gets. */
export type Protection =
  | 'none' // open to everyone
  | 'client' // useSession() in the browser: the page loads, then decides
  | 'server' // auth.api.getSession() before rendering: the HTML decides
  | 'proxy' // proxy.ts looks for the cookie: a redirect before any page runs
  | 'api' // a route handler: 401 JSON without a session
  | 'guest' // for signed-out visitors: a signed-in one is sent on
  | 'actions'; // a page of forms whose Server Actions each check again

/**
 * A place that checks the session for a route, in the order a request meets
 * them. Only the server's checks keep anyone out; the proxy and the browser
 * only ever add to one of them.
 */
export type Check =
  | 'proxy' // proxy.ts, before anything else runs: is there a cookie at all?
  | 'page' // the page's server component
  | 'handler' // the route handler that holds the data
  | 'session-layer' // through lib/session.ts, the app's one way in
  | 'action' // inside the Server Action itself
  | 'browser'; // useSession(): what an honest visitor is shown

export interface ExampleRoute {
  path: string;
  /** GET unless said otherwise. */
  method?: 'POST';
  router: 'app';
  protection: Protection;
  /**
   * Every place that checks it, for routes that are not open to all. A page
   * checked in the browser shows only the session, which its handler,
   * Better Auth's /api/auth/get-session, checked.
   */
  checks?: readonly Check[];
  /** The pattern, in a few words (names of functions in backticks). */
  demonstrates: string;
  /** The guide's page that explains it, under /docs/, with the section's anchor if any. */
  section?: string;
  signedOut: string;
  signedIn: string;
  /** For pages and routes only admins may see: what a signed-in member gets. */
  member?: string;
}

export const ROUTES: readonly ExampleRoute[] = [
  {
    path: '/',
    router: 'app',
    protection: 'none',
    demonstrates: 'who you are, what each route shows; sign out',
    signedOut: 'the links',
    signedIn: 'the links, who you are and a sign-out button',
  },
  {
    path: '/client-side-example',
    router: 'app',
    protection: 'client',
    checks: ['browser', 'handler'],
    demonstrates: "`useSession()` from Better Auth's React client",
    signedOut: '"Access Denied" and a sign-in link, once loaded',
    signedIn: '"Protected Page"',
  },
  {
    path: '/server-side-example',
    router: 'app',
    protection: 'server',
    checks: ['page', 'session-layer'],
    demonstrates: '`auth.api.getSession()` in a server component',
    signedOut: '"Access Denied" in the server\'s HTML',
    signedIn: '"Protected Page" in the server\'s HTML',
  },
  {
    path: '/middleware-example',
    router: 'app',
    protection: 'proxy',
    checks: ['proxy', 'page', 'session-layer'],
    demonstrates:
      '`getSessionCookie()` in `proxy.ts` as a first line, and the page checks the session',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    signedIn: '"Protected Page"',
  },
  {
    path: '/middleware-example/admin',
    router: 'app',
    protection: 'proxy',
    checks: ['proxy', 'page', 'session-layer'],
    demonstrates:
      'the same section, and a role check the page makes: the proxy only saw a cookie',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    member: '`403` and a "Forbidden" page, never a redirect to sign-in',
    signedIn: '"Admin Page"',
  },
  {
    path: '/api/get-session-example',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates: '`auth.api.getSession()` in a route handler',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the user and when the session expires',
  },
  {
    path: '/admin-example',
    router: 'app',
    protection: 'server',
    checks: ['page', 'session-layer'],
    demonstrates:
      'a role check in a server component: 401 is not 403 (`forbidden()`)',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    member: '`403` and a "Forbidden" page',
    signedIn: '"Admin Page"',
  },
  {
    path: '/api/admin-example',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates: 'a role check in a route handler',
    signedOut: '`401` with a JSON error',
    member: '`403` with a JSON error',
    signedIn: '`200` with JSON',
  },
  {
    path: '/actions-example',
    router: 'app',
    protection: 'actions',
    checks: ['page', 'session-layer'],
    demonstrates: 'forms that call Server Actions, each checking for itself',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    signedIn: 'your notes and the forms; an admin also gets an admin form',
  },
  {
    path: '/api/my-notes',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates: 'a route handler that returns only your own data',
    signedOut: '`401` with a JSON error',
    signedIn: "`200` with your notes, never anyone else's",
  },
  {
    path: '/api/sign-out-everywhere',
    method: 'POST',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates:
      'revoking every session of the user (`auth.api.revokeSessions()`)',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with how many sessions ended; every old cookie is refused',
  },
  {
    path: '/sign-in',
    router: 'app',
    protection: 'guest',
    demonstrates: "the app's own sign-in page (`authClient.signIn.username()`)",
    signedOut: 'the form; a failed sign-in said in words',
    signedIn: 'a redirect to `callbackUrl` (on this site) or `/`',
  },
];

/**
 * The Server Actions of the example: each is a POST to its page's URL with
 * a `Next-Action` header, which anyone can send without the page.
 */
export interface ExampleAction {
  /** Its export in `app/actions-example/actions.ts`. */
  name: 'addNote' | 'deleteNote' | 'deleteAllNotes';
  /** The page whose form calls it (and where it is posted). */
  page: string;
  checks: readonly Check[];
  demonstrates: string;
  signedOut: string;
  /** A member calling it with someone else's data, or without the role. */
  refused: string;
  signedIn: string;
}

export const EXAMPLE_ACTIONS: readonly ExampleAction[] = [
  {
    name: 'addNote',
    page: '/actions-example',
    checks: ['action', 'session-layer'],
    demonstrates: 'the session checked inside the action',
    signedOut: 'a redirect to `/sign-in`; nothing saved',
    refused: 'the owner comes from the session, never from the form',
    signedIn: 'a note of your own',
  },
  {
    name: 'deleteNote',
    page: '/actions-example',
    checks: ['action', 'session-layer'],
    demonstrates: 'ownership checked inside the action',
    signedOut: 'a redirect to `/sign-in`; nothing deleted',
    refused: 'someone else\'s note: "You have no such note."',
    signedIn: 'your note deleted',
  },
  {
    name: 'deleteAllNotes',
    page: '/actions-example',
    checks: ['action', 'session-layer'],
    demonstrates: 'a role checked inside the action',
    signedOut: 'a redirect to `/sign-in`; nothing deleted',
    refused: 'a member: "Only admins may delete every note."',
    signedIn: 'an admin: every note deleted',
  },
];
