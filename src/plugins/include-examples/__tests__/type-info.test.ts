import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { typesOf } from '../type-info';
import { fixturesDir, readFixture } from './fixtures';

const appDir = path.join(fixturesDir, 'examples', 'greeter');

// The first check loads TypeScript and the libraries' types.
describe('typesOf', { timeout: 60_000 }, () => {
  test("gives each name the type the app's compiler gives it, ambient declarations included", () => {
    const { types, dependencies } = typesOf(
      appDir,
      'lib/site.ts',
      readFixture('examples/greeter/lib/site.ts'),
    );
    expect(types).toContainEqual({
      line: 2,
      character: 13,
      name: 'title',
      text: 'const title: string',
    });
    expect(types.find(({ name }) => name === 'add')?.text).toBe(
      'function add(a: number, b: number): number',
    );
    expect(dependencies.map((f) => path.relative(appDir, f)).sort()).toEqual([
      'lib/math.ts',
      'lib/site.ts',
      'tsconfig.json',
      'types/globals.d.ts',
      'types/shapes.d.ts',
    ]);
  });

  test('fails on a type error, naming the file, line, column and message', () => {
    expect(() =>
      typesOf(appDir, 'lib/broken.ts', "export const n: number = 'one';\n"),
    ).toThrow(
      "examples/greeter/lib/broken.ts:1:14: TS2322: Type 'string' is not assignable to type 'number'.",
    );
  });
});
