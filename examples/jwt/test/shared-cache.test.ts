// The rule the cache-header test applies (shared-cache.ts), case by case:
// the answer's method, status and headers, and whether a shared cache may
// store it under RFC 9111. Needs no server.
import { describe, expect, it } from 'vitest';
import { sharedCacheMayStore } from './shared-cache';

const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';

// [method, status, Cache-Control (or other headers), may store]
const CASES: [string, number, Record<string, string>, boolean][] = [
  // 200 is heuristically cacheable: without a directive, a cache may keep it.
  ['GET', 200, {}, true],
  ['GET', 200, { 'cache-control': NEXT_DYNAMIC }, false],
  ['GET', 200, { 'cache-control': 'private, no-store' }, false],
  ['GET', 200, { 'cache-control': 'private' }, false],
  ['GET', 200, { 'cache-control': 'no-store' }, false],
  ['GET', 200, { 'cache-control': 'private, s-maxage=60' }, false],
  ['GET', 200, { 'cache-control': 'public, s-maxage=60' }, true],
  ['GET', 200, { 'cache-control': 's-maxage=31536000' }, true],
  // Stored, though it must be checked with the server before each reuse.
  ['GET', 200, { 'cache-control': 'no-cache' }, true],
  ['GET', 200, { 'cache-control': 'max-age=0' }, true],
  // Only Set-Cookie is kept back: the page itself may be stored.
  ['GET', 200, { 'cache-control': 'private="Set-Cookie"' }, true],
  ['GET', 200, { 'cache-control': 'private="Set-Cookie", no-store' }, false],
  // Pragma is not Cache-Control: it does not stop a cache storing.
  ['GET', 200, { pragma: 'no-cache' }, true],
  ['GET', 200, { expires: '0' }, true],
  // A permanent redirect is heuristically cacheable; a temporary one is not.
  ['GET', 308, {}, true],
  ['GET', 307, {}, false],
  ['GET', 302, {}, false],
  ['GET', 307, { 'cache-control': 's-maxage=60' }, true],
  ['GET', 307, { 'cache-control': 'public' }, true],
  ['GET', 307, { 'cache-control': NEXT_DYNAMIC }, false],
  // 401 and 403 are not heuristically cacheable, but explicit freshness or
  // `public` lets a shared cache store them (RFC 9111 §3).
  ['GET', 401, {}, false],
  ['GET', 401, { 'cache-control': 'public, max-age=60' }, true],
  ['GET', 403, {}, false],
  ['GET', 403, { 'cache-control': 's-maxage=60' }, true],
  ['GET', 403, { 'cache-control': 'private, no-store' }, false],
  ['GET', 404, {}, true],
  // A POST answer only with explicit freshness.
  ['POST', 200, {}, false],
  ['POST', 200, { 'cache-control': 's-maxage=60' }, true],
];

describe('sharedCacheMayStore', () => {
  it.each(CASES)('%s %i %o → %s', (method, status, headers, expected) => {
    expect(sharedCacheMayStore({ method, status, headers })).toBe(expected);
  });
});
