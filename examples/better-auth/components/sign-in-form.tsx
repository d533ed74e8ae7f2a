'use client';
// The sign-in form: a username and a password, sent by Better Auth's client
// to POST /api/auth/sign-in/username, which sets the session cookie.
// https://www.better-auth.com/docs/plugins/username
import { useState, type FormEvent } from 'react';
import { authClient } from '@/lib/auth-client';

interface Props {
  /** Where to go after signing in; already checked to be on this site. */
  callbackUrl: string;
}

/** What went wrong, in words: the status says which kind of no it was. */
function messageOf(status: number): string {
  if (status === 429) {
    return 'Too many sign-in attempts. Wait a few seconds and try again.';
  }
  if (status >= 400 && status < 500) return 'Wrong username or password.';
  return 'Signing in failed. Try again later.';
}

export default function SignInForm({ callbackUrl }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // #region sign-in
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const { error } = await authClient.signIn.username({
      username: String(form.get('username')),
      password: String(form.get('password')),
    });
    if (error) {
      setError(messageOf(error.status));
      setPending(false);
      return;
    }
    // A full page load: every server component renders with the new cookie.
    window.location.assign(callbackUrl);
  }
  // #endregion sign-in

  // method="post": a submit before the script has loaded only reloads this
  // page, and never puts the password in the address bar.
  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)}>
      {error && <p role="alert">{error}</p>}
      <p>
        <label>
          Username <input name="username" autoComplete="username" required />
        </label>
      </p>
      <p>
        <label>
          Password{' '}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </label>
      </p>
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
