import { describe, expect, test } from 'vitest';
import { highlightToHtml } from '../highlight';

describe('highlightToHtml', () => {
  test('wraps each line, and each Prism token but plain text, in spans with Prism class names', () => {
    expect(highlightToHtml('const a = 1;\nreturn a;\n', 'ts')).toBe(
      '<span class="token-line"><span class="token keyword">const</span> a ' +
        '<span class="token operator">=</span> <span class="token number">1</span>' +
        '<span class="token punctuation">;</span></span>\n' +
        '<span class="token-line"><span class="token keyword">return</span>' +
        ' a<span class="token punctuation">;</span></span>',
    );
  });

  test('gives a run of tokens of one kind a single span', () => {
    expect(highlightToHtml('f();\n', 'ts')).toBe(
      '<span class="token-line"><span class="token function">f</span>' +
        '<span class="token punctuation">();</span></span>',
    );
  });

  test('escapes markup so JSX shows as text', () => {
    const html = highlightToHtml('<a href="/x">A & B</a>\n', 'tsx');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;');
    expect(html).toContain('&amp;');
  });

  test('keeps a blank line between highlighted lines as an empty line', () => {
    expect(highlightToHtml('a;\n\nb;\n', 'ts').split('\n')[1]).toBe(
      '<span class="token-line"></span>',
    );
  });

  test('shows unknown languages as plain, escaped text', () => {
    expect(highlightToHtml('one\n\n<two>\n', 'no-such-language')).toBe(
      '<span class="token-line">one</span>\n<span class="token-line"></span>\n' +
        '<span class="token-line">&lt;two&gt;</span>',
    );
  });
});
