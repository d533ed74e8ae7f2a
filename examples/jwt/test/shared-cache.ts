// Whether a shared cache (a CDN, a caching reverse proxy: one cache that
// serves many visitors) may store an answer and hand it to the next visitor,
// by the rules of HTTP caching, RFC 9111. http-cache-semantics implements
// them, but two of its choices store less than the RFC allows: trusted, they
// would hide answers a CDN may keep, so they are undone here.
// https://www.rfc-editor.org/rfc/rfc9111#section-3
import CachePolicy from 'http-cache-semantics';

export interface Stored {
  method?: string;
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
}

// #region may-store
/** RFC 9111 §3: may a shared cache store this answer at all? */
export function sharedCacheMayStore({
  method = 'GET',
  status,
  headers,
}: Stored): boolean {
  // `private="Set-Cookie"` names fields to leave out, and a shared cache may
  // store the rest (§5.2.2.7); the library reads it as a plain `private`.
  const cacheControl = (headers['cache-control'] ?? '')
    .replace(/\bprivate\s*=\s*("[^"]*"|[^,\s]*)/gi, '')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  const response = { ...headers, 'cache-control': cacheControl };
  const ask = (asStatus: number) =>
    new CachePolicy(
      { method, url: '/', headers: {} }, // a request without Authorization
      { status: asStatus, headers: response },
      { shared: true },
    ).storable();
  // Without directives, only the statuses RFC 9110 §15.1 calls heuristically
  // cacheable (200, 301, 308, 404…) may be stored; 307, 401 and 403 may not.
  // With `public`, `s-maxage`, `max-age` or `Expires`, any final status may.
  // The library stores only the statuses it knows (an RFC 7234 rule that RFC
  // 9111 dropped), so a 401 or 403 is asked again as a 307, which it knows
  // and stores only when told to.
  return ask(status) || (status >= 200 && ask(307));
}
// #endregion may-store
