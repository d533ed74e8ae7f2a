// The start page: who you are, sign in and out, and a map of the examples.
// #region next-auth-react
import { signIn, signOut, useSession } from 'next-auth/react';
// #endregion next-auth-react
import RouteTable from '@/components/route-table';

export default function HomePage() {
  const { data: session, status } = useSession();

  return (
    <>
      <h1>Securing pages and API routes with NextAuth.js</h1>
      {status === 'loading' && <p>Checking your session…</p>}
      {status === 'unauthenticated' && (
        <p>
          You are not signed in. The demo account is <code>demo</code> /{' '}
          <code>demo</code>.{' '}
          <button type="button" onClick={() => void signIn()}>
            Sign in
          </button>
        </p>
      )}
      {status === 'authenticated' && (
        <p>
          Signed in as <strong>{session.user.name}</strong> (role:{' '}
          {session.user.role}).{' '}
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      )}
      <RouteTable />
    </>
  );
}
