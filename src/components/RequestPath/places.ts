// The places a request meets on its way through a Next.js app, and what
// each can check: the diagram draws them, the page's Markdown lists them.

export interface Place {
  name: string;
  tool: string;
  sees: string;
  protects: string;
  /** The place a request comes from, when not the one drawn above it. */
  from?: string;
  /** What takes the request there, beside its arrow. */
  via?: string;
  /** The proxy and the browser only add to the server's checks: dashed. */
  adds?: boolean;
  /** What to keep in mind about it, in a band at its foot. */
  note?: string;
  /** The App Router reads the session here through lib/session.ts. */
  sessionLayer?: boolean;
  /** In front of the app: checks nothing, but can undo the checks. */
  passes?: boolean;
}

// In the order a request meets them: the browser then calls an API route or
// posts to a Server Action, each a request of its own.
export const PLACES: Place[] = [
  {
    name: 'CDN or shared cache',
    tool: 'in front of the app, if there is one',
    sees: 'every answer, Set-Cookie included',
    protects: 'nothing: it may serve a stored answer to anyone',
    passes: true,
    note: 'Must never store an answer that read a session: Cache-Control: private, no-store.',
  },
  {
    name: 'Reverse proxy',
    tool: 'nginx, a load balancer: terminates TLS',
    sees: 'the public URL; passes it on in X-Forwarded-Host and -Proto',
    protects: 'nothing: the app must still build the public URLs',
    passes: true,
    note: 'NEXTAUTH_URL names the public origin, or redirects and cookies go wrong.',
  },
  {
    name: 'Proxy',
    tool: 'withAuth in proxy.ts',
    sees: 'the URL and the cookies: a JWT, via getToken()',
    protects: 'whole sections, before any page or route runs',
    adds: true,
    note: 'A first line: an optimistic check; the real one happens where the data is.',
  },
  {
    name: 'Server render',
    tool: 'getServerSession(): getServerSideProps, server component',
    sees: 'the full session, JWT or database',
    protects: 'the HTML: nothing protected is sent',
    sessionLayer: true,
  },
  {
    name: 'Browser',
    tool: 'useSession() in a page',
    sees: 'what /api/auth/session returned',
    protects: 'what an honest visitor is shown; never data',
    adds: true,
  },
  {
    name: 'API route',
    tool: 'getServerSession() or getToken() in the handler',
    sees: 'the full session, or the decoded JWT',
    protects: 'the data itself: answer 401 or 403',
    via: 'fetch()',
    sessionLayer: true,
  },
  {
    name: 'Server Action',
    tool: "a 'use server' function",
    sees: 'the full session',
    protects: 'the change itself: each action is a public POST endpoint',
    from: 'Browser',
    via: 'a form',
    sessionLayer: true,
  },
];

/** The note of a place where the App Router reads the session through the session layer. */
export const SESSION_LAYER =
  'App Router: via the session layer, lib/session.ts';
