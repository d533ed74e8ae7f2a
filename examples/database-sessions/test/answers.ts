// What a request carrying nothing but a session cookie gets from each kind
// of protection: the API route, the server-rendered page and the proxy.
import { requestWithToken, type App } from './visitor';

export const SIGNED_IN = { api: 200, page: 'Protected Page', proxy: 200 };
export const REFUSED = { api: 401, page: 'Access Denied', proxy: 307 };

export async function answersTo(app: App, token: string) {
  const [api, page, proxy] = await Promise.all([
    requestWithToken(app, '/api/get-session-example', token),
    requestWithToken(app, '/server-side-example', token),
    requestWithToken(app, '/middleware-example', token),
  ]);
  const html = await page.text();
  const heading = ['Protected Page', 'Access Denied'].find((text) =>
    html.includes(text),
  );
  return {
    api: api.status,
    page: heading ?? `HTTP ${page.status}`,
    proxy: proxy.status,
  };
}
