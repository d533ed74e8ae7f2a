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
  | 'guest'; // for signed-out visitors: a signed-in one is sent on

export interface ExampleRoute {
  path: string;
  router: 'pages' | 'app';
  protection: Protection;
  /** The pattern, in a few words (names of functions in backticks). */
  demonstrates: string;
  /** The guide's page that explains it, under /docs/, with the section's anchor if any. */
  section?: string;
  signedOut: string;
  signedIn: string;
  /** For pages and routes only admins may see: what a signed-in member gets. */
  member?: string;
}

export const EXAMPLE_ROUTES: readonly ExampleRoute[] = [
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
    demonstrates: '`useSession()` in the browser',
    section: 'protecting-pages#in-the-browser-with-usesession',
    signedOut: '"Access Denied" and a sign-in link, once loaded',
    signedIn: '"Protected Page"',
  },
  {
    path: '/server-side-example',
    router: 'pages',
    protection: 'server',
    demonstrates: '`getServerSession()` in `getServerSideProps`',
    section: 'protecting-pages#on-the-server-with-getserversession',
    signedOut: '"Access Denied" in the server\'s HTML',
    signedIn: '"Protected Page" in the server\'s HTML',
  },
  {
    path: '/middleware-example',
    router: 'pages',
    protection: 'proxy',
    demonstrates: '`withAuth` in `proxy.ts`',
    section: 'the-proxy',
    signedOut: 'a 307 redirect to sign-in, and back after',
    signedIn: '"Protected Page"',
  },
  {
    path: '/api/get-session-example',
    router: 'pages',
    protection: 'api',
    demonstrates: '`getServerSession()` in an API route',
    section: 'protecting-api-routes#with-the-session-getserversession',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the session',
  },
  {
    path: '/api/get-token-example',
    router: 'pages',
    protection: 'api',
    demonstrates: '`getToken()` in an API route',
    section: 'protecting-api-routes#with-the-token-gettoken',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the decoded token',
  },
  {
    path: '/admin-example',
    router: 'pages',
    protection: 'server',
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
    demonstrates: 'a role check in the proxy, without the sign-in loop',
    section: 'roles',
    signedOut: 'a 307 redirect to `/sign-in`',
    member: '`403` and a "Forbidden" page, never a redirect to sign-in',
    signedIn: '"Admin Page"',
  },
  {
    path: '/api/admin-example',
    router: 'pages',
    protection: 'api',
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
    demonstrates: '`useSession()` in a client component',
    section: 'protecting-pages#in-the-browser-with-usesession',
    signedOut: '"Access Denied", once loaded',
    signedIn: '"Protected Page"',
  },
  {
    path: '/app-router/server-side-example',
    router: 'app',
    protection: 'server',
    demonstrates: '`getServerSession()` in a server component',
    section: 'protecting-pages#on-the-server-with-getserversession',
    signedOut: '"Access Denied" in the server\'s HTML',
    signedIn: '"Protected Page" in the server\'s HTML',
  },
  {
    path: '/app-router/api/get-session-example',
    router: 'app',
    protection: 'api',
    demonstrates: '`getServerSession()` in a route handler',
    section: 'protecting-api-routes#with-the-session-getserversession',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the session (without `expires`)',
  },
  {
    path: '/app-router/api/get-token-example',
    router: 'app',
    protection: 'api',
    demonstrates: '`getToken()` in a route handler',
    section: 'protecting-api-routes#with-the-token-gettoken',
    signedOut: '`401` with a JSON error',
    signedIn: '`200` with the decoded token',
  },
  {
    path: '/app-router/admin-example',
    router: 'app',
    protection: 'server',
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
    demonstrates: 'a role check in a route handler',
    section: 'roles',
    signedOut: '`401` with a JSON error',
    member: '`403` with a JSON error',
    signedIn: '`200` with JSON',
  },
];
