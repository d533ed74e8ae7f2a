'use client';
// Protecting a page in the browser with useSession() from Better Auth's
// React client. The server sends the same HTML to everyone; the browser
// then asks /api/auth/get-session and renders what it answers. Only what
// this page shows depends on it, so keep secrets in protected routes and
// fetch them from here once signed in.
// https://www.better-auth.com/docs/basic-usage#client-side
import AccessDenied from '@/components/access-denied';
import { authClient } from '@/lib/auth-client';

// #region use-session
export default function ClientSideExamplePage() {
  const { data: session, isPending } = authClient.useSession();

  // The session is being fetched (always so in the server's HTML): render
  // nothing rather than a wrong guess.
  if (isPending) return null;

  // No session: a missing, forged, expired or revoked cookie alike.
  if (!session) return <AccessDenied returnTo="/client-side-example" />;

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        Rendered by a client component for <strong>{session.user.name}</strong>,
        role <strong>{session.user.role}</strong>, after useSession() answered
        with a session.
      </p>
    </>
  );
}
// #endregion use-session
