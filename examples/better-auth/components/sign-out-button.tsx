'use client';
// Signing out: Better Auth's POST /api/auth/sign-out deletes this session's
// row and expires the cookie. Then a full page load, so every server
// component renders again without the session.
import { useState } from 'react';
import { authClient } from '@/lib/auth-client';

export default function SignOutButton() {
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    await authClient.signOut();
    window.location.assign('/');
  }

  return (
    <button type="button" disabled={pending} onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
