// The offline demo accounts, so the example can be signed into without any
// sign-up or OAuth app: a member and an admin, to show the difference
// between "who are you?" (401) and "you may not" (403). They are rows in the
// database like any user; lib/setup.ts writes them at every start, so the
// environment decides their passwords. Never ship shared accounts.
import type { Auth } from '@/lib/auth';

/** The built-in passwords, known to everyone who reads this file. */
const BUILT_IN_PASSWORDS = {
  DEMO_PASSWORD: 'demo',
  ADMIN_PASSWORD: 'admin',
};
type PasswordVariable = keyof typeof BUILT_IN_PASSWORDS;

const DEMO_ACCOUNTS = [
  {
    username: 'demo',
    name: 'Demo User',
    role: 'user',
    password: 'DEMO_PASSWORD',
  },
  {
    username: 'admin',
    name: 'Admin User',
    role: 'admin',
    password: 'ADMIN_PASSWORD',
  },
] as const;

// #region password-of
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
// #endregion password-of

// #region write-accounts
/**
 * Makes each account what the environment says, idempotently: created if
 * missing (auth.api.createUser, with no headers: a trusted server call), its
 * role set, and its password the current one. An account that is off has no
 * password at all, so no sign-in can match, and its sessions end.
 */
export async function writeDemoAccounts(auth: Auth): Promise<void> {
  const ctx = await auth.$context;
  for (const { username, name, role, password: variable } of DEMO_ACCOUNTS) {
    const email = `${username}@example.com`;
    const password = passwordOf(variable);
    const found = await ctx.internalAdapter.findUserByEmail(email);
    const user =
      found?.user ??
      (
        await auth.api.createUser({
          body: { email, name, role, data: { username } },
        })
      ).user;
    // The adapter's user type leaves out the plugins' fields; the row has them.
    if (!('role' in user) || user.role !== role) {
      await ctx.internalAdapter.updateUser(user.id, { role });
    }

    const credential = await ctx.internalAdapter.findCredentialAccount(user.id);
    if (password === null) {
      if (credential) await ctx.internalAdapter.deleteAccount(credential.id);
      await ctx.internalAdapter.deleteUserSessions(user.id);
    } else if (!credential) {
      await ctx.internalAdapter.linkAccount({
        userId: user.id,
        providerId: 'credential',
        accountId: user.id,
        password: await ctx.password.hash(password),
      });
    } else if (
      !credential.password ||
      !(await ctx.password.verify({ hash: credential.password, password }))
    ) {
      // A new password (or one changed through /api/auth/change-password):
      // back to the environment's, and the old one's sessions end.
      await ctx.internalAdapter.updatePassword(
        user.id,
        await ctx.password.hash(password),
      );
      await ctx.internalAdapter.deleteUserSessions(user.id);
    }
  }
}
// #endregion write-accounts
