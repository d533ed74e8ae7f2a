import { describe, expect, it } from 'vitest';
import {
  buildRatio,
  evaluateTargets,
  extractFigures,
  formatTable,
  median,
  medianFigures,
  missedTargets,
  scriptTransferBytes,
  type Figures,
  type LhrLike,
  type Row,
} from '../../bench/lib/site-stats.mjs';

/** A hand-made, Lighthouse-result-shaped object with just what the bench reads. */
function lhr({
  performance = 1,
  accessibility = 1,
  bestPractices = 1,
  seo = 1,
  tbt = 0,
  lcp = 1000,
  scripts = [] as number[],
  others = [] as number[],
}: {
  performance?: number | null;
  accessibility?: number | null;
  bestPractices?: number | null;
  seo?: number | null;
  tbt?: number;
  lcp?: number;
  scripts?: number[];
  others?: number[];
} = {}): LhrLike {
  return {
    categories: {
      performance: { score: performance },
      accessibility: { score: accessibility },
      'best-practices': { score: bestPractices },
      seo: { score: seo },
    },
    audits: {
      'total-blocking-time': { numericValue: tbt },
      'largest-contentful-paint': { numericValue: lcp },
      'network-requests': {
        details: {
          type: 'table',
          items: [
            {
              url: 'http://127.0.0.1/docs/x',
              resourceType: 'Document',
              transferSize: 9000,
            },
            ...scripts.map((transferSize, i) => ({
              url: `http://127.0.0.1/assets/js/${i}.js`,
              resourceType: 'Script',
              transferSize,
            })),
            ...others.map((transferSize, i) => ({
              url: `http://127.0.0.1/assets/css/${i}.css`,
              resourceType: 'Stylesheet',
              transferSize,
            })),
          ],
        },
      },
    },
  };
}

function figures(overrides: Partial<Figures> = {}): Figures {
  return {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    totalBlockingTimeMs: 0,
    largestContentfulPaintMs: 1000,
    scriptTransferBytes: 100_000,
    ...overrides,
  };
}

function row(rows: Row[], id: string): Row {
  const found = rows.find((r) => r.id === id);
  if (!found)
    throw new Error(`no row ${id} in ${rows.map((r) => r.id).join(', ')}`);
  return found;
}

/** The table line of one row, split into its cells. */
function tableCells(table: string, label: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| ${label} `));
  if (!line) throw new Error(`no line for ${label} in\n${table}`);
  return line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([93, 71, 88])).toBe(88);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('skips nulls and NaN, and is null when nothing is left', () => {
    expect(median([null, 5, Number.NaN, 7, undefined, 6])).toBe(6);
    expect(median([null, undefined])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('extractFigures', () => {
  it('reads 0–100 scores, TBT, LCP and the transfer size of scripts only', () => {
    const result = extractFigures(
      lhr({
        performance: 0.87,
        accessibility: 1,
        bestPractices: 0.96,
        seo: 0.92,
        tbt: 123.4,
        lcp: 2500.5,
        scripts: [50_000, 20_000, 480],
        others: [70_000],
      }),
    );
    expect(result).toEqual({
      performance: 87,
      accessibility: 100,
      bestPractices: 96,
      seo: 92,
      totalBlockingTimeMs: 123.4,
      largestContentfulPaintMs: 2500.5,
      scriptTransferBytes: 70_480,
    });
  });

  it('gives null for a category Lighthouse could not score', () => {
    expect(extractFigures(lhr({ performance: null })).performance).toBeNull();
    expect(extractFigures({}).seo).toBeNull();
    expect(extractFigures({}).totalBlockingTimeMs).toBeNull();
  });

  it('falls back to resource-summary when network-requests is missing', () => {
    expect(
      scriptTransferBytes({
        audits: {
          'resource-summary': {
            details: {
              items: [
                { resourceType: 'total', transferSize: 300_000 },
                { resourceType: 'script', transferSize: 123_456 },
              ],
            },
          },
        },
      }),
    ).toBe(123_456);
    expect(scriptTransferBytes({ audits: {} })).toBeNull();
  });

  it('takes medians per figure across runs', () => {
    const runs = [
      extractFigures(lhr({ performance: 0.9, scripts: [100] })),
      extractFigures(lhr({ performance: 0.7, scripts: [300] })),
      extractFigures(lhr({ performance: 0.8, scripts: [200] })),
    ];
    const m = medianFigures(runs);
    expect(m.performance).toBe(80);
    expect(m.scriptTransferBytes).toBe(200);
    expect(m.accessibility).toBe(100);
  });
});

describe('evaluateTargets', () => {
  it('misses mobile performance when ours is below vanilla, and says so in the table', () => {
    const rows = evaluateTargets({
      mobile: {
        ours: figures({ performance: 91 }),
        vanilla: figures({ performance: 95 }),
      },
      desktop: { ours: figures(), vanilla: figures() },
      build: { fasterSeconds: 30, webpackSeconds: 100 },
    });
    expect(row(rows, 'mobile.performance').met).toBe(false);
    expect(missedTargets(rows).map((r) => r.id)).toEqual([
      'mobile.performance',
    ]);

    const table = formatTable(rows);
    expect(tableCells(table, 'Performance (mobile)')).toEqual([
      'Performance (mobile)',
      '91',
      '95',
      '≥ vanilla',
      'NOT MET',
    ]);
    expect(tableCells(table, 'Cold build, Faster / webpack')).toEqual([
      'Cold build, Faster / webpack',
      '0.30×',
      '—',
      '≤ 0.35×',
      'met',
    ]);
    // Every line of the table has the same width.
    const widths = new Set(table.split('\n').map((l) => l.length));
    expect(widths.size).toBe(1);
  });

  it('meets mobile performance on a tie with vanilla, desktop at 98 but not 97', () => {
    const at98 = evaluateTargets({
      mobile: {
        ours: figures({ performance: 90 }),
        vanilla: figures({ performance: 90 }),
      },
      desktop: {
        ours: figures({ performance: 98 }),
        vanilla: figures({ performance: 100 }),
      },
    });
    expect(row(at98, 'mobile.performance').met).toBe(true);
    expect(row(at98, 'desktop.performance').met).toBe(true);

    const at97 = evaluateTargets({
      desktop: {
        ours: figures({ performance: 97 }),
        vanilla: figures({ performance: 100 }),
      },
    });
    expect(row(at97, 'desktop.performance').met).toBe(false);
  });

  it('needs 100 for accessibility, best practices and SEO on each form factor', () => {
    const rows = evaluateTargets({
      mobile: {
        ours: figures({ accessibility: 99 }),
        vanilla: figures({ accessibility: 100 }),
      },
      desktop: { ours: figures({ seo: 92 }), vanilla: figures() },
    });
    expect(missedTargets(rows).map((r) => r.id)).toEqual([
      'mobile.accessibility',
      'desktop.seo',
    ]);
    expect(row(rows, 'mobile.bestPractices').met).toBe(true);
    expect(tableCells(formatTable(rows), 'SEO (desktop)')).toEqual([
      'SEO (desktop)',
      '92',
      '100',
      '= 100',
      'NOT MET',
    ]);
  });

  it('allows script bytes up to 1.10 × vanilla, not a byte more', () => {
    const at = evaluateTargets({
      mobile: {
        ours: figures({ scriptTransferBytes: 110_000 }),
        vanilla: figures({ scriptTransferBytes: 100_000 }),
      },
    });
    expect(row(at, 'mobile.scriptTransferBytes').met).toBe(true);
    expect(row(at, 'mobile.scriptTransferBytes').target).toBe(
      '≤ 1.10 × vanilla (107.4 KiB)',
    );

    const over = evaluateTargets({
      mobile: {
        ours: figures({ scriptTransferBytes: 110_001 }),
        vanilla: figures({ scriptTransferBytes: 100_000 }),
      },
    });
    expect(row(over, 'mobile.scriptTransferBytes').met).toBe(false);
    expect(
      tableCells(formatTable(over), 'Script bytes (mobile)').slice(1, 3),
    ).toEqual(['107.4 KiB', '97.7 KiB']);
  });

  it('judges the cold build ratio at 0.35, and not at all when skipped or invalid', () => {
    expect(buildRatio(35, 100)).toBeCloseTo(0.35);
    expect(
      row(
        evaluateTargets({ build: { fasterSeconds: 35, webpackSeconds: 100 } }),
        'build.ratio',
      ).met,
    ).toBe(true);
    expect(
      row(
        evaluateTargets({ build: { fasterSeconds: 36, webpackSeconds: 100 } }),
        'build.ratio',
      ).met,
    ).toBe(false);

    const skipped = evaluateTargets({ build: null });
    expect(row(skipped, 'build.ratio')).toMatchObject({
      met: null,
      note: 'skipped',
    });
    expect(
      tableCells(formatTable(skipped), 'Cold build, Faster / webpack').at(-1),
    ).toBe('skipped');
    expect(missedTargets(skipped)).toEqual([]);

    const invalid = evaluateTargets({
      build: {
        fasterSeconds: 10,
        webpackSeconds: 100,
        valid: false,
        note: 'wrong bundler',
      },
    });
    expect(row(invalid, 'build.ratio')).toMatchObject({
      met: null,
      note: 'wrong bundler',
    });
  });

  it('cannot judge a target without a figure', () => {
    const rows = evaluateTargets({
      mobile: { ours: figures({ performance: null }), vanilla: figures() },
    });
    expect(row(rows, 'mobile.performance').met).toBeNull();
    expect(tableCells(formatTable(rows), 'Performance (mobile)')).toEqual([
      'Performance (mobile)',
      '—',
      '100',
      '≥ vanilla',
      'n/a',
    ]);
  });

  it('shows TBT and LCP without a target', () => {
    const rows = evaluateTargets({
      desktop: {
        ours: figures({
          totalBlockingTimeMs: 12.4,
          largestContentfulPaintMs: 812,
        }),
        vanilla: figures({
          totalBlockingTimeMs: 0,
          largestContentfulPaintMs: 640,
        }),
      },
    });
    expect(
      tableCells(formatTable(rows), 'Total blocking time (desktop)'),
    ).toEqual(['Total blocking time (desktop)', '12 ms', '0 ms', '—', '']);
    expect(row(rows, 'desktop.largestContentfulPaintMs').met).toBeNull();
  });
});
