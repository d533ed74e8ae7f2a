import type { Session } from 'next-auth';
import { SessionContext } from 'next-auth/react';
import type { ExampleApp } from '@site/src/example-apps';
import { lazy, Suspense, type ComponentType } from 'react';

// The example apps' own page components. Only pages whose browser code is
// safe to bundle: what they import outside getServerSideProps runs in the
// browser. `@example-apps/` is the bundler's name for examples/ (see
// src/plugins/example-previews): each app type-checks its pages itself, with
// its own `@/` and its own Session, so the site sees them only as components.
const PAGES = {
  jwt: {
    '/client-side-example': lazy(
      () => import('@example-apps/jwt/pages/client-side-example'),
    ),
    '/server-side-example': lazy(
      () => import('@example-apps/jwt/pages/server-side-example'),
    ),
    '/app-router/client-side-example': lazy(
      () => import('@example-apps/jwt/app/app-router/client-side-example/page'),
    ),
  },
  'database-sessions': {
    '/server-side-example': lazy(
      () => import('@example-apps/database-sessions/pages/server-side-example'),
    ),
  },
  // Its pages read Better Auth's client, not next-auth's context: none here.
  'better-auth': {},
} satisfies Record<ExampleApp, Record<string, ComponentType>>;

/** A previewed page: the JWT app's unless `app` says otherwise. */
export type PreviewedPage =
  | { app?: 'jwt'; route: keyof typeof PAGES.jwt }
  | {
      app: 'database-sessions';
      route: keyof (typeof PAGES)['database-sessions'];
    };
export type PreviewState = 'unauthenticated' | 'loading' | 'authenticated';

type Props = PreviewedPage & {
  state: PreviewState;
  session: Session;
};

// The preview never changes its session; update() just reports what it has.
const keepSession = (session: Session | null) => async () => session;

/**
 * The page at `route` with useSession() answering exactly what next-auth's
 * SessionProvider would in `state`, through next-auth's own context, without
 * fetching anything. Loaded only when a preview is shown, with next-auth/react.
 */
export default function PreviewPage({
  app = 'jwt',
  route,
  state,
  session,
}: Props) {
  const pages: Record<string, ComponentType> = PAGES[app];
  const Page = pages[route]!;
  const value =
    state === 'authenticated'
      ? { data: session, status: state, update: keepSession(session) }
      : { data: null, status: state, update: keepSession(null) };
  return (
    <SessionContext.Provider value={value}>
      <Suspense fallback={<p>Loading the page…</p>}>
        <Page />
      </Suspense>
    </SessionContext.Provider>
  );
}
