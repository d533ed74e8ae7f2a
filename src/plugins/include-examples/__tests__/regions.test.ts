import { describe, expect, test } from 'vitest';
import { excerpt, listRegions } from '../regions';

/** The text a sample shows of a file or one of its regions. */
const extractRegion = (source: string, file: string, region?: string) =>
  excerpt(source, file, region).code;
import { readFixture } from './fixtures';

const GREETING = 'examples/greeter/pages/greeting.tsx';
const greeting = readFixture(GREETING);

describe('the text of an excerpt', () => {
  test('returns the whole file without any marker lines', () => {
    const whole = extractRegion(greeting, GREETING);
    expect(whole).not.toMatch(/#(end)?region/);
    expect(whole.startsWith("import type { ReactNode } from 'react';\n")).toBe(
      true,
    );
    expect(whole).toContain(
      '  const [count, setCount] = useState<number>(0);\n  return (',
    );
  });

  test('returns only the named region', () => {
    expect(extractRegion(greeting, GREETING, 'props')).toBe(
      'interface GreetingProps {\n  name: string;\n  children?: ReactNode;\n}\n',
    );
  });

  test('strips the markers of regions nested inside the one shown', () => {
    const component = extractRegion(greeting, GREETING, 'component');
    expect(component).not.toMatch(/#(end)?region/);
    expect(component).toContain('<h1>Hello, {name}</h1>');
    expect(component.split('\n')[0]).toBe(
      'export default function Greeting({ name, children }: GreetingProps) {',
    );
  });

  test('dedents a nested region to the left margin', () => {
    expect(extractRegion(greeting, GREETING, 'state')).toBe(
      'const [count, setCount] = useState<number>(0);\n',
    );
  });

  test('reads regions marked with JSX comments', () => {
    expect(extractRegion(greeting, GREETING, 'markup')).toBe(
      '<h1>Hello, {name}</h1>\n<button onClick={() => setCount(count + 1)}>Clicked {count} times</button>\n',
    );
  });

  test('accepts Windows line endings', () => {
    expect(
      extractRegion(greeting.replace(/\n/g, '\r\n'), GREETING, 'state'),
    ).toBe('const [count, setCount] = useState<number>(0);\n');
  });

  test('names the file and the known regions when a region is missing', () => {
    expect(() => extractRegion(greeting, GREETING, 'footer')).toThrow(
      'examples/greeter/pages/greeting.tsx: no region "footer". Regions in this file: props, state, markup, component.',
    );
  });
});

describe('excerpt', () => {
  test('says where each line shown comes from and how far it was dedented', () => {
    expect(excerpt(greeting, GREETING, 'markup')).toMatchObject({
      sourceLines: [18, 19],
      indent: 6,
    });
  });
});

describe('listRegions', () => {
  test('rejects a region name used twice, with both lines', () => {
    expect(() =>
      listRegions(
        readFixture('examples/greeter/lib/duplicate.ts'),
        'examples/greeter/lib/duplicate.ts',
      ),
    ).toThrow(
      'examples/greeter/lib/duplicate.ts: region "twice" is defined twice (lines 1 and 5)',
    );
  });

  test('rejects a region that is never closed', () => {
    expect(() =>
      listRegions(
        readFixture('examples/greeter/lib/unclosed.ts'),
        'examples/greeter/lib/unclosed.ts',
      ),
    ).toThrow(
      'examples/greeter/lib/unclosed.ts:1: region "open" is never closed',
    );
  });

  test('rejects an #endregion with no #region', () => {
    expect(() => listRegions('// #endregion stray\n', 'a.ts')).toThrow(
      'a.ts:1: #endregion "stray" has no matching #region.',
    );
  });

  test('rejects a marker without a name', () => {
    expect(() => listRegions('// #region\n// #endregion\n', 'a.ts')).toThrow(
      'a.ts:1: #region needs a name',
    );
  });
});
