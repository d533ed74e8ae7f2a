// Where the JWT app's answers differ from another app's, for the shared table
// (test/support/expected-answers.ts). Plain data, so Playwright can load it.
import type { AppAnswers } from '../../../test/support/expected-answers';

export const JWT_APP: AppAnswers = {
  signInPath: '/sign-in',
  // A server component cannot set the status (app/app-router/admin-example).
  appRouterForbidden: '200 Forbidden',
};
