// lib/client-address.ts by itself: TRUST_PROXY read as Express reads its
// `trust proxy` setting, and the key an address is counted under.
import { describe, expect, it } from 'vitest';
import { addressKey, compileTrust } from '../lib/client-address';

describe('compileTrust(TRUST_PROXY)', () => {
  // proxy-addr asks about each hop, nearest first: the socket is hop 0.
  it.each([
    ['unset', undefined, [['127.0.0.1', 0, false]]],
    ['empty', '', [['127.0.0.1', 0, false]]],
    ['false', 'false', [['127.0.0.1', 0, false]]],
    ['true', 'true', [['203.0.113.7', 5, true]]],
    [
      'a hop count',
      '2',
      [
        ['203.0.113.7', 0, true],
        ['203.0.113.7', 1, true],
        ['127.0.0.1', 2, false],
      ],
    ],
    [
      'loopback',
      ' loopback ',
      [
        ['127.0.0.1', 0, true],
        ['::1', 0, true],
        ['::ffff:127.0.0.1', 0, true],
        ['10.0.0.1', 0, false],
      ],
    ],
    [
      'addresses and CIDRs',
      '10.0.0.0/8, 192.168.1.1',
      [
        ['10.1.2.3', 0, true],
        ['192.168.1.1', 1, true],
        ['192.168.1.2', 0, false],
        ['not-an-ip', 0, false],
      ],
    ],
  ] as const)('%s', (_, value, cases) => {
    const trust = compileTrust(value);
    for (const [address, hop, trusted] of cases) {
      expect(trust(address, hop), `${address} at hop ${hop}`).toBe(trusted);
    }
  });

  it('refuses a value it cannot read, and says what it takes', () => {
    expect(() => compileTrust('loopback, nonsense')).toThrow(
      'TRUST_PROXY="loopback, nonsense": invalid IP address: nonsense. ' +
        'Use loopback, a hop count, or addresses and CIDRs separated by commas.',
    );
  });
});

describe('addressKey', () => {
  it.each([
    ['an IPv4 address, as it is', '203.0.113.7', '203.0.113.7'],
    [
      'an IPv4-mapped IPv6 address, as IPv4',
      '::ffff:203.0.113.7',
      '203.0.113.7',
    ],
    [
      'an IPv6 address, by its /64',
      '2001:db8:1:2:3:4:5:6',
      '2001:db8:1:2::/64',
    ],
    [
      'another address of that /64, the same',
      '2001:db8:1:2:ffff::1',
      '2001:db8:1:2::/64',
    ],
    ['anything else, under one key', 'not-an-ip', 'not-an-address'],
    ['nothing, under that key too', undefined, 'not-an-address'],
  ])('counts %s', (_, address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
