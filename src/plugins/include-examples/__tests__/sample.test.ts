import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { buildSample } from '../sample';
import { fixturesDir, readFixture } from './fixtures';

const GREETING = 'examples/greeter/pages/greeting.tsx';
const appDir = path.join(fixturesDir, 'examples', 'greeter');

function build(file: string, region: string | null, marks: string[] = []) {
  return buildSample(
    readFixture(file),
    { file, region, route: null, marks },
    appDir,
  );
}

/** The text inside each `<mark>` of a listing's HTML. */
function markedText(html: string): string[] {
  const $ = load(html);
  return $('mark')
    .toArray()
    .map((mark) => $(mark).text());
}

// Samples are type-checked: the first one loads TypeScript.
describe('buildSample', { timeout: 60_000 }, () => {
  test('pairs a TSX region with the same region cut from the generated JSX, both typed', async () => {
    const { variants, lines } = await build(GREETING, 'state');
    expect(variants.ts).toMatchObject({
      title: GREETING,
      language: 'tsx',
      code: 'const [count, setCount] = useState<number>(0);\n',
    });
    expect(variants.js).toMatchObject({
      title: 'examples/greeter/pages/greeting.jsx',
      language: 'jsx',
      code: 'const [count, setCount] = useState(0);\n',
    });
    for (const { html } of [variants.ts!, variants.js!]) {
      expect(html).toContain('aria-description="const count: number"');
    }
    expect(lines).toEqual([14, 14]);
  });

  test('carries the whole file in both languages when the sample is a part', async () => {
    const { variants } = await build(GREETING, 'markup');
    expect(variants['ts-whole']?.code).toContain('import type { ReactNode }');
    expect(variants['js-whole']?.code).toContain(
      "import { useState } from 'react';\n\nexport default function Greeting({ name, children }) {",
    );
    const math = await build('examples/greeter/lib/math.ts', null);
    expect(Object.keys(math.variants)).toEqual(['ts', 'js']);
  });

  test('leaves the JavaScript of a part of only types empty', async () => {
    expect((await build(GREETING, 'props')).variants.js?.code).toBe('');
    const shapes = await build('examples/greeter/types/shapes.d.ts', null);
    expect(shapes.variants.ts?.code).toContain('export interface Shape');
    expect(shapes.variants.js?.code).toBe('');
  });

  test('marks the same lines in the JavaScript twin, found by their text where the line numbers differ', async () => {
    const { variants } = await build(GREETING, 'state', ['useState']);
    // The whole TSX file has an `import type` and an interface the JSX lacks.
    expect(markedText(variants['ts-whole']!.html)).toEqual([
      "import { useState } from 'react';\n",
      '  const [count, setCount] = useState<number>(0);\n',
    ]);
    expect(markedText(variants['js-whole']!.html)).toEqual([
      "import { useState } from 'react';\n",
      '  const [count, setCount] = useState(0);\n',
    ]);
    expect(markedText(variants.js!.html)).toEqual([
      'const [count, setCount] = useState(0);',
    ]);
  });

  test('fails on a mark no line has, naming the mark and the listing', async () => {
    await expect(
      build(GREETING, 'state', ['useState<number>']),
    ).rejects.toThrow(
      'mark="useState<number>" is on no line of examples/greeter/pages/greeting.jsx',
    );
  });

  test('names the file and region when the region is missing', async () => {
    await expect(build(GREETING, 'nope')).rejects.toThrow(
      'examples/greeter/pages/greeting.tsx: no region "nope".',
    );
  });
});
