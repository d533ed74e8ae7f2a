import type { Session } from 'next-auth';
import { SessionContext } from 'next-auth/react';
import { lazy, Suspense, type ComponentType } from 'react';

// The example app's own page components.
const PAGES = {
  '/client-side-example': lazy(
    () => import('@site/examples/pages/client-side-example'),
  ),
  '/server-side-example': lazy(
    () => import('@site/examples/pages/server-side-example'),
  ),
  '/app-router/client-side-example': lazy(
    () => import('@site/examples/app/app-router/client-side-example/page'),
  ),
} satisfies Record<string, ComponentType>;

export type PreviewRoute = keyof typeof PAGES;
export type PreviewState = 'unauthenticated' | 'loading' | 'authenticated';

interface Props {
  route: PreviewRoute;
  state: PreviewState;
  session: Session;
}

// The preview never changes its session; update() just reports what it has.
const keepSession = (session: Session | null) => async () => session;

/**
 * The page at `route` with useSession() answering exactly what next-auth's
 * SessionProvider would in `state`, through next-auth's own context, without
 * fetching anything. Loaded only when a preview is shown, with next-auth/react.
 */
export default function PreviewPage({ route, state, session }: Props) {
  const Page = PAGES[route];
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
