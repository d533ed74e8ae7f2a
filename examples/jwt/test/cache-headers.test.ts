// What a shared cache (a CDN, a caching reverse proxy) would be allowed to
// do with every answer of the app. An answer that differs by visitor, or
// that sets a cookie (getServerSession re-issues the session cookie), must
// never be stored and served to the next visitor: that hands one visitor's
// page, and their session, to someone else. Also records the headers into
// the file the guide renders its table from; `vitest -u` rewrites it,
// otherwise a difference fails, like recorded-responses.test.ts.
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { RecordedHeaders } from '../../../src/data/recorded-headers';
import { ROUTES } from '../lib/routes';
import { recordHeaders, storedButPersonal } from './cache-headers';
import { Browser } from './helpers';
import { sharedCacheMayStore } from './shared-cache';

const baseUrl = inject('exampleBaseUrl');
const RECORD = '../../../src/data/cache-headers.json';

let record: Record<string, RecordedHeaders>;
beforeAll(async () => {
  record = await recordHeaders(baseUrl);
});

describe('every route, for each visitor', () => {
  it('no shared cache may store an answer that is personal or sets a cookie', () => {
    expect(storedButPersonal(record)).toEqual([]);
  });

  it('the guide shows the headers the app sends', async () => {
    // As `npm run format` would leave it, so that formatting the tree
    // changes nothing here.
    const file = fileURLToPath(new URL(RECORD, import.meta.url));
    const options = { ...(await resolveConfig(file)), filepath: file };
    const json = await format(JSON.stringify(record), options);
    await expect(json).toMatchFileSnapshot(RECORD);
  });
});

describe('a malformed callback-url cookie, which the proxy deletes', () => {
  // The proxy's Set-Cookie can land on any route it lets through, static
  // pages included, which Next.js sends without Cache-Control.
  it.each(ROUTES.map(({ path }) => path))(
    'its deletion at %s is never stored for others',
    async (path) => {
      const browser = new Browser(baseUrl);
      browser.setCookie('next-auth.callback-url', 'foo');
      const response = await browser.request(path);
      const { status } = response;
      const headers = Object.fromEntries(response.headers);
      const setsCookie = response.headers.getSetCookie().length > 0;
      expect(setsCookie && sharedCacheMayStore({ status, headers })).toBe(
        false,
      );
    },
  );
});
