// The NextAuth.js route: sign-in and sign-out pages, provider callbacks,
// CSRF and session endpoints, all under /api/auth/*.
// https://next-auth.js.org/configuration/initialization#api-routes-pages
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

export default NextAuth(authOptions);
