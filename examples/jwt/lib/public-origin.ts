// The origin visitors use (https://app.example.com), decided the way the
// auth route decides it (next-auth's utils/detect-origin.ts). NEXTAUTH_URL
// wins. Without it, and only when AUTH_TRUST_HOST or VERCEL is set, the
// host and protocol that the reverse proxy in front forwards in
// X-Forwarded-Host and X-Forwarded-Proto. A page that compares a URL with
// its own origin must use this one: the Host header alone would call an
// https visitor's URL http, and next-auth's redirect callback would then
// find it off-site.
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether next-auth believes the X-Forwarded-* headers (its own test). Only
 * safe when nothing but the reverse proxy can reach the app.
 */
export const trustsForwardedHost = !!(
  process.env.VERCEL ?? process.env.AUTH_TRUST_HOST
);

// #region public-origin
/** The site's origin as this request's visitor sees it. */
export function publicOrigin(headers: IncomingHttpHeaders): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  // next-auth's own default, when nothing says where the site is.
  if (!trustsForwardedHost) return 'http://localhost:3000';
  const host = headers['x-forwarded-host'] ?? headers.host;
  // Like next-auth: https unless the reverse proxy says http.
  const protocol = headers['x-forwarded-proto'] === 'http' ? 'http' : 'https';
  return new URL(`${protocol}://${host}`).origin;
}
// #endregion public-origin
