// The NextAuth.js route: the sign-in page, the email link's callback, CSRF
// and session endpoints, all under /api/auth/*.
// https://next-auth.js.org/configuration/initialization#api-routes-pages
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

export default NextAuth(authOptions);
