// Who is asking: the client's address, for the sign-in limit. proxy-addr is
// what Express uses; TRUST_PROXY takes the values of Express's `trust proxy`.
// https://expressjs.com/en/guide/behind-proxies.html
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

// #region trust-proxy
// Anyone can send X-Forwarded-For. Trusted without a reverse proxy in front
// that sets it, it would let a guesser pick a fresh address for every try.
// So unset means trust nothing: the address is the socket's own.
// Written by hand because Express keeps this parser in its internal utils.
export function compileTrust(value = '') {
  const setting = value.trim();
  if (setting === '' || setting === 'false') return () => false;
  // true: the leftmost address, which the client itself may have written.
  if (setting === 'true') return () => true;
  // A hop count n: the n reverse proxies nearest the app are trusted.
  if (/^\d+$/.test(setting)) return (_: string, hop: number) => hop < +setting;
  try {
    // loopback, linklocal, uniquelocal, addresses and CIDRs, comma-separated.
    return proxyaddr.compile(setting.split(',').map((part) => part.trim()));
  } catch (error) {
    throw new Error(
      `TRUST_PROXY="${value}": ${(error as Error).message}. Use loopback, ` +
        'a hop count, or addresses and CIDRs separated by commas.',
    );
  }
}

const trust = compileTrust(process.env.TRUST_PROXY);

/** The socket's address, or the one a trusted reverse proxy saw. */
export function clientAddress(req: IncomingMessage): string {
  return proxyaddr(req, trust);
}
// #endregion trust-proxy

/**
 * The key to count an address under. An IPv6 visitor usually holds a whole
 * /64, so the limit counts the /64; anything that is not an address (a
 * trusted proxy passing garbage through) shares a single key.
 */
export function addressKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'not-an-address';
  const ip = ipaddr.process(address); // ::ffff:1.2.3.4 is 1.2.3.4
  if (ip.kind() === 'ipv4') return ip.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${ip}/64`)}/64`;
}
