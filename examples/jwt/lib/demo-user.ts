// The offline demo accounts behind the Credentials provider, so the example
// can be signed into without any OAuth app: a member and an admin, to show
// the difference between "who are you?" (401) and "you may not" (403).
// Never ship shared accounts. https://next-auth.js.org/providers/credentials
import { createHash, timingSafeEqual } from 'node:crypto';
import type { User } from 'next-auth';

/** The built-in passwords, known to everyone who reads this file. */
const BUILT_IN_PASSWORDS = {
  DEMO_PASSWORD: 'demo',
  SECOND_PASSWORD: 'sam',
  ADMIN_PASSWORD: 'admin',
};
type PasswordVariable = keyof typeof BUILT_IN_PASSWORDS;

/**
 * An account's password: the environment's, else (under `next dev` only)
 * the built-in one. Null: the account is off.
 */
function passwordOf(variable: PasswordVariable): string | null {
  const { env } = process;
  if (env[variable]) return env[variable];
  return env.NODE_ENV === 'development' ? BUILT_IN_PASSWORDS[variable] : null;
}

/** The accounts that are off: under `next start`, those the environment gives no password. */
export function accountsOff(): PasswordVariable[] {
  return (Object.keys(BUILT_IN_PASSWORDS) as PasswordVariable[]).filter(
    (variable) => passwordOf(variable) === null,
  );
}

// Read on each sign-in, so the environment can change the accounts.
// image is null, not undefined: getServerSideProps props must be JSON.
function demoAccounts() {
  const { env } = process;
  const account = (id: string, name: string, role: string) => ({
    id,
    name,
    email: `${id}@example.com`,
    image: null,
    role,
  });
  return [
    {
      username: env.DEMO_USERNAME || 'demo',
      password: passwordOf('DEMO_PASSWORD'),
      user: account('demo', 'Demo User', 'member'),
    },
    {
      // A second member, to show that one member cannot touch another's data.
      username: env.SECOND_USERNAME || 'sam',
      password: passwordOf('SECOND_PASSWORD'),
      user: account('sam', 'Sam Member', 'member'),
    },
    {
      username: env.ADMIN_USERNAME || 'admin',
      password: passwordOf('ADMIN_PASSWORD'),
      user: account('admin', 'Admin User', 'admin'),
    },
  ];
}

/** Compares in constant time; hashing first makes the lengths equal. */
function safeEqual(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

// What the sign-in POST carried. NextAuth.js types the fields as strings, but a
// hand-made request can leave one out or repeat it (an array): check, don't trust.
type Credentials =
  Partial<Record<'username' | 'password', unknown>> | undefined;

/** Returns the demo user for a right username and password, else null. */
export function authorizeDemoUser(credentials: Credentials): User | null {
  const { username, password } = credentials ?? {};
  // Anything but two strings is a failed sign-in (CredentialsSignin), not an
  // exception whose message would end up in the error page's URL.
  if (typeof username !== 'string' || typeof password !== 'string') return null;

  // Check every account and both fields, always, so the response time does
  // not say which one was wrong.
  // An account that is off is compared too, with nothing to match.
  const matches = demoAccounts().filter((account) =>
    [
      safeEqual(username, account.username),
      safeEqual(password, account.password ?? ''),
      account.password !== null,
    ].every(Boolean),
  );
  return matches[0]?.user ?? null;
}
