import { describe, expect, it } from 'vitest';
import { benchCases } from '../../bench/lib/auth-load.mjs';
import {
  TABLE_HEADER,
  addRatios,
  combineSlices,
  compareRatios,
  faults,
  formatNumber,
  formatTable,
  intOption,
  percentile,
  rowForJson,
  schedule,
  statusAccounting,
  tableRow,
  type BenchCase,
  type CaseFigures,
  type Slice,
} from '../../bench/lib/auth-stats.mjs';

/** A hand-made slice: `statuses` by code, latencies 1, 2, 3… ms. */
function slice({
  seconds = 2,
  errors = 0,
  timeouts = 0,
  statuses = { 200: 100 } as Record<number, number>,
  latenciesMs,
}: {
  seconds?: number;
  errors?: number;
  timeouts?: number;
  statuses?: Record<number, number>;
  latenciesMs?: number[];
} = {}): Slice {
  const statusCodeStats: Slice['statusCodeStats'] = {};
  let requests = 0;
  for (const [code, count] of Object.entries(statuses)) {
    statusCodeStats[code] = { count };
    requests += count;
  }
  return {
    seconds,
    requests,
    errors,
    timeouts,
    statusCodeStats,
    latenciesMs:
      latenciesMs ?? Array.from({ length: requests }, (_, i) => i + 1),
  };
}

const baselineIn: BenchCase = {
  name: 'baseline (no auth)',
  route: '/api/health',
  signedIn: true,
  expectedStatus: 200,
  baseline: true,
};
const baselineOut: BenchCase = { ...baselineIn, signedIn: false };
const tokenIn: BenchCase = {
  name: 'getToken',
  route: '/api/get-token-example',
  signedIn: true,
  expectedStatus: 200,
};
const tokenOut: BenchCase = {
  ...tokenIn,
  signedIn: false,
  expectedStatus: 401,
};

/** A clean case measured at `requestsPerSecond` over 10 s. */
function figures(c: BenchCase, requestsPerSecond: number): CaseFigures {
  return combineSlices(
    [
      slice({
        seconds: 10,
        statuses: { [c.expectedStatus]: requestsPerSecond * 10 },
        latenciesMs: [5],
      }),
    ],
    c,
  );
}

describe('benchCases', () => {
  it('has every route signed in (200) and signed out (401, the baseline 200)', () => {
    const cases = benchCases();

    expect(cases).toHaveLength(8);
    expect(cases.map((c) => [c.route, c.signedIn, c.expectedStatus])).toEqual([
      ['/api/health', true, 200],
      ['/api/health', false, 200],
      ['/api/get-session-example', true, 200],
      ['/api/get-session-example', false, 401],
      ['/api/get-token-example', true, 200],
      ['/api/get-token-example', false, 401],
      ['/api/get-session-v3-style', true, 200],
      ['/api/get-session-v3-style', false, 401],
    ]);
    expect(cases.filter((c) => c.baseline).map((c) => c.route)).toEqual([
      '/api/health',
      '/api/health',
    ]);
  });
});

describe('statusAccounting', () => {
  it('counts every status, sorted, and those other than the expected one', () => {
    expect(
      statusAccounting(
        { 503: { count: 2 }, 200: { count: 95 }, 401: { count: 3 } },
        200,
      ),
    ).toEqual({
      statuses: { 200: 95, 401: 3, 503: 2 },
      total: 100,
      unexpected: 5,
    });
  });

  it('treats a 401 as expected when it is (signed out), and a 200 as unexpected', () => {
    expect(
      statusAccounting({ 401: { count: 10 }, 200: { count: 1 } }, 401),
    ).toMatchObject({ unexpected: 1, total: 11 });
  });

  it('skips empty entries and is zero for no responses', () => {
    expect(
      statusAccounting({ 200: { count: 0 }, 500: undefined }, 200),
    ).toEqual({ statuses: {}, total: 0, unexpected: 0 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank: the smallest value with p% at or below it', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7, 9], 50)).toBe(7);
    expect(percentile([7, 9], 51)).toBe(9);
    expect(percentile([4], 99)).toBe(4);
    expect(percentile([4], 0)).toBe(4);
  });

  it('is null without values', () => {
    expect(percentile([], 50)).toBeNull();
  });
});

describe('combineSlices', () => {
  it('adds up the slices: req/s over all seconds, percentiles over all responses', () => {
    const f = combineSlices(
      [
        slice({
          seconds: 2,
          statuses: { 401: 300 },
          latenciesMs: Array.from({ length: 300 }, () => 10),
        }),
        slice({
          seconds: 2,
          errors: 4,
          timeouts: 1,
          statuses: { 401: 95, 500: 5 },
          latenciesMs: Array.from({ length: 100 }, (_, i) => 100 + i),
        }),
      ],
      tokenOut,
    );

    expect(f).toEqual({
      ...tokenOut,
      requestsPerSecond: 100,
      seconds: 4,
      requests: 400,
      p50Ms: 10,
      p99Ms: 195, // rank 396 of 400: the 96th of 100…199
      errors: 4,
      timeouts: 1,
      non2xx: 400,
      unexpected: 5,
      statuses: { 401: 395, 500: 5 },
    });
  });

  it('is zero req/s and null latencies when nothing answered', () => {
    expect(
      combineSlices([slice({ statuses: {}, latenciesMs: [] })], tokenIn),
    ).toMatchObject({
      requestsPerSecond: 0,
      requests: 0,
      p50Ms: null,
      p99Ms: null,
    });
    expect(combineSlices([], tokenIn).requestsPerSecond).toBe(0);
  });
});

describe('schedule', () => {
  it('goes through every case each round, every other round backwards', () => {
    expect(
      schedule(['A', 'B', 'C'], 3).map(({ item, round }) => `${round}${item}`),
    ).toEqual(['0A', '0B', '0C', '1C', '1B', '1A', '2A', '2B', '2C']);
  });

  it('is the cases in order for one round', () => {
    expect(schedule(['A', 'B'], 1).map(({ item }) => item)).toEqual(['A', 'B']);
  });
});

describe('addRatios', () => {
  it('divides by the baseline with the same session state', () => {
    const rows = addRatios([
      figures(baselineIn, 2000),
      figures(baselineOut, 2500),
      figures(tokenIn, 1500),
      figures(tokenOut, 2000),
    ]);

    expect(rows.map((r) => r.ratio)).toEqual([1, 1, 0.75, 0.8]);
  });

  it('is null without a baseline, or when the baseline measured nothing', () => {
    expect(addRatios([figures(tokenIn, 1500)])[0]?.ratio).toBeNull();
    expect(
      addRatios([figures(baselineIn, 0), figures(tokenIn, 1500)])[1]?.ratio,
    ).toBeNull();
  });
});

describe('faults', () => {
  it('is empty when every case is clean', () => {
    expect(faults([figures(tokenIn, 10), figures(tokenOut, 10)])).toEqual([]);
  });

  it('names errors, timeouts, unexpected statuses and silent cases', () => {
    const withErrors = combineSlices(
      [slice({ errors: 3, timeouts: 2, statuses: { 200: 10 } })],
      tokenIn,
    );
    const wrongStatus = combineSlices(
      [slice({ statuses: { 401: 7, 200: 2 } })],
      tokenOut,
    );
    const silent = combineSlices([slice({ statuses: {} })], tokenIn);

    expect(faults([withErrors, wrongStatus, silent])).toEqual([
      'getToken, signed in: 3 errors (2 timeouts)',
      'getToken, signed out: 2× 200 where 401 was expected',
      'getToken, signed in: no responses at all',
    ]);
  });
});

describe('formatting', () => {
  it('formats numbers with separators, a dash for nothing', () => {
    expect(formatNumber(12345.678)).toBe('12,346');
    expect(formatNumber(0.7512, 2)).toBe('0.75');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('makes one row per case, in the header order', () => {
    const [row] = addRatios([
      { ...figures(tokenIn, 1523.4), p50Ms: 31, p99Ms: 180, errors: 2 },
    ]);
    expect(row && tableRow(row)).toEqual([
      'getToken, signed in',
      '/api/get-token-example',
      '1,523',
      '31.0',
      '180.0',
      '2',
      '0',
      '–',
    ]);
    expect(TABLE_HEADER).toHaveLength(8);
  });

  it('aligns the table: text left, numbers right, ratios with ×', () => {
    const table = formatTable(
      addRatios([figures(baselineIn, 3000), figures(tokenIn, 2250)]),
    );
    const lines = table.split('\n');

    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^case\s+route\s+req\/s\s+p50 ms/);
    expect(lines[1]).toMatch(
      /^baseline \(no auth\), signed in\s+\/api\/health\s+3,000\s.*1\.00×$/,
    );
    expect(lines[2]).toMatch(
      /^getToken, signed in\s+\/api\/get-token-example\s+2,250\s.*0\.75×$/,
    );
    // Right-aligned numbers end in the same column.
    const reqEnd = (line: string) => line.indexOf('req/s') + 'req/s'.length;
    expect(lines[1]?.slice(0, reqEnd(lines[0] ?? '')).endsWith('3,000')).toBe(
      true,
    );
  });
});

describe('rowForJson', () => {
  it('keeps only the digits that mean something', () => {
    const [row] = addRatios([
      { ...figures(tokenIn, 1523.456), p50Ms: 31.23456, p99Ms: null },
    ]);
    expect(row && rowForJson({ ...row, ratio: 0.7512345 })).toMatchObject({
      requestsPerSecond: 1523.5,
      p50Ms: 31.23,
      p99Ms: null,
      seconds: 10,
      ratio: 0.751,
    });
  });
});

describe('compareRatios', () => {
  const run = (ratio: number | null) => [
    { name: 'getToken', signedIn: true, ratio },
  ];

  it('agrees within 10% of the earlier ratio, not beyond', () => {
    expect(compareRatios(run(0.5), run(0.54))).toEqual({
      cases: [
        {
          label: 'getToken, signed in',
          previous: 0.5,
          current: 0.54,
          difference: expect.closeTo(0.08, 10),
          agrees: true,
        },
      ],
      allAgree: true,
    });
    expect(compareRatios(run(0.5), run(0.56)).allAgree).toBe(false);
    expect(compareRatios(run(0.5), run(0.56), 0.15).allAgree).toBe(true);
  });

  it('matches cases by name and session state, and skips what it cannot compare', () => {
    const previous = [{ name: 'getToken', signedIn: false, ratio: 0.5 }];
    expect(compareRatios(previous, run(0.9)).cases).toEqual([]);
    expect(compareRatios(run(null), run(0.9)).cases).toEqual([]);
    expect(compareRatios(run(0), run(0.9)).cases).toEqual([]);
  });
});

describe('intOption', () => {
  it('returns the fallback when absent and the number when valid', () => {
    expect(intOption(undefined, 'duration', 10, 1, 600)).toBe(10);
    expect(intOption('2', 'duration', 10, 1, 600)).toBe(2);
  });

  it.each(['0', '601', '1.5', 'ten', ''])('rejects %j', (raw) => {
    expect(() => intOption(raw, 'duration', 10, 1, 600)).toThrow(
      /--duration must be an integer from 1 to 600/,
    );
  });
});
