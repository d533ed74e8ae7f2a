'use client';
// The button that ends every session of the signed-in user, in every
// browser (app/api/sign-out-everywhere/route.ts).
import { useState } from 'react';

export default function SignOutEverywhereButton() {
  const [pending, setPending] = useState(false);

  async function signOutEverywhere() {
    setPending(true);
    // Same origin, so the browser's Origin header passes the CSRF check.
    await fetch('/api/sign-out-everywhere', { method: 'POST' });
    // This browser's session is gone too: reload to show it signed out.
    window.location.reload();
  }

  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => void signOutEverywhere()}
    >
      Sign out everywhere
    </button>
  );
}
