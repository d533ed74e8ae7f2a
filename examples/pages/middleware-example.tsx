// A page guarded by proxy.ts: a signed-out request never reaches it (it is
// redirected to sign-in), so the page has no "Access Denied" branch.
import { signIn, useSession } from 'next-auth/react';

export default function MiddlewareExamplePage() {
  // #region required-session
  // The proxy checked the session when the page was requested. If it ends
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
    <>
      <h1>Protected Page</h1>
      <p>
        proxy.ts let this request through because it carried a valid session
        cookie. {session ? `You are ${session.user.name}.` : 'Loading…'}
      </p>
    </>
  );
}
