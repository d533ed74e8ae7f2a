// Hardening: next-auth 4.24 treats a `callbackUrl` that is neither a path
// nor an http(s) URL ("foo", "javascript:alert(1)") as a configuration
// error. In the `callbackUrl` parameter it makes /api/auth/* answer 500; in
// the `next-auth.callback-url` cookie it does that and also makes every
// getServerSession() call throw. Anyone who can set a cookie on your domain
// could break every page that reads the session. These treat such a value
// as absent. https://next-auth.js.org/configuration/callbacks#redirect-callback
import { NextResponse, type NextRequest } from 'next/server';
import { PRIVATE } from '@/lib/cache-control';

/** A path, or an http(s) URL: what next-auth's own check accepts. */
function isCallbackUrl(value: string, baseUrl: string): boolean {
  const base = value.startsWith('/') ? baseUrl : undefined;
  return (
    URL.canParse(value, base) && /^https?:$/.test(new URL(value, base).protocol)
  );
}

/** `url` as a full URL if it stays on `baseUrl`'s origin; otherwise null. */
export function sameOriginUrl(url: string, baseUrl: string): string | null {
  if (!isCallbackUrl(url, baseUrl)) return null;
  const resolved = new URL(url, baseUrl);
  return resolved.origin === new URL(baseUrl).origin ? resolved.href : null;
}

// #region redirect-callback
/** The `redirect` callback: off-site or malformed goes home. */
export function safeRedirect({
  url,
  baseUrl,
}: {
  url: string;
  baseUrl: string;
}) {
  return sameOriginUrl(url, baseUrl) ?? baseUrl;
}
// #endregion redirect-callback

// #region proxy
/** In the proxy: the request goes on without a malformed callback URL. */
export function withoutMalformedCallbackUrl(req: NextRequest): NextResponse {
  const { origin, searchParams } = req.nextUrl;
  const badCookies = req.cookies
    .getAll()
    .filter(
      ({ name, value }) =>
        name.endsWith('next-auth.callback-url') &&
        !isCallbackUrl(value, origin),
    );
  for (const { name } of badCookies) req.cookies.delete(name);
  const request = { headers: req.headers };

  const param = searchParams.get('callbackUrl');
  const response =
    param !== null && !isCallbackUrl(param, origin)
      ? NextResponse.rewrite(withoutParam(req.nextUrl), { request })
      : NextResponse.next({ request });
  // ...and the browser forgets it. One set for a parent domain stays, since
  // no one here knows the domain, but never gets past this proxy.
  for (const { name } of badCookies)
    response.cookies.delete({ name, secure: name.startsWith('__Secure-') });
  // That Set-Cookie is this visitor's: no shared cache may keep it with the
  // page (Next.js sends static pages without any Cache-Control).
  if (badCookies.length > 0) response.headers.set('Cache-Control', PRIVATE);
  return response;
}
// #endregion proxy

function withoutParam(url: URL): URL {
  const clean = new URL(url);
  clean.searchParams.delete('callbackUrl');
  return clean;
}
