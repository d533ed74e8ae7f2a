// Better Auth's own routes: sign-in, sign-out, get-session, the admin
// plugin's routes and the rest, all under /api/auth/*. This handler runs
// its checks of the Origin and of callback URLs, and its rate limit.
// https://www.better-auth.com/docs/integrations/next#create-api-route
import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth';

// #region handler
export const { GET, POST } = toNextJsHandler(auth);
// #endregion handler
