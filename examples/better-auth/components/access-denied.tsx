// What a protected page shows a signed-out visitor: a link to sign in that
// brings them back. A plain link, so server and client pages can render it,
// and it works before JavaScript loads.
import Link from 'next/link';

export default function AccessDenied({ returnTo }: { returnTo: string }) {
  return (
    <>
      <h1>Access Denied</h1>
      <p>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}>
          You must be signed in to view this page
        </Link>
      </p>
    </>
  );
}
