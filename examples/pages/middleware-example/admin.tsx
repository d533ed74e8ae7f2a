// A page the proxy keeps for admins (see proxy.ts): a signed-out visitor is
// sent to sign in, a member gets 403 Forbidden, and this page never runs for
// either. It needs no check of its own.
import { useSession } from 'next-auth/react';

export default function MiddlewareAdminPage() {
  const { data: session } = useSession();
  return (
    <>
      <h1>Admin Page</h1>
      <p>
        Only admins get past the proxy to this page
        {session && (
          <>
            : you are <strong>{session.user.name}</strong>, role{' '}
            <strong>{session.user.role}</strong>
          </>
        )}
        .
      </p>
    </>
  );
}
