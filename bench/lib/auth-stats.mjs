// Pure maths and formatting for bench/auth.mjs: no I/O, no processes, so that
// test/unit/auth-bench.test.ts can check what the benchmark's table will say.

/**
 * One autocannon run of one case: what the benchmark keeps of it. A case is
 * measured in several slices, interleaved with the other cases' (see
 * `schedule`), and its figures combine them all.
 * @typedef {{
 *   seconds: number,
 *   requests: number,
 *   errors: number,
 *   timeouts: number,
 *   statusCodeStats: Record<string, { count: number } | undefined>,
 *   latenciesMs: number[],
 * }} Slice
 */

/**
 * One case of the benchmark: a route, with or without a session.
 * @typedef {{
 *   name: string,
 *   route: string,
 *   signedIn: boolean,
 *   expectedStatus: number,
 *   baseline?: boolean,
 * }} BenchCase
 */

/**
 * What the benchmark keeps of one case. Latencies in milliseconds (null
 * when nothing answered).
 * @typedef {BenchCase & {
 *   requestsPerSecond: number,
 *   p50Ms: number | null,
 *   p99Ms: number | null,
 *   requests: number,
 *   seconds: number,
 *   errors: number,
 *   timeouts: number,
 *   non2xx: number,
 *   unexpected: number,
 *   statuses: Record<string, number>,
 * }} CaseFigures
 */

/**
 * A case's figures with its throughput over its baseline's.
 * @typedef {CaseFigures & { ratio: number | null }} Row
 */

/**
 * Counts the responses by status, and how many were not `expected`.
 * @param {Slice['statusCodeStats']} statusCodeStats
 * @param {number} expected
 * @returns {{ statuses: Record<string, number>, total: number, unexpected: number }}
 */
export function statusAccounting(statusCodeStats, expected) {
  /** @type {Record<string, number>} */
  const statuses = {};
  let total = 0;
  let unexpected = 0;
  const codes = Object.keys(statusCodeStats).sort(
    (a, b) => Number(a) - Number(b),
  );
  for (const code of codes) {
    const count = statusCodeStats[code]?.count ?? 0;
    if (count === 0) continue;
    statuses[code] = count;
    total += count;
    if (Number(code) !== expected) unexpected += count;
  }
  return { statuses, total, unexpected };
}

/**
 * The value at percentile `p` (0–100) of ascending `sorted` values, by the
 * nearest-rank method: the smallest value with at least p% of the values at
 * or below it. Null for no values.
 * @param {ReadonlyArray<number>} sorted
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return /** @type {number} */ (sorted[Math.min(rank, sorted.length) - 1]);
}

/**
 * The figures of one case from all of its slices: throughput is responses
 * over measured seconds; latency percentiles are over every response.
 * @param {ReadonlyArray<Slice>} slices
 * @param {BenchCase} benchCase
 * @returns {CaseFigures}
 */
export function combineSlices(slices, benchCase) {
  /** @type {Record<string, { count: number }>} */
  const merged = {};
  for (const slice of slices) {
    for (const [code, stat] of Object.entries(slice.statusCodeStats)) {
      const count = stat?.count ?? 0;
      merged[code] = { count: (merged[code]?.count ?? 0) + count };
    }
  }
  const { statuses, unexpected } = statusAccounting(
    merged,
    benchCase.expectedStatus,
  );
  const sum = (/** @type {(s: Slice) => number} */ pick) =>
    slices.reduce((total, slice) => total + pick(slice), 0);
  const seconds = sum((s) => s.seconds);
  const requests = sum((s) => s.requests);
  const latencies = slices.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
  return {
    ...benchCase,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests,
    seconds,
    errors: sum((s) => s.errors),
    timeouts: sum((s) => s.timeouts),
    non2xx: Object.entries(statuses)
      .filter(([code]) => Math.floor(Number(code) / 100) !== 2)
      .reduce((total, [, count]) => total + count, 0),
    unexpected,
    statuses,
  };
}

/**
 * The order to measure in: `rounds` rounds over every case, each round in
 * the reverse order of the one before (A B C, C B A, A B C…). A machine that
 * gets busier or quieter during the run then slows every case alike, and
 * the ratios hold better than with one long run per case.
 * @template T
 * @param {ReadonlyArray<T>} cases
 * @param {number} rounds
 * @returns {Array<{ item: T, round: number }>}
 */
export function schedule(cases, rounds) {
  return Array.from({ length: rounds }, (_, round) => {
    const order = round % 2 === 0 ? [...cases] : [...cases].reverse();
    return order.map((item) => ({ item, round }));
  }).flat();
}

/**
 * Adds each case's req/s over the baseline's with the same session state
 * (signed in against signed in: the cookie alone costs some parsing). Null
 * when there is no such baseline or it measured nothing.
 * @param {ReadonlyArray<CaseFigures>} cases
 * @returns {Row[]}
 */
export function addRatios(cases) {
  return cases.map((c) => {
    const baseline = cases.find((b) => b.baseline && b.signedIn === c.signedIn);
    const ratio =
      baseline && baseline.requestsPerSecond > 0
        ? c.requestsPerSecond / baseline.requestsPerSecond
        : null;
    return { ...c, ratio };
  });
}

/**
 * `value` rounded to `decimals` places; null stays null.
 * @param {number | null} value
 * @param {number} decimals
 */
export function round(value, decimals) {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A row as bench/auth.json stores it: no more digits than the measurement
 * means (req/s to 0.1, milliseconds to 0.01, ratios to 0.001).
 * @param {Row} row
 * @returns {Row}
 */
export function rowForJson(row) {
  return {
    ...row,
    requestsPerSecond: /** @type {number} */ (round(row.requestsPerSecond, 1)),
    p50Ms: round(row.p50Ms, 2),
    p99Ms: round(row.p99Ms, 2),
    seconds: /** @type {number} */ (round(row.seconds, 2)),
    ratio: round(row.ratio, 3),
  };
}

/**
 * Cases that did not measure what they claim: errors, or responses with
 * another status than expected (a signed-in case answered 401…).
 * @param {ReadonlyArray<CaseFigures>} cases
 * @returns {string[]} one line per faulty case; empty when all are clean
 */
export function faults(cases) {
  return cases.flatMap((c) => {
    const problems = [];
    if (c.errors > 0) {
      problems.push(
        `${c.errors} errors` + (c.timeouts ? ` (${c.timeouts} timeouts)` : ''),
      );
    }
    if (c.unexpected > 0) {
      const others = Object.entries(c.statuses)
        .filter(([code]) => Number(code) !== c.expectedStatus)
        .map(([code, count]) => `${count}× ${code}`)
        .join(', ');
      problems.push(`${others} where ${c.expectedStatus} was expected`);
    }
    if (c.requests === 0) problems.push('no responses at all');
    return problems.length ? [`${caseLabel(c)}: ${problems.join('; ')}`] : [];
  });
}

/**
 * @param {Pick<BenchCase, 'name' | 'signedIn'>} c
 */
export function caseLabel(c) {
  return `${c.name}, ${c.signedIn ? 'signed in' : 'signed out'}`;
}

/**
 * A number with thousands separators and a fixed count of decimals.
 * @param {number | null} value
 * @param {number} [decimals]
 */
export function formatNumber(value, decimals = 0) {
  if (value === null || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/**
 * The cells of one table row, in the order of TABLE_HEADER.
 * @param {Row} row
 * @returns {string[]}
 */
export function tableRow(row) {
  return [
    caseLabel(row),
    row.route,
    formatNumber(row.requestsPerSecond),
    formatNumber(row.p50Ms, 1),
    formatNumber(row.p99Ms, 1),
    formatNumber(row.errors),
    formatNumber(row.unexpected),
    row.ratio === null ? '–' : `${formatNumber(row.ratio, 2)}×`,
  ];
}

export const TABLE_HEADER = [
  'case',
  'route',
  'req/s',
  'p50 ms',
  'p99 ms',
  'errors',
  'unexpected',
  'vs baseline',
];

/**
 * A plain-text table: text columns left-aligned, numbers right-aligned.
 * @param {ReadonlyArray<Row>} rows
 */
export function formatTable(rows) {
  const lines = [TABLE_HEADER, ...rows.map(tableRow)];
  const widths = TABLE_HEADER.map((_, i) =>
    Math.max(...lines.map((cells) => /** @type {string} */ (cells[i]).length)),
  );
  return lines
    .map((cells) =>
      cells
        .map((cell, i) =>
          i < 2
            ? cell.padEnd(/** @type {number} */ (widths[i]))
            : cell.padStart(/** @type {number} */ (widths[i])),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Compares the ratios of two runs case by case (matched by name and session
 * state). `difference` is relative to the earlier run's ratio.
 * @param {ReadonlyArray<Pick<Row, 'name' | 'signedIn' | 'ratio'>>} previous
 * @param {ReadonlyArray<Pick<Row, 'name' | 'signedIn' | 'ratio'>>} current
 * @param {number} [tolerance] largest relative difference that still agrees
 */
export function compareRatios(previous, current, tolerance = 0.1) {
  const cases = current.flatMap((c) => {
    const before = previous.find(
      (p) => p.name === c.name && p.signedIn === c.signedIn,
    );
    if (!before || before.ratio === null || c.ratio === null) return [];
    if (before.ratio === 0) return [];
    const difference = Math.abs(c.ratio - before.ratio) / before.ratio;
    return [
      {
        label: caseLabel(c),
        previous: before.ratio,
        current: c.ratio,
        difference,
        agrees: difference <= tolerance,
      },
    ];
  });
  return { cases, allAgree: cases.every((c) => c.agrees) };
}

/**
 * Parses an integer option within [min, max]; the fallback when absent.
 * @param {string | undefined} raw
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
export function intOption(raw, name, fallback, min, max) {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(
      `--${name} must be an integer from ${min} to ${max}, not ${raw}`,
    );
  }
  return n;
}
