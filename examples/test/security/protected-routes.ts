// The protected routes of the example app, both routers, and how each one answers a
// visitor it does not recognise ("signed out") or does ("signed in"). Shared by
// the security tests so that every file means the same thing by "denied".
import type { RawResponse } from '../helpers';

export interface ProtectedRoute {
  path: string;
  /** The signed-out answer, in words, for test names and tables. */
  signedOutAnswer: string;
  isSignedOut: (response: RawResponse) => boolean;
  isSignedIn: (response: RawResponse) => boolean;
}

const apiRoute = (path: string): ProtectedRoute => ({
  path,
  signedOutAnswer: '401',
  isSignedOut: (response) => response.status === 401,
  isSignedIn: (response) => response.status === 200,
});

/** The page body is the proof: the status is 200 either way. */
const serverSidePage = (path: string): ProtectedRoute => ({
  path,
  signedOutAnswer: '200 Access Denied',
  isSignedOut: ({ status, body }) =>
    status === 200 &&
    body.includes('Access Denied') &&
    !body.includes('Protected Page'),
  isSignedIn: ({ status, body }) =>
    status === 200 &&
    body.includes('Protected Page') &&
    !body.includes('Access Denied'),
});

/** The proxy answers before the page exists: a redirect to sign-in. */
const proxiedPage: ProtectedRoute = {
  path: '/middleware-example',
  signedOutAnswer: '307 to sign-in',
  isSignedOut: ({ status, headers }) =>
    status === 307 &&
    new URL(headers.location ?? '', 'http://app.invalid').pathname ===
      '/api/auth/signin',
  isSignedIn: ({ status, body }) =>
    status === 200 && body.includes('Protected Page'),
};

// The Pages Router's four first: some tests name them by position.
export const PROTECTED_ROUTES: readonly ProtectedRoute[] = [
  apiRoute('/api/get-session-example'),
  apiRoute('/api/get-token-example'),
  serverSidePage('/server-side-example'),
  proxiedPage,
  apiRoute('/app-router/api/get-session-example'),
  apiRoute('/app-router/api/get-token-example'),
  serverSidePage('/app-router/server-side-example'),
];
