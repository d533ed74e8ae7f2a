// Session cookies that are not a valid session, made from a real one: what
// every helper must turn into null, so every route treats them as signed out.
// (The security suite sends over a thousand more; these are the readable few.)
import { encode } from 'next-auth/jwt';
import { TEST_SECRET } from './helpers';

/** Flips one character in the middle of the longest part of the JWE. */
export function tamper(token: string): string {
  const parts = token.split('.');
  const longest = parts.reduce(
    (a, b, i) => (b.length > parts[a].length ? i : a),
    0,
  );
  const part = parts[longest];
  const middle = Math.floor(part.length / 2);
  const flipped = part[middle] === 'A' ? 'B' : 'A';
  parts[longest] = part.slice(0, middle) + flipped + part.slice(middle + 1);
  return parts.join('.');
}

/** Named invalid cookie values, derived from the valid `sessionCookie`. */
export async function invalidSessionCookies(
  sessionCookie: string,
): Promise<Record<string, string>> {
  return {
    'tampered (one character flipped)': tamper(sessionCookie),
    'encrypted with another secret': await encode({
      token: { name: 'Mallory', role: 'member' },
      secret: 'not-the-secret-of-this-app',
    }),
    expired: await encode({
      token: { name: 'Demo User', role: 'member' },
      secret: TEST_SECRET,
      maxAge: -60,
    }),
    empty: '',
    garbage: 'garbage',
    'five empty JWE parts': '....',
    'JWE-shaped noise':
      'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC',
    'very long': 'x'.repeat(4000),
  };
}
