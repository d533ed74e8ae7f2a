// The offline demo account behind the Credentials provider, so the example
// can be signed into without any OAuth app. Never ship a shared account.
// https://next-auth.js.org/providers/credentials
import { createHash, timingSafeEqual } from 'node:crypto';
import type { User } from 'next-auth';

const DEMO_USER: User = {
  id: 'demo',
  name: 'Demo User',
  email: 'demo@example.com',
  // null, not undefined: getServerSideProps props must be JSON-serializable,
  // and the session built from this user ends up in them.
  image: null,
  role: 'member',
};

/** Compares in constant time; hashing first makes the lengths equal. */
function safeEqual(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

// What the sign-in POST carried. NextAuth.js types the fields as strings, but a
// hand-made request can leave one out or repeat it (an array): check, don't trust.
type Credentials =
  Partial<Record<'username' | 'password', unknown>> | undefined;

/** Returns the demo user for the right username and password, else null. */
export function authorizeDemoUser(credentials: Credentials): User | null {
  const username = process.env.DEMO_USERNAME || 'demo';
  const password = process.env.DEMO_PASSWORD || 'demo';
  // Anything but two strings is a failed sign-in (CredentialsSignin), not an
  // exception whose message would end up in the error page's URL.
  if (
    typeof credentials?.username !== 'string' ||
    typeof credentials.password !== 'string'
  ) {
    return null;
  }

  // Check both, always, so the response time does not say which one was wrong.
  const usernameOk = safeEqual(credentials.username, username);
  const passwordOk = safeEqual(credentials.password, password);
  return usernameOk && passwordOk ? DEMO_USER : null;
}
