// The start page: who you are, the sessions the database holds for you, and
// a map of the examples.
import type { GetServerSideProps } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { signIn, signOut, useSession } from 'next-auth/react';
import ActiveSessions from '@/components/active-sessions';
import RouteTable from '@/components/route-table';
import { authOptions } from '@/lib/auth';
import { sessionTokenOf } from '@/lib/session-cookie';
import { listSessions, type ActiveSession } from '@/lib/sessions';

interface Props {
  session: Session | null;
  activeSessions: ActiveSession[];
}

export const getServerSideProps: GetServerSideProps<Props> = async ({
  req,
  res,
}) => {
  const session = await getServerSession(req, res, authOptions);
  const activeSessions = session
    ? await listSessions(session.user.id, sessionTokenOf(req))
    : [];
  return { props: { session, activeSessions } };
};

export default function HomePage({ activeSessions }: Omit<Props, 'session'>) {
  const { data: session, status } = useSession();

  return (
    <>
      <h1>Database sessions with NextAuth.js</h1>
      {status === 'unauthenticated' && (
        <p>
          You are not signed in. Sign in with any email address: with no mail
          server configured, the link appears in the terminal running the app.{' '}
          <button type="button" onClick={() => void signIn()}>
            Sign in
          </button>
        </p>
      )}
      {session && (
        <>
          <p>
            Signed in as <strong>{session.user.email}</strong>.{' '}
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </p>
          <ActiveSessions sessions={activeSessions} />
        </>
      )}
      <RouteTable />
    </>
  );
}
