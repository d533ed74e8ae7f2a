// What forbidden() renders, with status 403: a signed-in visitor without
// the right role. Not the sign-in page: they are signed in already, so
// sending them to sign in would bring them straight back (a loop).
// Needs experimental.authInterrupts (next.config.ts).
// https://nextjs.org/docs/app/api-reference/file-conventions/forbidden
import Link from 'next/link';

export default function Forbidden() {
  return (
    <>
      <h1>Forbidden</h1>
      <p>
        You are signed in, but this page is for admins only.{' '}
        <Link href="/">Back to the examples</Link>
      </p>
    </>
  );
}
