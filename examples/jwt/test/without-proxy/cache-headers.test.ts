// The cache rule of ../cache-headers.test.ts on the build without proxy.ts:
// every answer that is personal or sets a cookie says so itself, since a
// header only the proxy added would be gone here.
import { expect, inject, it } from 'vitest';
import { recordHeaders, storedButPersonal } from '../cache-headers';

const baseUrl = inject('withoutProxyBaseUrl');
const distDir = inject('withoutProxyDistDir');

it('no shared cache may store an answer that is personal or sets a cookie', async () => {
  const record = await recordHeaders(baseUrl, { distDir });
  expect(storedButPersonal(record)).toEqual([]);
});
