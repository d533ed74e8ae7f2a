// Protecting a page in the browser with useSession(). The page ships to
// everyone; only what it renders depends on the session, so keep secrets in
// protected API routes and fetch them from here once signed in.
// https://next-auth.js.org/getting-started/client#usesession
import { useSession } from 'next-auth/react';
import AccessDenied from '@/components/access-denied';

// #region use-session
export default function ClientSideExamplePage() {
  const { data: session, status } = useSession();

  // 'loading': the session is being fetched. Render nothing rather than a
  // wrong guess, and branch on status, never on `typeof window` (that causes
  // hydration mismatches).
  if (status === 'loading') return null;

  // 'unauthenticated': there is no session.
  if (!session) return <AccessDenied />;

  // 'authenticated': `session` holds the user.
  return (
    <>
      <h1>Protected Page</h1>
      <p>
        Rendered in the browser for <strong>{session.user.name}</strong>, role{' '}
        <strong>{session.user.role}</strong>, after useSession() reported{' '}
        <code>authenticated</code>.
      </p>
    </>
  );
}
// #endregion use-session
