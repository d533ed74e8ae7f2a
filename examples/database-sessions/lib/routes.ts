// Every route of the database-sessions app: what it demonstrates and what a
// visitor gets. The index page, the guide's table and the tests read this
// list, so a route is added, renamed or described in one place. The shape is
// the first example app's (examples/jwt/lib/routes.ts), plus `method`.

/** Where the check runs, which decides what a signed-out visitor gets. */
export type Protection =
  | 'none' // open to everyone
  | 'server' // getServerSession() before rendering: the HTML decides
  | 'proxy' // proxy.ts asks the database: a redirect before any page runs
  | 'api'; // an API route: 401 JSON without a session

export interface ExampleRoute {
  path: string;
  /** GET unless said otherwise. */
  method?: 'POST';
  router: 'pages';
  protection: Protection;
  /** The pattern, in a few words (names of functions in backticks). */
  demonstrates: string;
  /** The guide's page that explains it, under /docs/, with the section's anchor. */
  section?: string;
  signedOut: string;
  signedIn: string;
}

export const ROUTES: readonly ExampleRoute[] = [
  {
    path: '/',
    router: 'pages',
    protection: 'none',
    demonstrates: 'who you are and your active sessions',
    signedOut: 'the links and the sign-in button',
    signedIn: 'the links, who you are and your sessions',
  },
  {
    path: '/server-side-example',
    router: 'pages',
    protection: 'server',
    demonstrates:
      '`getServerSession()` in `getServerSideProps`: the same code as with JWT',
    section: 'database-sessions#pages-and-api-routes-the-same-code',
    signedOut: '"Access Denied" in the server\'s HTML',
    signedIn: '"Protected Page" in the server\'s HTML',
  },
  {
    path: '/api/get-session-example',
    router: 'pages',
    protection: 'api',
    demonstrates: '`getServerSession()` in an API route',
    section: 'database-sessions#pages-and-api-routes-the-same-code',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the session',
  },
  {
    path: '/api/get-token-example',
    router: 'pages',
    protection: 'api',
    demonstrates: 'the trap: `getToken()` is `null` with database sessions',
    section: 'database-sessions-proxy#gettoken-is-null',
    signedOut: '`401` with a JSON error that says why',
    signedIn: '`401` with a JSON error that says why',
  },
  {
    path: '/middleware-example',
    router: 'pages',
    protection: 'proxy',
    demonstrates:
      'a proxy that looks the session up in the database, not `withAuth`',
    section: 'database-sessions-proxy#the-proxy-that-works',
    signedOut: 'a 307 redirect to sign-in, and back after',
    signedIn: '"Protected Page"',
  },
  {
    path: '/api/sign-out-everywhere',
    method: 'POST',
    router: 'pages',
    protection: 'api',
    demonstrates: 'revoking every session of the user at once',
    section: 'database-sessions-proxy#sign-out-everywhere',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with how many sessions ended; every old cookie is refused',
  },
];
