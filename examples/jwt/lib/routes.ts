// Every route of the example app: what it demonstrates and what a visitor
// gets. The index page, the guide's tables and the tests all read this list,
// so a route is added, renamed or described in one place.

/** Where the check runs, which decides what a signed-out visitor gets. */
export type Protection =
  | 'none' // open to everyone
  | 'client' // useSession() in the browser: the page loads, then decides
  | 'server' // getServerSession() before rendering: the HTML decides
  | 'proxy' // withAuth in proxy.ts: a redirect before any page runs
  | 'api' // an API route or route handler: 401 JSON without a session
  | 'guest' // for signed-out visitors: a signed-in one is sent on
  | 'actions'; // a page of forms whose Server Actions each check again

/**
 * A place that checks the session for a route, in the order a request meets
 * them. Only the server's checks keep anyone out; the proxy and the browser
 * only ever add to one of them.
 */
export type Check =
  | 'proxy' // proxy.ts, before anything else runs
  | 'page' // the page on the server: getServerSideProps or a server component
  | 'handler' // the API route or route handler that holds the data
  | 'session-layer' // through lib/session.ts, the App Router's one way in
  | 'action' // inside the Server Action itself
  | 'browser'; // useSession(): what an honest visitor is shown

export interface ExampleRoute {
  path: string;
  router: 'pages' | 'app';
  protection: Protection;
  /**
   * Every place that checks it, for routes that are not open to all. A page
   * checked in the browser shows only the session, which its handler,
   * next-auth's /api/auth/session, checked.
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
    router: 'pages',
    protection: 'none',
    demonstrates: 'what each route shows; sign in and out',
    signedOut: 'the links',
    signedIn: 'the links and who you are',
  },
  {
    path: '/client-side-example',
    router: 'pages',
    protection: 'client',
    checks: ['browser', 'handler'],
    demonstrates: '`useSession()` in the browser',
    section: 'protecting-pages#in-the-browser-with-usesession',
    signedOut: '"Access Denied" and a sign-in link, once loaded',
    signedIn: '"Protected Page"',
  },
  {
    path: '/server-side-example',
    router: 'pages',
    protection: 'server',
    checks: ['page'],
    demonstrates: '`getServerSession()` in `getServerSideProps`',
    section: 'protecting-pages#on-the-server-with-getserversession',
    signedOut: '"Access Denied" in the server\'s HTML',
    signedIn: '"Protected Page" in the server\'s HTML',
  },
  {
    path: '/middleware-example',
    router: 'pages',
    protection: 'proxy',
    checks: ['proxy', 'page'],
    demonstrates: '`withAuth` in `proxy.ts`, and the page checks again',
    section: 'the-proxy',
    signedOut: 'a 307 redirect to sign-in, and back after',
    signedIn: '"Protected Page"',
  },
  {
    path: '/api/get-session-example',
    router: 'pages',
    protection: 'api',
    checks: ['handler'],
    demonstrates: '`getServerSession()` in an API route',
    section: 'protecting-api-routes#with-the-session-getserversession',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the session',
  },
  {
    path: '/api/get-token-example',
    router: 'pages',
    protection: 'api',
    checks: ['handler'],
    demonstrates: '`getToken()` in an API route',
    section: 'protecting-api-routes#with-the-token-gettoken',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the decoded token',
  },
  {
    path: '/api/get-session-v3-style',
    router: 'pages',
    protection: 'api',
    checks: ['handler'],
    demonstrates:
      '`getSession({ req })` on the server, the v3 way: an HTTP request back to the app, measured, never recommended',
    section: 'what-protects-you#what-each-method-costs',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the session',
  },
  {
    path: '/admin-example',
    router: 'pages',
    protection: 'server',
    checks: ['page'],
    demonstrates: 'a role check in `getServerSideProps`: 401 is not 403',
    section: 'roles',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    member: '`403` and a "Forbidden" page',
    signedIn: '"Admin Page"',
  },
  {
    path: '/middleware-example/admin',
    router: 'pages',
    protection: 'proxy',
    checks: ['proxy', 'page'],
    demonstrates:
      'a role check in the proxy, without the sign-in loop, and in the page',
    section: 'roles',
    signedOut: 'a 307 redirect to `/sign-in`',
    member: '`403` and a "Forbidden" page, never a redirect to sign-in',
    signedIn: '"Admin Page"',
  },
  {
    path: '/api/admin-example',
    router: 'pages',
    protection: 'api',
    checks: ['handler'],
    demonstrates: 'a role check in an API route',
    section: 'roles',
    signedOut: '`401` with a JSON error',
    member: '`403` with a JSON error',
    signedIn: '`200` with JSON',
  },
  {
    path: '/sign-in',
    router: 'pages',
    protection: 'guest',
    demonstrates: "the app's own sign-in page (`pages.signIn`)",
    section: 'sign-in-page',
    signedOut: 'the form; a failed sign-in said in words',
    signedIn: 'a redirect to `callbackUrl` (on this site) or `/`',
  },
  {
    path: '/app-router/client-side-example',
    router: 'app',
    protection: 'client',
    checks: ['browser', 'handler'],
    demonstrates: '`useSession()` in a client component',
    section: 'protecting-pages#in-the-browser-with-usesession',
    signedOut: '"Access Denied", once loaded',
    signedIn: '"Protected Page"',
  },
  {
    path: '/app-router/server-side-example',
    router: 'app',
    protection: 'server',
    checks: ['page', 'session-layer'],
    demonstrates: '`getServerSession()` in a server component',
    section: 'protecting-pages#on-the-server-with-getserversession',
    signedOut: '"Access Denied" in the server\'s HTML',
    signedIn: '"Protected Page" in the server\'s HTML',
  },
  {
    path: '/app-router/api/get-session-example',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates: '`getServerSession()` in a route handler',
    section: 'protecting-api-routes#with-the-session-getserversession',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the session (without `expires`)',
  },
  {
    path: '/app-router/api/get-token-example',
    router: 'app',
    protection: 'api',
    checks: ['handler'],
    demonstrates: '`getToken()` in a route handler',
    section: 'protecting-api-routes#with-the-token-gettoken',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the decoded token',
  },
  {
    path: '/app-router/admin-example',
    router: 'app',
    protection: 'server',
    checks: ['page', 'session-layer'],
    demonstrates: 'a role check in a server component',
    section: 'roles',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    member: 'a "Forbidden" page (status 200: see the guide)',
    signedIn: '"Admin Page"',
  },
  {
    path: '/app-router/api/admin-example',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates: 'a role check in a route handler',
    section: 'roles',
    signedOut: '`401` with a JSON error',
    member: '`403` with a JSON error',
    signedIn: '`200` with JSON',
  },
  {
    path: '/app-router/actions-example',
    router: 'app',
    protection: 'actions',
    checks: ['page', 'session-layer'],
    demonstrates: 'forms that call Server Actions, each checking for itself',
    section: 'server-actions',
    signedOut: 'a 307 redirect to `/sign-in`, and back after',
    signedIn: 'your notes and the forms; an admin also gets an admin form',
  },
  {
    path: '/app-router/api/my-notes',
    router: 'app',
    protection: 'api',
    checks: ['handler', 'session-layer'],
    demonstrates: 'a route handler that returns only your own data',
    section: 'session-layer#my-data-in-a-route-handler',
    signedOut: '`401` with a JSON error',
    signedIn: "`200` with your notes, never anyone else's",
  },
];

/**
 * The Server Actions of the example: each is a POST to its page's URL with
 * a `Next-Action` header, which anyone can send without the page.
 */
export interface ExampleAction {
  /** Its export in `app/app-router/actions-example/actions.ts`. */
  name: 'addNote' | 'deleteNote' | 'deleteAllNotes';
  /** The page whose form calls it (and where it is posted). */
  page: string;
  checks: readonly Check[];
  demonstrates: string;
  section: string;
  signedOut: string;
  /** A member calling it with someone else's data, or without the role. */
  refused: string;
  signedIn: string;
}

export const EXAMPLE_ACTIONS: readonly ExampleAction[] = [
  {
    name: 'addNote',
    page: '/app-router/actions-example',
    checks: ['action', 'session-layer'],
    demonstrates: 'the session checked inside the action',
    section: 'server-actions#every-action-checks-for-itself',
    signedOut: 'a redirect to `/sign-in`; nothing saved',
    refused: 'the owner comes from the session, never from the form',
    signedIn: 'a note of your own',
  },
  {
    name: 'deleteNote',
    page: '/app-router/actions-example',
    checks: ['action', 'session-layer'],
    demonstrates: 'ownership checked inside the action',
    section: 'server-actions#is-it-yours',
    signedOut: 'a redirect to `/sign-in`; nothing deleted',
    refused: 'another member\'s note: "You have no such note."',
    signedIn: 'your note deleted',
  },
  {
    name: 'deleteAllNotes',
    page: '/app-router/actions-example',
    checks: ['action', 'session-layer'],
    demonstrates: 'a role checked inside the action',
    section: 'server-actions#a-role-inside-the-action',
    signedOut: 'a redirect to `/sign-in`; nothing deleted',
    refused: 'a member: "Only admins may delete every note."',
    signedIn: 'an admin: every note deleted',
  },
];
