// The app's own sign-in page: Better Auth has no page of its own, only
// routes (POST /api/auth/sign-in/username). proxy.ts and the pages send
// signed-out visitors here with ?callbackUrl=<where they were going>.
import { redirect } from 'next/navigation';
import SignInForm from '@/components/sign-in-form';
import { sameSitePath } from '@/lib/callback-url';
import { getSession } from '@/lib/session';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// #region page
export default async function SignInPage({ searchParams }: Props) {
  // Keep a callbackUrl on this site; any other would make this an open
  // redirect. A repeated or malformed one counts as none: home.
  const callbackUrl = sameSitePath((await searchParams).callbackUrl);

  // Already signed in: on to where they were going, not a form they don't need.
  if (await getSession()) redirect(callbackUrl);

  return (
    <>
      <h1>Sign in</h1>
      <p>
        Demo accounts: <code>demo</code> / <code>demo</code> (a member) and{' '}
        <code>admin</code> / <code>admin</code> (an admin).
      </p>
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
// #endregion page
