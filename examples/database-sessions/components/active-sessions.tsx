// The signed-in user's sessions, one per browser they signed in with, and
// the button that ends all of them (pages/api/sign-out-everywhere.ts).
import { useState } from 'react';
import type { ActiveSession } from '@/lib/sessions';

interface Props {
  sessions: ActiveSession[];
}

export default function ActiveSessions({ sessions }: Props) {
  const [pending, setPending] = useState(false);

  async function signOutEverywhere() {
    setPending(true);
    // Same origin, so the browser's Origin header passes the CSRF check.
    await fetch('/api/sign-out-everywhere', { method: 'POST' });
    // This browser's session is gone too: reload to show it signed out.
    window.location.reload();
  }

  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{`Your active sessions (${sessions.length})`}</h2>
      <ul>
        {sessions.map(({ expires, current }) => (
          <li key={`${expires}-${current}`}>
            {current ? 'This browser' : 'Another browser'}, until{' '}
            <time dateTime={expires}>
              {expires.slice(0, 16).replace('T', ' ')} UTC
            </time>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={pending}
        onClick={() => void signOutEverywhere()}
      >
        Sign out everywhere
      </button>
    </section>
  );
}
