// The start page: who you are, and a map of the examples.
import RouteTable from '@/components/route-table';
import SignOutButton from '@/components/sign-out-button';
import SignOutEverywhereButton from '@/components/sign-out-everywhere-button';
import Link from 'next/link';
import { getSession } from '@/lib/session';

export default async function HomePage() {
  const session = await getSession();

  return (
    <>
      <h1>Protecting pages and API routes with Better Auth</h1>
      {session ? (
        <p>
          Signed in as <strong>{session.user.name}</strong> (
          {session.user.username}), role <strong>{session.user.role}</strong>.{' '}
          <SignOutButton /> <SignOutEverywhereButton />
        </p>
      ) : (
        <p>
          You are not signed in. <Link href="/sign-in">Sign in</Link> as{' '}
          <code>demo</code> / <code>demo</code> (a member) or <code>admin</code>{' '}
          / <code>admin</code> (an admin).
        </p>
      )}
      <RouteTable />
    </>
  );
}
