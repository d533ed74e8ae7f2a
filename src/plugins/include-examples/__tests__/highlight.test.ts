import { describe, expect, test } from 'vitest';
import { highlight } from '../highlight';

describe('highlight', () => {
  test('colours tokens for both themes, with no span per line and plain text bare', async () => {
    const html = await highlight('const a = 1;\nreturn a;\n', 'ts');
    expect(html).not.toContain('class="line"');
    expect(html).toMatch(
      /^<span style="--shiki-light:#\w{6};--shiki-dark:#\w{6}">const<\/span>/,
    );
    expect(html).toMatch(/>return<\/span> a;$/);
    expect(html.split('\n')).toHaveLength(2);
  });

  test('gives a run of one colour a single span, spaces included', async () => {
    const html = await highlight('export default function f() {}\n', 'ts');
    expect(html).toContain('>export default function</span>');
  });

  test('puts each run of marked lines in one <mark>, its line break included', async () => {
    const html = await highlight(
      'a();\nb();\nc();\nd();\n',
      'ts',
      [],
      new Set([1, 2]),
    );
    const stripped = html.replace(/<span[^>]*>|<\/span>/g, '');
    expect(stripped).toBe('a();\n<mark>b();\nc();\n</mark>d();');
  });

  test('escapes markup so JSX shows as text', async () => {
    const html = await highlight('<a href="/x">A & B</a>\n', 'tsx');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&#x3C;');
    expect(html).toContain('&#x26;');
  });

  test('gives each occurrence of a name its type, and only the first a tab stop', async () => {
    const hover = (line: number, character: number) => ({
      line,
      character,
      name: 'a',
      text: 'let a: number',
    });
    const html = await highlight('let a = 1;\na = a + 1;\n', 'ts', [
      hover(0, 4),
      hover(1, 0),
      hover(1, 4),
    ]);
    expect(html.match(/aria-description="let a: number"/g)).toHaveLength(3);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).not.toMatch(/\n$/);
  });

  test('shows unknown languages as plain text', async () => {
    expect(await highlight('one\n<two>\n', 'no-such-language')).toBe(
      'one\n&#x3C;two>',
    );
  });
});
