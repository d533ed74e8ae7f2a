// A page in the section proxy.ts guards: a signed-out request is redirected
// to sign-in before it gets here. The page still checks for itself, because
// the proxy is a first line, not the wall (CVE-2025-29927).
import type { GetServerSideProps } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { signIn, useSession } from 'next-auth/react';
import { authOptions } from '@/lib/auth';

// #region own-check
export const getServerSideProps: GetServerSideProps<{
  session: Session;
}> = async ({ req, res, resolvedUrl }) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    const callbackUrl = encodeURIComponent(resolvedUrl);
    return {
      redirect: {
        destination: `/sign-in?callbackUrl=${callbackUrl}`,
        permanent: false,
      },
    };
  }
  return { props: { session } };
};
// #endregion own-check

export default function MiddlewareExamplePage() {
  // #region required-session
  // The server checked the session when the page was requested. If it ends
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
        proxy.ts let this request through, and getServerSideProps checked the
        session again. {session ? `You are ${session.user.name}.` : 'Loading…'}
      </p>
    </>
  );
}
