// The App Router's counterpart of pages/_app.tsx: every page under
// /app-router renders inside SessionProvider, so useSession() works there.
// https://next-auth.js.org/getting-started/client#sessionprovider
import { getServerSession } from 'next-auth';
import type { ReactNode } from 'react';
import SessionProvider from '@/components/session-provider';
import { authOptions } from '@/lib/auth';

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
  // provider then fetches it in the browser, starting in 'loading'.
  const session = await getServerSession(authOptions);

  return <SessionProvider session={session}>{children}</SessionProvider>;
}
// #endregion session-provider
