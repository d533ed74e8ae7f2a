import { describe, expect, test } from 'vitest';
import { buildSample } from '../sample';
import { readFixture } from './fixtures';

const GREETING = 'examples/pages/greeting.tsx';

describe('buildSample', () => {
  test('pairs a TSX region with the same region cut from the generated JSX', async () => {
    const sample = await buildSample(readFixture(GREETING), {
      file: GREETING,
      region: 'state',
      route: '/greeting',
    });
    expect(sample.ts).toMatchObject({
      title: GREETING,
      language: 'tsx',
      code: 'const [count, setCount] = useState<number>(0);\n',
    });
    expect(sample.js).toMatchObject({
      title: 'examples/pages/greeting.jsx',
      language: 'jsx',
      code: 'const [count, setCount] = useState(0);\n',
    });
    expect(sample.route).toBe('/greeting');
  });

  test('carries the whole file in both languages for "Show whole file"', async () => {
    const sample = await buildSample(readFixture(GREETING), {
      file: GREETING,
      region: 'markup',
      route: null,
    });
    expect(sample.whole?.ts.code).toContain('import type { ReactNode }');
    expect(sample.whole?.js?.code).toContain(
      "import { useState } from 'react';\n\nexport default function Greeting({ name, children }) {",
    );
    expect(sample.whole?.js?.code).not.toMatch(/#(end)?region|ReactNode/);
  });

  test('has no whole-file copy when the sample is the whole file', async () => {
    const sample = await buildSample(readFixture('examples/lib/math.ts'), {
      file: 'examples/lib/math.ts',
      region: null,
      route: null,
    });
    expect(sample.whole).toBeNull();
  });

  test('marks a type-only region with an empty JavaScript listing', async () => {
    const sample = await buildSample(readFixture(GREETING), {
      file: GREETING,
      region: 'props',
      route: null,
    });
    expect(sample.js?.code).toBe('');
  });

  test('treats a declaration file, whose JavaScript would be only comments, as type-only', async () => {
    const file = 'examples/types/shapes.d.ts';
    const sample = await buildSample(readFixture(file), {
      file,
      region: null,
      route: null,
    });
    expect(sample.ts.code).toContain('export interface Shape');
    expect(sample.js?.code).toBe('');
  });

  test('names the file and region when the region is missing', async () => {
    await expect(
      buildSample(readFixture(GREETING), {
        file: GREETING,
        region: 'nope',
        route: null,
      }),
    ).rejects.toThrow('examples/pages/greeting.tsx: no region "nope".');
  });
});
