import type { Session } from 'next-auth';
import { SessionContext } from 'next-auth/react';
import { lazy, Suspense, type ComponentType } from 'react';

// The example apps' own page components. Only pages whose browser code is
// safe to bundle: what they import outside getServerSideProps runs in the
// browser (see src/plugins/example-previews).
const PAGES = {
  example: {
    '/client-side-example': lazy(
      () => import('@site/examples/pages/client-side-example'),
    ),
    '/server-side-example': lazy(
      () => import('@site/examples/pages/server-side-example'),
    ),
    '/app-router/client-side-example': lazy(
      () => import('@site/examples/app/app-router/client-side-example/page'),
    ),
  },
  database: {
    '/server-side-example': lazy(
      () =>
        import('@site/examples/database-sessions/pages/server-side-example'),
    ),
  },
} satisfies Record<string, Record<string, ComponentType>>;

export type PreviewApp = keyof typeof PAGES;
/** A previewed page: the first example app's unless `app` says otherwise. */
export type PreviewedPage =
  | { app?: 'example'; route: keyof typeof PAGES.example }
  | { app: 'database'; route: keyof typeof PAGES.database };
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
  app = 'example',
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
