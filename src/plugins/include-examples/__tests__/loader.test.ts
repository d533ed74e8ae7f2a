// The loader as the bundler calls it (a loader context of our own: webpack's
// runner needs a whole compilation), and what an edit does to a sample while
// `docusaurus start` runs.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { buildSample } from '../sample';
import { fixturesDir, readFixture } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../loader.cjs') as (
  this: unknown,
  source: string,
) => void;

interface Run {
  code: string;
  emitted: Map<string, string>;
  dependencies: string[];
}

/** Runs the loader on a fixture file for one bundle target. */
function runLoader(
  file: string,
  region: string | null,
  target: 'web' | 'node',
): Promise<Run> {
  const query = new URLSearchParams({ file, from: 'docs/guide.mdx' });
  if (region) query.set('region', region);
  const emitted = new Map<string, string>();
  const dependencies: string[] = [];
  return new Promise((resolve, reject) => {
    loader.call(
      {
        query: `?${query}`,
        rootContext: fixturesDir,
        resourcePath: path.join(fixturesDir, file),
        target,
        async: () => (error: Error | null, code: string) =>
          error ? reject(error) : resolve({ code, emitted, dependencies }),
        addBuildDependency: () => {},
        addDependency: (dependency: string) => dependencies.push(dependency),
        emitFile: (name: string, content: string) => emitted.set(name, content),
      },
      readFixture(file),
    );
  });
}

/** The sample a page imports, from the module the loader wrote. */
function includedSample(code: string) {
  const json = /^const sample = (.*);$/m.exec(code)![1]!;
  return JSON.parse(json) as {
    variants: Record<string, { url?: string; html?: string; lines: number }>;
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the include loader', { timeout: 60_000 }, () => {
  const GREETING = 'examples/greeter/pages/greeting.tsx';

  test('puts the first listing in the server bundle of a production build, and fetches every listing in the browser', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const server = includedSample(
      (await runLoader(GREETING, 'state', 'node')).code,
    );
    const browser = includedSample(
      (await runLoader(GREETING, 'state', 'web')).code,
    );

    expect(server.variants.ts!.html).toContain('useState');
    expect(browser.variants.ts!.html).toBeUndefined();
    for (const variant of Object.values(browser.variants)) {
      expect(variant.url).toMatch(/^assets\/samples\/[0-9a-f]{16}\.json$/);
    }
  });

  test('puts the first listing in the browser bundle in development, where nothing is pre-rendered', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const browser = includedSample(
      (await runLoader(GREETING, 'state', 'web')).code,
    );
    expect(browser.variants.ts!.html).toContain('useState');
  });

  test('writes each listing it names, with its highlighted code', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { code, emitted } = await runLoader(GREETING, 'state', 'web');
    const { variants } = includedSample(code);
    expect([...emitted.keys()].sort()).toEqual(
      Object.values(variants)
        .map(({ url }) => url)
        .sort(),
    );
    const js = JSON.parse(emitted.get(variants.js!.url!)!);
    expect(js).toMatchObject({
      file: GREETING,
      region: 'state',
      title: 'examples/greeter/pages/greeting.jsx',
    });
    expect(js.html).toContain('useState');
    expect(js.html).not.toContain('&#x3C;number>');
  });

  test('watches the files the types come from, so an edit to one rebuilds the sample', async () => {
    const { dependencies } = await runLoader(
      'examples/greeter/lib/site.ts',
      null,
      'web',
    );
    expect(dependencies).toContain(
      path.join(fixturesDir, 'examples/greeter/lib/math.ts'),
    );
  });

  test('fails naming the page, the file and the region', async () => {
    await expect(runLoader(GREETING, 'nope', 'web')).rejects.toThrow(
      'docs/guide.mdx: cannot include examples/greeter/pages/greeting.tsx#nope: examples/greeter/pages/greeting.tsx: no region "nope".',
    );
  });
});

describe('an edit while the site runs', { timeout: 60_000 }, () => {
  // A copy of the fixture app, to edit.
  const root = mkdtempSync(path.join(os.tmpdir(), 'include-edit-'));
  const appDir = path.join(root, 'examples', 'greeter');
  cpSync(path.join(fixturesDir, 'examples', 'greeter'), appDir, {
    recursive: true,
  });
  const SITE = 'examples/greeter/lib/site.ts';
  const request = { file: SITE, region: null, route: null };
  const source = readFixture(SITE);
  const typeOfAdd = async () => {
    const sample = await buildSample(source, request, appDir);
    return /aria-description="(function add[^"]*)"/.exec(
      sample.variants.ts!.html,
    )?.[1];
  };

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('to a file the sample imports changes the types it shows', async () => {
    expect(await typeOfAdd()).toBe(
      'function add(a: number, b: number): number',
    );
    writeFileSync(
      path.join(appDir, 'lib', 'math.ts'),
      'export function add(a: bigint, b: bigint): bigint {\n  return a + b;\n}\n',
    );
    // site.ts now has a type error (add(1, 2)): the build says so.
    await expect(typeOfAdd()).rejects.toThrow('examples/greeter/lib/site.ts');
    writeFileSync(
      path.join(appDir, 'lib', 'math.ts'),
      'export function add(a: number, b: number, c = 0): number {\n  return a + b + c;\n}\n',
    );
    expect(await typeOfAdd()).toBe(
      'function add(a: number, b: number, c?: number): number',
    );
  });

  test('to the included file itself changes the sample', async () => {
    const edited = source.replace('add(1, 2)', 'add(3, 4)');
    const sample = await buildSample(edited, request, appDir);
    expect(sample.variants.ts!.code).toContain('add(3, 4)');
  });
});
