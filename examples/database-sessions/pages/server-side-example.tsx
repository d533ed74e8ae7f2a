// Protecting a page on the server with database sessions: the same code as
// with JWT sessions. getServerSession looks the cookie's id up in the
// database instead of decrypting the cookie; the page cannot tell.
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
  // One query for the session and its user (and, once a day, an UPDATE
  // that pushes `expires` forward). null for a missing, unknown, revoked
  // or expired session: it never throws for those.
  const session = await getServerSession(req, res, authOptions);
  // _app hands `session` to SessionProvider (see pages/_app.tsx).
  return { props: { session } };
};
// #endregion get-server-side-props

export default function ServerSideExamplePage() {
  const { data: session, status } = useSession();

  if (status === 'loading') return <p>Checking your session…</p>;
  if (!session) return <AccessDenied />;

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        Rendered on the server for <strong>{session.user.email}</strong>, whose
        session is a row in PostgreSQL.
      </p>
    </>
  );
}
