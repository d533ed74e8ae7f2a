// Session cookies that must never sign anyone in, made by a seeded generator:
// the same seed and the same ingredients give the same cookies, byte for byte,
// so a failing run can be replayed. Nothing here does I/O; tokens that need a
// key (another secret, an expired one, a JWS) are minted by the test and
// passed in as ingredients.
//
// Three facts about next-auth 4.24.15 (jose 4) shaped the generators, because
// a careless "hostile" cookie can still be a valid one:
// - base64url segments are decoded leniently (Buffer.from(…, 'base64')):
//   characters outside the alphabet are skipped, so *inserting* one changes
//   nothing. Edits here replace, drop or flip bytes instead.
// - the cookie can be split into `next-auth.session-token.0`, `.1`, … which
//   are joined in the order of their number: a real token cut in two, in
//   order, is a real session. Chunk mix-ups here are always out of order,
//   incomplete or mixed with other bytes.
// - every cookie whose *name* starts with `next-auth.session-token` is a
//   chunk, whatever follows.
import { createDecipheriv, hkdfSync } from 'node:crypto';
import { SESSION_COOKIE } from '../helpers';

// --- A seeded random source ---------------------------------------------------

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Buffer;
}

/** mulberry32: tiny, fast and good enough to pick test inputs. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    bytes: (length) => Buffer.from(Array.from({ length }, () => int(0, 255))),
  };
}

// --- Small pure helpers ---------------------------------------------------------

const BASE64URL = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
];

/** `length` random characters of the base64url alphabet. */
export function randomBase64url(random: Random, length: number): string {
  return Array.from({ length }, () => random.pick(BASE64URL)).join('');
}

/** A string's UTF-8 bytes, one character per byte, as a header carries them. */
export function utf8Bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

const b64json = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** The Cookie header of a session cookie with this value. */
const single = (value: string) => `${SESSION_COOKIE}=${value}`;

/** A Cookie header of session-cookie chunks: `[suffix, value]` pairs. */
const chunked = (pairs: ReadonlyArray<readonly [string, string]>) =>
  pairs
    .map(([suffix, value]) => `${SESSION_COOKIE}.${suffix}=${value}`)
    .join('; ');

/** The five parts of a compact JWE: header, key, iv, ciphertext, tag. */
function jweParts(token: string): string[] {
  const parts = token.split('.');
  if (parts.length !== 5) throw new Error(`not a compact JWE: ${token}`);
  return parts;
}

/** The key next-auth 4 derives from the secret for session tokens. */
export function sessionKey(secret: string, salt = ''): Buffer {
  const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`;
  return Buffer.from(hkdfSync('sha256', secret, salt, info, 32));
}

/**
 * What a session JWE's ciphertext decrypts to when nobody checks the
 * authentication tag: AES-GCM is a stream cipher underneath, so this works
 * for any ciphertext, edited or not. Only the tag tells them apart.
 */
export function decryptIgnoringTag(token: string, secret: string): string {
  const [, , iv = '', ciphertext = ''] = jweParts(token);
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sessionKey(secret),
    Buffer.from(iv, 'base64url'),
  );
  return decipher.update(Buffer.from(ciphertext, 'base64url')).toString();
}

/**
 * Rewrites a JWE's ciphertext so that, tag aside, it decrypts to `edited`
 * instead of `plaintext` (both the same length in bytes): XOR in the
 * difference. The tag is left as it was, so next-auth must reject it.
 */
export function editCiphertext(
  token: string,
  plaintext: string,
  edited: string,
): string {
  const parts = jweParts(token);
  const ciphertext = Buffer.from(parts[3] ?? '', 'base64url');
  const before = Buffer.from(plaintext);
  const after = Buffer.from(edited);
  if (before.length !== ciphertext.length || after.length !== before.length) {
    throw new Error('the edit must keep the plaintext length');
  }
  for (let i = 0; i < ciphertext.length; i++) {
    ciphertext[i] ^= before[i] ^ after[i];
  }
  parts[3] = ciphertext.toString('base64url');
  return parts.join('.');
}

/** Secrets that are not the app's: near misses, well-known ones, random. */
export function otherSecrets(
  seed: number,
  count: number,
  appSecret: string,
): string[] {
  const random = seededRandom(seed);
  const secrets = [
    `${appSecret} `,
    appSecret.slice(0, -1),
    appSecret.toUpperCase(),
    `${appSecret}${appSecret}`,
    'secret',
    'changeme',
    // lib/env.ts's fallback for `next dev`: a token from a dev server.
    'dev-only-secret-of-the-nextauth-example-never-use-it',
  ];
  while (secrets.length < count) {
    secrets.push(random.bytes(32).toString('base64'));
  }
  return secrets.slice(0, count);
}

// --- The generators -------------------------------------------------------------

export const HOSTILE_KINDS = [
  'random base64url',
  'random raw bytes',
  'empty',
  '8 KB long',
  'non-ASCII',
  'percent-encoding',
  'truncated real',
  'bit-flipped real',
  'spliced from two real',
  'segments reordered',
  'payload edited in place',
  'JWE-shaped noise',
  'another secret or salt',
  'expired',
  'alg: none',
  'signed JWS, app secret',
  'chunk mix-up',
] as const;

export type HostileKind = (typeof HOSTILE_KINDS)[number];

export interface HostileCookie {
  kind: HostileKind;
  /** The whole Cookie header, one character per byte. */
  header: string;
  /** The session cookie's value, when the header holds just that one. */
  value?: string;
}

export interface Ingredients {
  /** Two session cookies of the demo user, from two sign-ins. */
  realA: string;
  realB: string;
  /** What realA decrypts to, exactly (see decryptIgnoringTag). */
  realAPlaintext: string;
  /** JWEs encrypted with a key that is not the app's (secret or salt). */
  foreignKey: readonly string[];
  /** JWEs with the app's key whose `exp` has passed. */
  expired: readonly string[];
  /** Signed, not encrypted, tokens (JWS) made with the app's secret. */
  signed: readonly string[];
}

type Values = Array<[HostileKind, string]>;

function randomBase64urlCookies(random: Random, count: number): Values {
  return Array.from({ length: count }, (_, i) => {
    const length = random.int(1, 700);
    let value = randomBase64url(random, length);
    // Every third one shaped like a JWE: five parts.
    if (i % 3 === 0 && length > 8) {
      const cuts = [1, 2, 3, 4].map((n) => Math.floor((length * n) / 5));
      value = [0, ...cuts]
        .map((start, n) => value.slice(start, cuts[n] ?? length))
        .join('.');
    }
    return ['random base64url', value];
  });
}

/** Every byte a header value may carry: tab, printable ASCII, 0x80–0xFF. */
const HEADER_BYTES = [
  9,
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x80 }, (_, i) => 0x80 + i),
];

function rawByteCookies(random: Random, count: number): Values {
  return Array.from({ length: count }, () => {
    const length = random.int(1, 600);
    const bytes = Array.from({ length }, () => random.pick(HEADER_BYTES));
    return ['random raw bytes', String.fromCharCode(...bytes)];
  });
}

const EMPTY_HEADERS = [
  `${SESSION_COOKIE}=`,
  SESSION_COOKIE,
  `${SESSION_COOKIE}=""`,
  `${SESSION_COOKIE}= `,
  `${SESSION_COOKIE}=;`,
  `${SESSION_COOKIE}=; ${SESSION_COOKIE}=`,
  `; ${SESSION_COOKIE}=`,
  `${SESSION_COOKIE}=.`,
  `${SESSION_COOKIE}=....`,
  chunked([
    ['0', ''],
    ['1', ''],
  ]),
];

function longCookies(random: Random, count: number, real: string): Values {
  const size = 8 * 1024;
  const makers: Array<() => string> = [
    () => random.pick(['A', 'x', '.', '-', '_', '=', '%']).repeat(size),
    () => randomBase64url(random, size),
    () => real.repeat(Math.ceil(size / real.length)).slice(0, size),
    () => {
      const header = real.split('.')[0];
      return `${header}..${randomBase64url(random, size - header.length - 2)}`;
    },
    () =>
      Array.from({ length: 5 }, () => randomBase64url(random, size / 5 - 1))
        .join('.')
        .padEnd(size, 'A'),
    () => '%41'.repeat(Math.floor(size / 3)),
  ];
  return Array.from({ length: count }, (_, i) => [
    '8 KB long',
    makers[i % makers.length](),
  ]);
}

/** Right-to-left, zero-width, combining, emoji, CJK, BOM, noncharacters… */
const NON_ASCII = [
  ...'éüßΩЖשع中文한🔑😀ǅ',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\u0301',
  '\ufffd',
  '\u{10ffff}',
  '\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}',
];

function nonAsciiCookies(random: Random, count: number, real: string): Values {
  return Array.from({ length: count }, (_, i) => {
    if (i % 5 < 3) {
      const length = random.int(1, 60);
      const text = Array.from({ length }, () =>
        random.next() < 0.5 ? random.pick(NON_ASCII) : random.pick(BASE64URL),
      ).join('');
      return ['non-ASCII', utf8Bytes(text)];
    }
    // A real cookie with one character *replaced* (not inserted: the decoder
    // would skip an inserted one) by a non-ASCII one.
    const at = random.int(0, real.length - 1);
    const text =
      real.slice(0, at) + random.pick(NON_ASCII) + real.slice(at + 1);
    return ['non-ASCII', utf8Bytes(text)];
  });
}

const PERCENT_PIECES = [
  '%',
  '%Z',
  '%ZZ',
  '%E0%A4%A',
  '%C3%28',
  '%FF%FE',
  '%00',
  '%0D%0A',
  '%3B',
  '%2E',
  '%25',
  '%C0%AE',
  '%uFFFD',
  '%F0%9F%94',
];

function percentCookies(random: Random, count: number): Values {
  return Array.from({ length: count }, () => {
    const pieces = random.int(1, 12);
    const value = Array.from({ length: pieces }, () =>
      random.next() < 0.6
        ? random.pick(PERCENT_PIECES)
        : randomBase64url(random, random.int(1, 20)),
    ).join('');
    return ['percent-encoding', value];
  });
}

function truncatedCookies(random: Random, count: number, real: string): Values {
  return Array.from({ length: count }, (_, i) => {
    const cut = random.int(1, real.length - 1);
    if (i % 3 === 0) return ['truncated real', real.slice(0, cut)];
    if (i % 3 === 1) return ['truncated real', real.slice(cut)];
    // A piece missing from the middle.
    const end = random.int(cut + 1, real.length);
    return ['truncated real', real.slice(0, cut) + real.slice(end)];
  });
}

function bitFlippedCookies(
  random: Random,
  count: number,
  real: string,
): Values {
  const parts = jweParts(real);
  // Every part but the encrypted key, which is empty for `alg: dir`.
  const flippable = [0, 2, 3, 4];
  return Array.from({ length: count }, () => {
    const index = random.pick(flippable);
    const bytes = Buffer.from(parts[index], 'base64url');
    const flips = new Set<number>();
    const wanted = random.int(1, 3);
    while (flips.size < wanted) flips.add(random.int(0, bytes.length * 8 - 1));
    for (const bit of flips) bytes[bit >> 3] ^= 1 << (bit & 7);
    const copy = [...parts];
    copy[index] = bytes.toString('base64url');
    return ['bit-flipped real', copy.join('.')];
  });
}

function splicedCookies(realA: string, realB: string): Values {
  const a = jweParts(realA);
  const b = jweParts(realB);
  const values: string[] = [];
  // iv, ciphertext and tag each from A or B; the header and the (empty) key
  // are the same in both. All from A or all from B would be a real token.
  for (let mask = 1; mask < 7; mask++) {
    const pick = (part: number, bit: number) =>
      (mask & bit ? b : a)[part] ?? '';
    values.push([a[0], a[1], pick(2, 1), pick(3, 2), pick(4, 4)].join('.'));
  }
  values.push(
    `${realA}.${b[4]}`, // six parts
    a.slice(0, 4).join('.'), // four parts: no tag
    `${realA}.${realA}`, // ten parts
    `${realA}${realB}`, // two tokens run together
    [a[0], a[1], a[2], a[3], a[2]].join('.'), // the iv where the tag goes
    [a[0], a[1], a[2], a[3], ''].join('.'), // an empty tag
  );
  return values.map((value) => ['spliced from two real', value]);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}

/** All 119 other orders of the five parts (they are all different). */
function reorderedCookies(real: string): Values {
  return permutations(jweParts(real))
    .map((parts) => parts.join('.'))
    .filter((value) => value !== real)
    .map((value) => ['segments reordered', value]);
}

/** Same-length edits of the payload: each would be a privilege escalation. */
const PAYLOAD_EDITS: Array<[RegExp, (match: string) => string]> = [
  [/"role":"member"/, () => '"role":"admin" '],
  [/"sub":"demo"/, () => '"sub":"root"'],
  [/"name":"Demo User"/, () => '"name":"Mallory!!"'],
  [/"email":"demo@example.com"/, () => '"email":"root@example.com"'],
  [
    /"exp":\d/,
    (match) => `${match.slice(0, -1)}${match.endsWith('9') ? 8 : 9}`,
  ],
];

/** Every non-empty combination of PAYLOAD_EDITS that applies. */
function editedCookies(real: string, plaintext: string): Values {
  const applicable = PAYLOAD_EDITS.filter(([pattern]) =>
    pattern.test(plaintext),
  );
  const values: Values = [];
  for (let mask = 1; mask < 1 << applicable.length; mask++) {
    let edited = plaintext;
    applicable.forEach(([pattern, replace], i) => {
      if (mask & (1 << i)) edited = edited.replace(pattern, replace);
    });
    values.push([
      'payload edited in place',
      editCiphertext(real, plaintext, edited),
    ]);
  }
  return values;
}

/** The real header, then random parts of the right lengths. */
function jweNoiseCookies(random: Random, count: number, real: string): Values {
  const header = real.split('.')[0];
  return Array.from({ length: count }, () => [
    'JWE-shaped noise',
    [
      header,
      '',
      random.bytes(12).toString('base64url'),
      random.bytes(random.int(1, 400)).toString('base64url'),
      random.bytes(16).toString('base64url'),
    ].join('.'),
  ]);
}

const NONE_HEADERS = [
  { alg: 'none' },
  { alg: 'none', typ: 'JWT' },
  { alg: 'None' },
  { alg: 'NONE' },
  { alg: 'nOnE', typ: 'JWT' },
  { typ: 'JWT' },
  { alg: '' },
  { alg: 'dir', enc: 'none' },
];

/** Unsigned tokens, three parts (and a few JWE-shaped ones), claiming a lot. */
function algNoneCookies(random: Random, count: number): Values {
  return Array.from({ length: count }, (_, i) => {
    const header = b64json(NONE_HEADERS[i % NONE_HEADERS.length]);
    const payload = b64json({
      name: 'Demo User',
      email: 'demo@example.com',
      sub: 'demo',
      role: random.pick(['admin', 'member']),
      iat: 1_700_000_000,
      exp: 4_102_444_800, // 2100
      jti: randomBase64url(random, 22),
    });
    const signature = random.pick(['', 'AAAA', randomBase64url(random, 43)]);
    const value =
      i % 5 === 4
        ? [header, '', randomBase64url(random, 16), payload, ''].join('.')
        : `${header}.${payload}.${signature}`;
    return ['alg: none', value];
  });
}

function chunkCookies(
  random: Random,
  count: number,
  realA: string,
  realB: string,
): Array<[HostileKind, string]> {
  const garbage = () => randomBase64url(random, random.int(1, 400));
  let common = 0;
  while (realA[common] === realB[common]) common++;
  const shortest = Math.min(realA.length, realB.length);
  const variants: Array<() => string> = [
    () => {
      const cut = random.int(1, realA.length - 1);
      return chunked([
        ['0', realA.slice(cut)],
        ['1', realA.slice(0, cut)],
      ]);
    },
    () => chunked([['0', realA.slice(0, random.int(1, realA.length - 1))]]),
    () => chunked([['1', realA.slice(random.int(1, realA.length - 1))]]),
    () =>
      chunked([
        ['0', realA.slice(0, random.int(1, realA.length - 1))],
        ['1', garbage()],
      ]),
    () =>
      chunked([
        ['0', garbage()],
        ['1', realA.slice(random.int(1, realA.length - 1))],
      ]),
    () => {
      // The first half of one real token, the second of another.
      const cut = random.int(common + 1, shortest - 1);
      return chunked([
        ['0', realA.slice(0, cut)],
        ['1', realB.slice(cut)],
      ]);
    },
    () => {
      // Three chunks, numbered out of order.
      const first = random.int(1, realA.length - 2);
      const second = random.int(first + 1, realA.length - 1);
      const pieces = [
        realA.slice(0, first),
        realA.slice(first, second),
        realA.slice(second),
      ];
      const order = random.pick([
        [2, 0, 1],
        [1, 2, 0],
        [0, 2, 1],
        [1, 0, 2],
        [2, 1, 0],
      ]);
      return chunked(order.map((piece, n) => [`${n}`, pieces[piece]] as const));
    },
    // The whole token, plus a chunk of garbage that gets joined to it.
    () => `${single(realA)}; ${SESSION_COOKIE}.0=${garbage()}`,
    () => {
      const cut = random.int(1, realA.length - 1);
      return chunked([
        ['0', realA.slice(0, cut)],
        ['1', realA.slice(cut)],
        ['2', garbage()],
      ]);
    },
    () => {
      // One character lost at the seam.
      const cut = random.int(1, realA.length - 2);
      return chunked([
        ['0', realA.slice(0, cut)],
        ['1', realA.slice(cut + 1)],
      ]);
    },
  ];
  return Array.from({ length: count }, (_, i) => [
    'chunk mix-up',
    variants[i % variants.length](),
  ]);
}

/** How many of each random kind; the others are as many as they come. */
export const RANDOM_COUNTS = {
  'random base64url': 150,
  'random raw bytes': 150,
  '8 KB long': 24,
  'non-ASCII': 100,
  'percent-encoding': 40,
  'truncated real': 100,
  'bit-flipped real': 200,
  'JWE-shaped noise': 50,
  'alg: none': 40,
  'chunk mix-up': 60,
} satisfies Partial<Record<HostileKind, number>>;

/** Every hostile cookie, in a fixed order, from `seed` and `ingredients`. */
export function hostileCookies(
  seed: number,
  ingredients: Ingredients,
): HostileCookie[] {
  const random = seededRandom(seed);
  const { realA, realB } = ingredients;
  const n = RANDOM_COUNTS;
  const values: Values = [
    ...randomBase64urlCookies(random, n['random base64url']),
    ...rawByteCookies(random, n['random raw bytes']),
    ...longCookies(random, n['8 KB long'], realA),
    ...nonAsciiCookies(random, n['non-ASCII'], realA),
    ...percentCookies(random, n['percent-encoding']),
    ...truncatedCookies(random, n['truncated real'], realA),
    ...bitFlippedCookies(random, n['bit-flipped real'], realA),
    ...splicedCookies(realA, realB),
    ...reorderedCookies(realA),
    ...editedCookies(realA, ingredients.realAPlaintext),
    ...jweNoiseCookies(random, n['JWE-shaped noise'], realA),
    ...ingredients.foreignKey.map((v): [HostileKind, string] => [
      'another secret or salt',
      v,
    ]),
    ...ingredients.expired.map((v): [HostileKind, string] => ['expired', v]),
    ...algNoneCookies(random, n['alg: none']),
    ...ingredients.signed.map((v): [HostileKind, string] => [
      'signed JWS, app secret',
      v,
    ]),
  ];
  return [
    ...EMPTY_HEADERS.map((header) => ({ kind: 'empty' as const, header })),
    ...values.map(([kind, value]) => ({ kind, header: single(value), value })),
    ...chunkCookies(random, n['chunk mix-up'], realA, realB).map(
      ([kind, header]) => ({ kind, header }),
    ),
  ];
}
