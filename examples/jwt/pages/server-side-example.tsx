// Protecting a page on the server: getServerSideProps reads the session
// before anything renders, so the HTML itself is already protected.
// https://next-auth.js.org/configuration/nextjs#getserversession
import type { GetServerSideProps } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { useSession } from 'next-auth/react';
import AccessDenied from '@/components/access-denied';
import { authOptions } from '@/lib/auth';

// #region get-server-side-props
export const getServerSideProps: GetServerSideProps<{
  session: Session | null;
}> = async ({ req, res }) => {
  // Reads the cookie in-process: no HTTP round trip, unlike getSession().
  // Returns null (never throws) for a missing, invalid or expired session.
  const session = await getServerSession(req, res, authOptions);
  // _app hands `session` to SessionProvider (see pages/_app.tsx).
  return { props: { session } };
};
// #endregion get-server-side-props

// #region page
export default function ServerSideExamplePage() {
  // On a full page load the provider starts from the session the server
  // read, so the first paint is already signed in or out. After a client-side
  // navigation it keeps its own state, which can still be loading.
  const { data: session, status } = useSession();

  if (status === 'loading') return <p>Checking your session…</p>;
  if (!session) return <AccessDenied />;

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        Rendered on the server for <strong>{session.user.name}</strong>, role{' '}
        <strong>{session.user.role}</strong>: on a full page load the session
        came from getServerSideProps, with no loading state.
      </p>
    </>
  );
}
// #endregion page
