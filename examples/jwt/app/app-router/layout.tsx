// The App Router's counterpart of pages/_app.tsx: every page under
// /app-router renders inside SessionProvider, so useSession() works there.
// This layout is NOT a guard: Next.js does not run a layout again when a
// visitor navigates between the pages below it, and a Server Action or a
// route handler never runs it at all. Each page checks for itself.
// https://next-auth.js.org/getting-started/client#sessionprovider
import type { ReactNode } from 'react';
import SessionProvider from '@/components/session-provider';
import { getSession } from '@/lib/session';

// #region session-provider
export default async function AppRouterLayout({
  children,
}: {
  children: ReactNode;
}) {
  // Like pageProps.session in _app: a session read on the server seeds the
  // provider, so client components render signed in on the first paint, with
  // no fetch of /api/auth/session. It reads the cookie, so every page under
  // this layout is rendered per request. Passing no session works too: the
  // provider then fetches it in the browser, starting in 'loading'. It only
  // seeds the provider: nothing here turns anyone away.
  const session = await getSession();

  return <SessionProvider session={session}>{children}</SessionProvider>;
}
// #endregion session-provider
