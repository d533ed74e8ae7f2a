// Every page renders inside SessionProvider, as with JWT sessions: the
// client side does not know or care where the session is stored.
// https://next-auth.js.org/getting-started/client#sessionprovider
import type { AppProps } from 'next/app';
import type { Session } from 'next-auth';
import { SessionProvider } from 'next-auth/react';
import Layout from '@/components/layout';

// Pages with getServerSideProps may return `session`; the rest return nothing.
type Props = { session?: Session | null };

export default function App({ Component, pageProps }: AppProps<Props>) {
  // A session read on the server seeds the provider: no fetch on first paint.
  const { session, ...props } = pageProps;
  return (
    <SessionProvider session={session}>
      <Layout>
        <Component {...props} />
      </Layout>
    </SessionProvider>
  );
}
