// What a signed-in visitor without the right role sees: a 403, not the
// sign-in page. They are signed in already, so sending them to sign in would
// bring them straight back here (the loop of next-auth issue #4787).
import Link from 'next/link';

export default function Forbidden({ name }: { name?: string | null }) {
  return (
    <>
      <h1>Forbidden</h1>
      <p>
        {name ? `You are signed in as ${name}, but` : 'Signed in, but'} this
        page is for admins only. <Link href="/">Back to the examples</Link>
      </p>
    </>
  );
}
