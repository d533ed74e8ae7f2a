// A page for admins only, checked on the server. Two different answers:
// signed out is "who are you?" (sign in, then come back), a member is
// "you may not" (403 Forbidden). https://next-auth.js.org/configuration/nextjs
import type { GetServerSideProps } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { useSession } from 'next-auth/react';
import Forbidden from '@/components/forbidden';
import { authOptions } from '@/lib/auth';

// #region get-server-side-props
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
  // Signed in without the role: 403, and the page says why.
  if (session.user.role !== 'admin') res.statusCode = 403;
  return { props: { session } };
};
// #endregion get-server-side-props

// #region page
export default function AdminExamplePage() {
  const { data: session, status } = useSession();
  // After a client-side navigation the provider may still be loading.
  if (status === 'loading') return <p>Checking your session…</p>;
  if (session?.user.role !== 'admin')
    return <Forbidden name={session?.user.name} />;

  return (
    <>
      <h1>Admin Page</h1>
      <p>
        Only admins see this. Signed in as <strong>{session.user.name}</strong>,
        role <strong>{session.user.role}</strong>.
      </p>
    </>
  );
}
// #endregion page
