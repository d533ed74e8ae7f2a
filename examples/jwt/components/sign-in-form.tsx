// The form of the app's own sign-in page: the Credentials provider's fields,
// and a button per OAuth provider that is configured.
// https://next-auth.js.org/configuration/pages#credentials-sign-in
import { signIn } from 'next-auth/react';
import type { FormEvent } from 'react';

interface Props {
  /** Where to go after signing in; already checked to be on this site. */
  callbackUrl: string;
  /** The OAuth providers of authOptions (GitHub, when configured). */
  providers: { id: string; name: string }[];
}

export default function SignInForm({ callbackUrl, providers }: Props) {
  // #region sign-in
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // signIn() fetches the CSRF token, posts the fields and follows the
    // answer: to callbackUrl, or back here with ?error=CredentialsSignin
    // (?error=TooManyAttempts past the sign-in limit, lib/sign-in-limit.ts).
    void signIn('credentials', {
      username: form.get('username'),
      password: form.get('password'),
      callbackUrl,
    });
  }
  // #endregion sign-in

  // method="post": a submit before the script has loaded only reloads this
  // page, and never puts the password in the address bar.
  return (
    <>
      <form method="post" onSubmit={onSubmit}>
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
        <button type="submit">Sign in</button>
      </form>
      {providers.map(({ id, name }) => (
        <button
          key={id}
          type="button"
          onClick={() => void signIn(id, { callbackUrl })}
        >
          Sign in with {name}
        </button>
      ))}
    </>
  );
}
