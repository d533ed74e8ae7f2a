// The secret: lib/env's rules, and `next start` refusing to run without one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveSecret } from '../lib/env';
import { serverEnv, startNext } from './helpers';

describe('resolveSecret', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('uses NEXTAUTH_SECRET whenever it is set', () => {
    expect(
      resolveSecret({ NEXTAUTH_SECRET: 's3cret', NODE_ENV: 'production' }),
    ).toBe('s3cret');
    expect(
      resolveSecret({ NEXTAUTH_SECRET: 's3cret', NODE_ENV: 'development' }),
    ).toBe('s3cret');
  });

  it('falls back to a development-only secret in development, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // lib/env warns once per process; forget that it already may have.
    delete (globalThis as { nextAuthExampleWarned?: boolean })
      .nextAuthExampleWarned;

    expect(resolveSecret({ NODE_ENV: 'development' })).toEqual(
      expect.any(String),
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('NEXTAUTH_SECRET'),
    );
  });

  it('has no fallback in production, even for an empty value', () => {
    expect(resolveSecret({ NODE_ENV: 'production' })).toBeUndefined();
    expect(
      resolveSecret({ NEXTAUTH_SECRET: '', NODE_ENV: 'production' }),
    ).toBeUndefined();
  });
});

describe('next start', () => {
  // Empty counts as unset. Note that Next.js would still read a secret from
  // examples/.env.local when the variable is absent altogether.
  it.each([
    ['is not set', undefined],
    ['is empty', ''],
  ])('exits non-zero, naming NEXTAUTH_SECRET, when it %s', async (_, value) => {
    const server = startNext(
      Number(process.env.EXAMPLE_TEST_PORT ?? 3101) + 1,
      serverEnv({ NEXTAUTH_SECRET: value }),
    );
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), 30_000),
    );

    const code = await Promise.race([server.exited, timeout]);
    await server.stop();

    expect(code).not.toBe('timeout');
    expect(code).not.toBe(0);
    expect(server.output()).toContain(
      'NEXTAUTH_SECRET is not set. Generate one with: openssl rand -base64 32',
    );
  });
});
