'use client';
// Who is signed in, on a page the server rendered for a signed-in visitor.
// https://next-auth.js.org/getting-started/client#require-session
import { signIn, useSession } from 'next-auth/react';

export default function SignedInAs() {
  // #region required-session
  // The server checked the session when it rendered the page. If it ends
  // while the page is open (signed out in another tab, expired), `required`
  // keeps status at 'loading' and calls onUnauthenticated. Without one,
  // NextAuth.js goes to /api/auth/signin?error=SessionRequired by itself.
  const { data: session } = useSession({
    required: true,
    onUnauthenticated() {
      void signIn(); // to the sign-in page, and back here afterwards
    },
  });
  // #endregion required-session

  return (
    <p>
      Signed in as <strong>{session?.user.name ?? '…'}</strong>. Each form below
      calls a Server Action, which checks who you are by itself.
    </p>
  );
}
