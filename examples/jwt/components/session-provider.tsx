'use client';
// SessionProvider keeps the session in React context, and only client
// components can create context. This file is the client boundary that lets
// the App Router's (server) layout put it around its pages.
// https://next-auth.js.org/getting-started/client#sessionprovider
import type { Session } from 'next-auth';
import { SessionProvider as NextAuthSessionProvider } from 'next-auth/react';
import type { ReactNode } from 'react';

interface Props {
  /** The session read on the server, or null when signed out. */
  session: Session | null;
  children: ReactNode;
}

export default function SessionProvider({ session, children }: Props) {
  return (
    <NextAuthSessionProvider session={session}>
      {children}
    </NextAuthSessionProvider>
  );
}
