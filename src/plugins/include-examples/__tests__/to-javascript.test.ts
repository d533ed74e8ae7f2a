import { describe, expect, test } from 'vitest';
import {
  javaScriptPath,
  toJavaScript,
  typesInJavaScript,
} from '../to-javascript';
import { readFixture } from './fixtures';

describe('toJavaScript', () => {
  test('strips types from TSX and keeps JSX, comments and region markers', async () => {
    const js = await toJavaScript(
      readFixture('examples/greeter/pages/greeting.tsx'),
      'greeting.tsx',
    );
    expect(js).toBe(
      [
        "import { useState } from 'react';",
        '',
        '// #region props',
        '// #endregion props',
        '',
        '// #region component',
        'export default function Greeting({ name, children }) {',
        '  // #region state',
        '  const [count, setCount] = useState(0);',
        '  // #endregion state',
        '  return (',
        '    <section>',
        '      {/* #region markup */}',
        '      <h1>Hello, {name}</h1>',
        '      <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>',
        '      {/* #endregion markup */}',
        '      {children}',
        '    </section>',
        '  );',
        '}',
        '// #endregion component',
        '',
      ].join('\n'),
    );
  });

  test('leaves no blank line where a type alias stood and formats like hand-written JS', async () => {
    const js = await toJavaScript(
      readFixture('examples/greeter/lib/math.ts'),
      'math.ts',
    );
    expect(js).toBe(
      [
        '/** Adds two numbers. */',
        'export function add(...[a, b]) {',
        '  return a + b;',
        '}',
        '',
        'export const total = (values) => values.reduce((sum, value) => sum + value, 0);',
        '',
      ].join('\n'),
    );
  });

  test('turns a declaration file into nothing but its comments', async () => {
    const js = await toJavaScript(
      readFixture('examples/greeter/types/shapes.d.ts'),
      'shapes.d.ts',
    );
    expect(js).toBe('// Types only: the JavaScript tab has nothing to show.\n');
  });

  test('refuses TypeScript that has no JavaScript form, naming the line', async () => {
    await expect(
      toJavaScript('enum Colour {\n  Red,\n}\n', 'colour.ts'),
    ).rejects.toThrow(
      'colour.ts: TypeScript that has no plain JavaScript form (use plain syntax in examples): line 1: enum Colour {',
    );
  });
});

describe('typesInJavaScript', () => {
  const source = 'const n: number = 1;\nexport const m = n as number;\n';
  const types = [
    { line: 0, character: 6, name: 'n', text: 'const n: number' },
    { line: 1, character: 17, name: 'n', text: 'const n: number' },
  ];

  test("puts the TypeScript's types on the same names in the JavaScript", async () => {
    const js = await toJavaScript(source, 'n.ts');
    expect(js).toBe('const n = 1;\nexport const m = n;\n');
    expect(typesInJavaScript(source, 'n.ts', js, types)).toEqual(types);
  });

  test('gives no types at all when the names do not line up', () => {
    const js = 'const n = 1;\nexport const m = k;\n';
    expect(typesInJavaScript(source, 'n.ts', js, types)).toEqual([]);
  });
});

describe('javaScriptPath', () => {
  test('maps each TypeScript extension to its JavaScript one', () => {
    expect(javaScriptPath('examples/greeter/pages/a.tsx')).toBe(
      'examples/greeter/pages/a.jsx',
    );
    expect(javaScriptPath('examples/greeter/lib/auth.ts')).toBe(
      'examples/greeter/lib/auth.js',
    );
    expect(javaScriptPath('examples/greeter/types/next-auth.d.ts')).toBe(
      'examples/greeter/types/next-auth.js',
    );
  });
});
