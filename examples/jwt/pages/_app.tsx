// Every page renders inside SessionProvider, which gives useSession() its
// data and keeps it fresh (it refetches when the window regains focus).
// https://next-auth.js.org/getting-started/client#sessionprovider
import type { AppProps } from 'next/app';
import type { Session } from 'next-auth';
import { SessionProvider } from 'next-auth/react';
import Layout from '@/components/layout';

// Pages with getServerSideProps may return `session`; the rest return nothing.
type Props = { session?: Session | null };

export default function App({ Component, pageProps }: AppProps<Props>) {
  // #region session-provider
  // A session from getServerSideProps (see pages/server-side-example.tsx)
  // seeds the provider, so the first paint is already signed in: no fetch.
  // Without one, the provider fetches /api/auth/session in the browser.
  const { session, ...props } = pageProps;
  return (
    <SessionProvider session={session}>
      <Layout>
        <Component {...props} />
      </Layout>
    </SessionProvider>
  );
  // #endregion session-provider
}
