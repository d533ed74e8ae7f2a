// The app's own sign-in page, set as authOptions.pages.signIn: NextAuth.js
// sends /api/auth/signin here and the proxy redirects here, so the default
// page is never shown. The proxy's matcher leaves this path out: no loop.
// https://next-auth.js.org/configuration/pages
import type { GetServerSideProps } from 'next';
import { getServerSession } from 'next-auth';
import SignInForm from '@/components/sign-in-form';
import { authOptions } from '@/lib/auth';
import { sameOriginUrl } from '@/lib/callback-url';
import { signInError } from '@/lib/sign-in-errors';
import { publicOrigin } from '@/lib/public-origin';

interface Props {
  callbackUrl: string;
  error: string | null;
  providers: { id: string; name: string }[];
}

// #region get-server-side-props
export const getServerSideProps: GetServerSideProps<Props> = async ({
  req,
  res,
  query,
}) => {
  // The origin the auth route uses: behind a reverse proxy, the public one.
  const baseUrl = publicOrigin(req.headers);
  // Keep a callbackUrl on this site; any other would make this an open redirect.
  const asked = typeof query.callbackUrl === 'string' ? query.callbackUrl : '/';
  const callbackUrl = sameOriginUrl(asked, baseUrl) ?? `${baseUrl}/`;

  // Already signed in: on to where they were going, not a form they don't need.
  if (await getServerSession(req, res, authOptions)) {
    return { redirect: { destination: callbackUrl, permanent: false } };
  }

  // NextAuth.js names what went wrong in ?error=; say it in words.
  const error =
    typeof query.error === 'string'
      ? signInError(query.error, query.retryAfter)
      : null;
  const providers = authOptions.providers
    .filter((provider) => provider.type === 'oauth')
    .map(({ id, name }) => ({ id, name }));
  return { props: { callbackUrl, error, providers } };
};
// #endregion get-server-side-props

export default function SignInPage({ callbackUrl, error, providers }: Props) {
  return (
    <>
      <h1>Sign in</h1>
      {error && <p role="alert">{error}</p>}
      <p>
        Demo accounts: <code>demo</code> / <code>demo</code> (a member) and{' '}
        <code>admin</code> / <code>admin</code> (an admin).
      </p>
      <SignInForm callbackUrl={callbackUrl} providers={providers} />
    </>
  );
}
