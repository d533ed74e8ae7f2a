import type { PrismTheme } from 'prism-react-renderer';
import type { CSSProperties } from 'react';

/** `fontStyle` → `font-style`. */
function declarations(style: CSSProperties, important = ''): string {
  return Object.entries(style)
    .map(
      ([key, value]) =>
        `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}${important}`,
    )
    .join(';');
}

/**
 * The CSS twin of a Prism theme object, for code highlighted at build time
 * (`.prehighlighted`), scoped to one colour mode.
 */
export function themeCss(theme: PrismTheme, mode: 'light' | 'dark'): string {
  const scope = `[data-theme='${mode}']`;
  const plain = declarations(
    {
      '--prism-color': theme.plain.color,
      '--prism-background-color': theme.plain.backgroundColor,
    } as CSSProperties,
    // Docusaurus sets these inline from the light theme when rendering on the
    // server; a stylesheet can only win over that with !important.
    ' !important',
  );
  const rules = theme.styles.map(
    ({ types, style }) =>
      `${types.map((type) => `${scope} .prehighlighted .token.${type}`).join(',')}{${declarations(style)}}`,
  );
  return [`${scope} .example-code .theme-code-block{${plain}}`, ...rules].join(
    '\n',
  );
}
