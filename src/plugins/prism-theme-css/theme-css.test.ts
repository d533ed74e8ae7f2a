import { themes } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';
import { themeCss } from './theme-css';

describe('themeCss', () => {
  test('turns each theme style into a rule scoped to the colour mode', () => {
    const css = themeCss(themes.github, 'light');
    expect(css).toContain(
      "[data-theme='light'] .prehighlighted .token.comment,[data-theme='light'] .prehighlighted .token.prolog",
    );
    expect(css).toContain('{color:#999988;font-style:italic}');
  });

  test("overrides the code block's background and text colour for the mode", () => {
    const css = themeCss(themes.dracula, 'dark');
    expect(css.split('\n')[0]).toBe(
      `[data-theme='dark'] .example-code .theme-code-block{--prism-color:${themes.dracula.plain.color} !important;--prism-background-color:${themes.dracula.plain.backgroundColor} !important}`,
    );
  });
});
