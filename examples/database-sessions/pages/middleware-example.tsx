// A page behind the proxy (proxy.ts): it only ever renders for a visitor
// whose session the proxy found in the database, so it checks nothing itself.
import { useSession } from 'next-auth/react';

export default function MiddlewareExamplePage() {
  const { data: session } = useSession();

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        The proxy looked your session up in the database before this page ran.
        {session && <> You are {session.user.email}.</>}
      </p>
    </>
  );
}
