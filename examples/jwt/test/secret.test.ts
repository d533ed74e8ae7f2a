// The secret: lib/env's rules, and `next start` refusing to run without one.
import { describe, expect, it, vi } from 'vitest';
import { exitCodeWithin } from '../../../test/support/app-server';
import { resolveSecret } from '../lib/env';
import { launchApp } from './helpers';

describe('resolveSecret', () => {
  it.each([
    ['uses NEXTAUTH_SECRET in production', 's3cret', 'production', 's3cret'],
    ['uses NEXTAUTH_SECRET in development', 's3cret', 'development', 's3cret'],
    ['has no fallback in production', undefined, 'production', undefined],
    ['counts an empty value as none', '', 'production', undefined],
  ] as const)('%s', (_, NEXTAUTH_SECRET, NODE_ENV, expected) => {
    expect(resolveSecret({ NEXTAUTH_SECRET, NODE_ENV })).toBe(expected);
  });

  it('falls back to a development-only secret in development, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // lib/env warns once per process; forget that it already may have.
    delete (globalThis as { nextAuthExampleWarned?: boolean })
      .nextAuthExampleWarned;

    expect(resolveSecret({ NODE_ENV: 'development' })).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('NEXTAUTH_SECRET'),
    );
    warn.mockRestore();
  });
});

describe('next start', () => {
  // Empty counts as unset. Note that Next.js would still read a secret from
  // examples/jwt/.env.local when the variable is absent altogether.
  it.each([
    ['is not set', undefined],
    ['is empty', ''],
  ])(
    'exits with code 1 and says how to make one, when NEXTAUTH_SECRET %s',
    async (_, value) => {
      const port = Number(process.env.EXAMPLE_TEST_PORT ?? 3101) + 1;
      const server = launchApp(port, { NEXTAUTH_SECRET: value });

      // A server that starts anyway never exits by itself.
      expect(await exitCodeWithin(server)).toBe(1);
      expect(server.output()).toContain(
        'NEXTAUTH_SECRET is not set. Generate one with: openssl rand -base64 32',
      );
    },
  );
});
