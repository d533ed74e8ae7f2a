// The one NextAuth.js configuration of the app. The auth route, every
// getServerSession call and nothing else import it: one source of truth.
// https://next-auth.js.org/configuration/options
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { authorizeDemoUser } from '@/lib/demo-user';
import { secret } from '@/lib/env';
import { useSecureCookies } from '@/lib/secure-cookies';
import { safeRedirect } from '@/lib/callback-url';

// #region auth-options
export const authOptions: NextAuthOptions = {
  secret,
  providers: [
    CredentialsProvider({
      name: 'Demo account',
      credentials: {
        username: { label: 'Username', type: 'text', placeholder: 'demo' },
        password: { label: 'Password', type: 'password' },
      },
      authorize: async (credentials) => authorizeDemoUser(credentials),
    }),
    // GitHub only when configured, so the example runs offline out of the box.
    ...(process.env.GITHUB_ID && process.env.GITHUB_SECRET
      ? [
          GitHubProvider({
            clientId: process.env.GITHUB_ID,
            clientSecret: process.env.GITHUB_SECRET,
          }),
        ]
      : []),
  ],
  // The proxy and getToken read the session from the cookie itself,
  // which needs JWT sessions (the default without a database adapter).
  session: { strategy: 'jwt' },
  // `__Secure-` cookies by the rule getToken uses, so the proxy finds them.
  useSecureCookies,
  // The app's own sign-in page; NextAuth.js then sends /api/auth/signin there.
  pages: { signIn: '/sign-in' },
  // #region callbacks
  callbacks: {
    // Never a 500 for a malformed callbackUrl (see lib/callback-url.ts).
    redirect: safeRedirect,
    // `user` is set only on sign-in: copy the custom field into the token...
    jwt({ token, user }) {
      if (user) token.role = user.role ?? 'member';
      return token;
    },
    // ...and from the token into what the client and the server get. The
    // user's id is the token's `sub` (NextAuth.js sets it from `user.id`):
    // every "is this yours?" check compares against it.
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role ?? 'member';
      return session;
    },
  },
  // #endregion callbacks
};
// #endregion auth-options
