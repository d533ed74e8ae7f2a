// The shape of the caching headers the guide shows (src/data/cache-headers.json):
// examples/jwt/test/cache-headers.test.ts records them from the running app, and
// CacheHeaders renders them.

/** What one visitor got from one route, as a cache in between sees it. */
export interface HeaderAnswer {
  status: number;
  /** Where a redirect sends them: this site's own origin left out. */
  location?: string;
  cacheControl: string | null;
  vary: string | null;
  /** The names of the cookies it sets, in order. */
  setCookie: string[];
  /** Whether a shared cache may store it, by RFC 9111 (examples/jwt/test/shared-cache.ts). */
  sharedCacheMayStore: boolean;
}

export type HeaderVisitor = 'signedOut' | 'member' | 'admin';

/** One route, each visitor. */
export type RecordedHeaders = {
  /** Only where it is not GET. */
  method?: string;
  /** Whether the visitors got different answers: then no one else may get theirs. */
  personal: boolean;
} & Record<HeaderVisitor, HeaderAnswer>;
