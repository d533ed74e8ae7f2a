// Where NextAuth.js sends the visitor after asking for a sign-in link
// (`pages.verifyRequest` in lib/auth.ts). Its own page says "check your
// email", which is wrong when no mail server is configured.
import type { GetServerSideProps } from 'next';

interface Props {
  mailed: boolean;
}

export const getServerSideProps: GetServerSideProps<Props> = async () => ({
  props: { mailed: Boolean(process.env.EMAIL_SERVER) },
});

export default function VerifyRequestPage({ mailed }: Props) {
  return (
    <>
      <h1>Check for your sign-in link</h1>
      {mailed ? (
        <p>A sign-in link has been sent to your email address.</p>
      ) : (
        <p>
          No mail server is configured (<code>EMAIL_SERVER</code>), so the link
          was printed in the terminal running the app, on the line that starts
          with <code>Sign-in link for</code>. Open it in this browser.
        </p>
      )}
    </>
  );
}
