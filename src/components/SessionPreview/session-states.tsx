import type { Session } from 'next-auth';
import { SessionContext } from 'next-auth/react';
import type { ReactNode } from 'react';

export type PreviewState = 'unauthenticated' | 'loading' | 'authenticated';

interface Props {
  state: PreviewState;
  session: Session;
  children: ReactNode;
}

// The preview never changes its session; update() just reports what it has.
const keepSession = (session: Session | null) => async () => session;

/**
 * Gives useSession() in the pages below exactly what next-auth's own
 * SessionProvider would in each state, through next-auth's own context,
 * without fetching anything.
 */
export default function SessionStates({ state, session, children }: Props) {
  const value =
    state === 'authenticated'
      ? { data: session, status: state, update: keepSession(session) }
      : { data: null, status: state, update: keepSession(null) };
  return (
    <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
  );
}
