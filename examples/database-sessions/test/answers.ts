// What a request carrying nothing but a session cookie gets from each kind
// of protection (the API route, the server-rendered page and the proxy), in
// the words of the shared answer() (test/support/answer.ts).
import { answer } from '../../../test/support/answer';
import { requestWithToken, type App } from './email-browser';

export const SIGNED_IN = {
  api: '200 JSON data',
  page: '200 Protected Page',
  proxy: '200 Protected Page',
};
export const REFUSED = {
  api: '401 JSON error',
  page: '200 Access Denied',
  proxy: '307 to /api/auth/signin?callbackUrl=/middleware-example',
};

export async function answersTo(app: App, token: string) {
  const [api, page, proxy] = await Promise.all(
    [
      '/api/get-session-example',
      '/server-side-example',
      '/middleware-example',
    ].map(async (path) => answer(await requestWithToken(app, path, token))),
  );
  return { api, page, proxy };
}
