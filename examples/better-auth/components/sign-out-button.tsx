'use client';
// Signing out: Better Auth's POST /api/auth/sign-out deletes this session's
// row and expires the cookie. Then the page (the index, a server component)
// renders again on the server, now without a session.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authClient } from '@/lib/auth-client';

export default function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    await authClient.signOut();
    router.refresh();
  }

  return (
    <button type="button" disabled={pending} onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
