// lib/sign-in-limit.ts by itself: an attempt counts from the moment it
// starts, not once it has failed. In a real app, authorize() waits on a
// database or a slow password hash, so guesses sent together overlap. The
// demo's check never waits, so over HTTP they never do: here they overlap
// by construction, all started before any has finished.
import { describe, expect, it, vi } from 'vitest';

vi.stubEnv('SIGN_IN_LIMIT_PER_USERNAME', '3');
vi.stubEnv('SIGN_IN_LIMIT_PER_ADDRESS', '4');
const { countAttempt } = await import('../lib/sign-in-limit');

/** `count` attempts, all started before any has finished. */
const startTogether = <T>(count: number, attempt: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, i) => attempt(i)));

describe('countAttempt', () => {
  it('lets only 3 of 10 overlapping guesses at one username through', async () => {
    const attempts = await startTogether(10, (i) =>
      countAttempt('overlap', `192.0.2.${i}`),
    );
    expect(attempts.filter((a) => a.allowed)).toHaveLength(3);
  });

  it('lets only 4 of 10 overlapping guesses from one address through', async () => {
    const attempts = await startTogether(10, (i) =>
      countAttempt(`user-${i}`, '198.51.100.9'),
    );
    expect(attempts.filter((a) => a.allowed)).toHaveLength(4);
  });

  it('says how long to wait, in whole seconds of the window', async () => {
    const attempts = await startTogether(4, () =>
      countAttempt('waits', '203.0.113.1'),
    );
    const refused = attempts.find((a) => !a.allowed);
    expect(refused).toEqual({ allowed: false, retryAfter: 900 });
  });
});
