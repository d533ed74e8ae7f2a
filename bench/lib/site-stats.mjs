// Pure parsing and maths for bench/site.mjs: no I/O, no processes, so that
// test/unit/site-stats.test.ts can check what the benchmark's table will say.

/** The Lighthouse categories the benchmark collects, by Lighthouse id. */
export const CATEGORY_IDS = /** @type {const} */ ([
  'performance',
  'accessibility',
  'best-practices',
  'seo',
]);

/** The thresholds the table checks against (see `evaluateTargets`). */
export const TARGETS = Object.freeze({
  /** Desktop performance score, ours, at least. */
  desktopPerformance: 98,
  /** Accessibility, best practices and SEO scores, ours, on both form factors. */
  perfectScore: 100,
  /** Script bytes transferred, ours, at most this times vanilla's. */
  scriptBytesRatio: 1.1,
  /** Cold build seconds with Docusaurus Faster over without, at most. */
  coldBuildRatio: 0.35,
});

/**
 * The part of a Lighthouse result (LHR) the benchmark reads.
 * @typedef {{
 *   score?: number | null,
 *   numericValue?: number,
 *   details?: { type?: string, items?: Array<Record<string, unknown>> },
 * }} LhrAudit
 * @typedef {{
 *   categories?: Record<string, { score: number | null } | undefined>,
 *   audits?: Record<string, LhrAudit | undefined>,
 *   runtimeError?: { code?: string, message?: string },
 *   runWarnings?: string[],
 *   environment?: { benchmarkIndex?: number },
 * }} LhrLike
 */

/**
 * The figures of one Lighthouse run. Scores are 0–100; null when Lighthouse
 * could not compute them (the run is then kept but ignored by the medians).
 * @typedef {{
 *   performance: number | null,
 *   accessibility: number | null,
 *   bestPractices: number | null,
 *   seo: number | null,
 *   totalBlockingTimeMs: number | null,
 *   largestContentfulPaintMs: number | null,
 *   scriptTransferBytes: number | null,
 * }} Figures
 */

/** @type {ReadonlyArray<keyof Figures>} */
export const FIGURE_KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'totalBlockingTimeMs',
  'largestContentfulPaintMs',
  'scriptTransferBytes',
];

/**
 * Median of the finite numbers in `values` (nulls and NaN are skipped);
 * the mean of the two middle values for an even count; null when none.
 * @param {ReadonlyArray<number | null | undefined>} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = /** @type {number[]} */ (
    values.filter((v) => typeof v === 'number' && Number.isFinite(v))
  ).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return /** @type {number} */ (sorted[mid]);
  return (
    /** @type {number} */ (
      sorted[mid - 1] + /** @type {number} */ (sorted[mid])
    ) / 2
  );
}

/**
 * A Lighthouse category score (0–1) as 0–100, or null.
 * @param {LhrLike} lhr
 * @param {string} id
 * @returns {number | null}
 */
export function categoryScore(lhr, id) {
  const score = lhr.categories?.[id]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/**
 * @param {LhrLike} lhr
 * @param {string} id
 * @returns {number | null}
 */
function numericAudit(lhr, id) {
  const value = lhr.audits?.[id]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Bytes of JavaScript transferred (compressed, as on the wire): the sum of
 * `transferSize` over the `network-requests` audit's Script requests, or, when
 * that audit is missing, the `script` row of `resource-summary`.
 * @param {LhrLike} lhr
 * @returns {number | null}
 */
export function scriptTransferBytes(lhr) {
  const requests = lhr.audits?.['network-requests']?.details?.items;
  if (Array.isArray(requests)) {
    let total = 0;
    for (const item of requests) {
      if (
        item.resourceType === 'Script' &&
        typeof item.transferSize === 'number'
      ) {
        total += item.transferSize;
      }
    }
    return total;
  }
  const summary = lhr.audits?.['resource-summary']?.details?.items;
  if (Array.isArray(summary)) {
    const row = summary.find((item) => item.resourceType === 'script');
    if (row && typeof row.transferSize === 'number') return row.transferSize;
  }
  return null;
}

/**
 * The figures the benchmark keeps from one Lighthouse result.
 * @param {LhrLike} lhr
 * @returns {Figures}
 */
export function extractFigures(lhr) {
  return {
    performance: categoryScore(lhr, 'performance'),
    accessibility: categoryScore(lhr, 'accessibility'),
    bestPractices: categoryScore(lhr, 'best-practices'),
    seo: categoryScore(lhr, 'seo'),
    totalBlockingTimeMs: numericAudit(lhr, 'total-blocking-time'),
    largestContentfulPaintMs: numericAudit(lhr, 'largest-contentful-paint'),
    scriptTransferBytes: scriptTransferBytes(lhr),
  };
}

/**
 * Figure by figure median over runs.
 * @param {ReadonlyArray<Figures>} runs
 * @returns {Figures}
 */
export function medianFigures(runs) {
  const out = /** @type {Figures} */ ({});
  for (const key of FIGURE_KEYS) out[key] = median(runs.map((r) => r[key]));
  return out;
}

/**
 * Cold build seconds with Faster over without (lower is better), or null.
 * @param {number | null | undefined} fasterSeconds
 * @param {number | null | undefined} webpackSeconds
 * @returns {number | null}
 */
export function buildRatio(fasterSeconds, webpackSeconds) {
  if (typeof fasterSeconds !== 'number' || typeof webpackSeconds !== 'number')
    return null;
  if (!(webpackSeconds > 0)) return null;
  return fasterSeconds / webpackSeconds;
}

/**
 * @typedef {'score' | 'ms' | 'bytes' | 's' | 'ratio'} Unit
 * @typedef {{
 *   id: string,
 *   label: string,
 *   unit: Unit,
 *   ours: number | null,
 *   vanilla: number | null,
 *   target: string,
 *   met: boolean | null,
 *   note?: string,
 * }} Row
 * One line of the table. `met` is true or false for a target, null when it
 * could not be judged (then `note` says why); rows without a target have
 * target '—', met null and note 'info'.
 *
 * @typedef {{ ours: Figures, vanilla: Figures }} Pair
 * @typedef {{
 *   mobile?: Pair | null,
 *   desktop?: Pair | null,
 *   build?: { fasterSeconds: number | null, webpackSeconds: number | null, valid?: boolean, note?: string } | null,
 * }} Summary
 */

/**
 * @param {number | null} value
 * @param {(v: number) => boolean} test
 * @returns {boolean | null}
 */
function check(value, test) {
  return value === null ? null : test(value);
}

/**
 * Every row of the table, targets judged on medians:
 * mobile performance ours ≥ vanilla; desktop performance ours ≥ 98;
 * accessibility, best practices and SEO 100 (each form factor);
 * script bytes ours ≤ 1.10 × vanilla (each form factor);
 * cold build faster/webpack ≤ 0.35. TBT, LCP and build seconds are shown
 * without a target.
 * @param {Summary} summary
 * @returns {Row[]}
 */
export function evaluateTargets(summary) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {Array<['mobile' | 'desktop', Pair | null | undefined]>} */
  const factors = [
    ['mobile', summary.mobile],
    ['desktop', summary.desktop],
  ];
  for (const [factor, pair] of factors) {
    if (!pair) continue;
    const { ours, vanilla } = pair;
    if (factor === 'mobile') {
      const v = vanilla.performance;
      rows.push({
        id: 'mobile.performance',
        label: 'Performance (mobile)',
        unit: 'score',
        ours: ours.performance,
        vanilla: v,
        target: '≥ vanilla',
        met: v === null ? null : check(ours.performance, (o) => o >= v),
      });
    } else {
      rows.push({
        id: 'desktop.performance',
        label: 'Performance (desktop)',
        unit: 'score',
        ours: ours.performance,
        vanilla: vanilla.performance,
        target: `≥ ${TARGETS.desktopPerformance}`,
        met: check(ours.performance, (o) => o >= TARGETS.desktopPerformance),
      });
    }
    /** @type {Array<['accessibility' | 'bestPractices' | 'seo', string]>} */
    const perfect = [
      ['accessibility', 'Accessibility'],
      ['bestPractices', 'Best practices'],
      ['seo', 'SEO'],
    ];
    for (const [key, label] of perfect) {
      rows.push({
        id: `${factor}.${key}`,
        label: `${label} (${factor})`,
        unit: 'score',
        ours: ours[key],
        vanilla: vanilla[key],
        target: `= ${TARGETS.perfectScore}`,
        met: check(ours[key], (o) => o >= TARGETS.perfectScore),
      });
    }
    const vb = vanilla.scriptTransferBytes;
    rows.push({
      id: `${factor}.scriptTransferBytes`,
      label: `Script bytes (${factor})`,
      unit: 'bytes',
      ours: ours.scriptTransferBytes,
      vanilla: vb,
      target:
        vb === null
          ? `≤ ${TARGETS.scriptBytesRatio.toFixed(2)} × vanilla`
          : `≤ ${TARGETS.scriptBytesRatio.toFixed(2)} × vanilla (${formatValue(vb * TARGETS.scriptBytesRatio, 'bytes')})`,
      met:
        vb === null
          ? null
          : check(
              ours.scriptTransferBytes,
              (o) => o <= vb * TARGETS.scriptBytesRatio + 1e-9,
            ),
    });
    rows.push({
      id: `${factor}.totalBlockingTimeMs`,
      label: `Total blocking time (${factor})`,
      unit: 'ms',
      ours: ours.totalBlockingTimeMs,
      vanilla: vanilla.totalBlockingTimeMs,
      target: '—',
      met: null,
      note: 'info',
    });
    rows.push({
      id: `${factor}.largestContentfulPaintMs`,
      label: `Largest contentful paint (${factor})`,
      unit: 'ms',
      ours: ours.largestContentfulPaintMs,
      vanilla: vanilla.largestContentfulPaintMs,
      target: '—',
      met: null,
      note: 'info',
    });
  }

  const build = summary.build;
  if (build === null || build === undefined) {
    rows.push({
      id: 'build.ratio',
      label: 'Cold build, Faster / webpack',
      unit: 'ratio',
      ours: null,
      vanilla: null,
      target: `≤ ${TARGETS.coldBuildRatio.toFixed(2)}×`,
      met: null,
      note: 'skipped',
    });
  } else {
    rows.push({
      id: 'build.fasterSeconds',
      label: 'Cold build, Faster on',
      unit: 's',
      ours: build.fasterSeconds,
      vanilla: null,
      target: '—',
      met: null,
      note: 'info',
    });
    rows.push({
      id: 'build.webpackSeconds',
      label: 'Cold build, Faster off (webpack)',
      unit: 's',
      ours: build.webpackSeconds,
      vanilla: null,
      target: '—',
      met: null,
      note: 'info',
    });
    const ratio = buildRatio(build.fasterSeconds, build.webpackSeconds);
    const invalid = build.valid === false;
    rows.push({
      id: 'build.ratio',
      label: 'Cold build, Faster / webpack',
      unit: 'ratio',
      ours: ratio,
      vanilla: null,
      target: `≤ ${TARGETS.coldBuildRatio.toFixed(2)}×`,
      met: invalid
        ? null
        : check(ratio, (r) => r <= TARGETS.coldBuildRatio + 1e-9),
      ...(invalid ? { note: build.note ?? 'invalid' } : {}),
    });
  }
  return rows;
}

/**
 * The rows that have a target and missed it.
 * @param {ReadonlyArray<Row>} rows
 * @returns {Row[]}
 */
export function missedTargets(rows) {
  return rows.filter((r) => r.met === false);
}

/**
 * @param {number | null} value
 * @param {Unit} unit
 * @returns {string}
 */
export function formatValue(value, unit) {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'score':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'bytes':
      return `${(value / 1024).toFixed(1)} KiB`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
  }
}

/**
 * @param {Row} row
 * @returns {string}
 */
export function metLabel(row) {
  if (row.met === true) return 'met';
  if (row.met === false) return 'NOT MET';
  if (row.note === 'info') return '';
  return row.note ?? 'n/a';
}

/**
 * The table as aligned, markdown-style text.
 * @param {ReadonlyArray<Row>} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const header = ['Figure', 'Ours', 'Vanilla', 'Target', 'Met'];
  const body = rows.map((r) => [
    r.label,
    formatValue(r.ours, r.unit),
    formatValue(r.vanilla, r.unit),
    r.target,
    metLabel(r),
  ]);
  const widths = header.map((h, i) =>
    Math.max(
      h.length,
      ...body.map((cells) => /** @type {string} */ (cells[i]).length),
    ),
  );
  /** @param {string[]} cells */
  const line = (cells) =>
    `| ${cells.map((c, i) => c.padEnd(/** @type {number} */ (widths[i]))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}
