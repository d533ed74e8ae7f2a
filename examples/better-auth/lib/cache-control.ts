// What an answer that depends on the session tells the caches on its way.
// A shared cache (a CDN, a caching reverse proxy) that stored one would serve
// one visitor's data, and the session cookie getServerSession re-issues with
// it, to the next. Next.js marks server-rendered pages `private` by itself,
// but sends nothing for API routes and route handlers, and then a 200 may be
// stored (RFC 9111 §4.2.2). So each of those that reads the session says so.
// https://www.rfc-editor.org/rfc/rfc9111#name-private
import { NextResponse } from 'next/server';

// #region private
/**
 * `private`: no shared cache may store it. `no-store`: nor may the
 * browser's own cache, where the next user of a shared computer finds it.
 */
export const PRIVATE = 'private, no-store';

/** NextResponse.json() for a route handler's answer to one visitor. */
export function privateJson<Body>(
  body: Body,
  init?: ResponseInit,
): NextResponse<Body> {
  const response = NextResponse.json(body, init);
  response.headers.set('Cache-Control', PRIVATE);
  return response;
}
// #endregion private
