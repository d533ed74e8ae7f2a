import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import type { PrismTheme } from 'prism-react-renderer';

extend([a11yPlugin]);

/** WCAG AA for normal text. */
const AA = 4.5;

function readable(color: string, background: string): string {
  const towardsContrast = colord(background).isDark() ? 'lighten' : 'darken';
  let candidate = colord(color);
  // 0.02 a step: at most 50 steps reach black or white, which always pass.
  for (let step = 0; step < 50 && candidate.contrast(background) < AA; step++) {
    candidate = candidate[towardsContrast](0.02);
  }
  return candidate.toHex();
}

/**
 * A Prism theme whose every token colour reaches WCAG AA contrast on the
 * theme's own background: each failing colour is darkened (or, on a dark
 * background, lightened) just enough. Popular themes, GitHub's among them,
 * fail for comments and strings; readers should not have to squint.
 */
export function withReadableColors(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: {
      ...theme.plain,
      color: readable(theme.plain.color ?? '#000000', background),
    },
    styles: theme.styles.map(({ types, style }) => ({
      types,
      // Faded tokens (opacity) would fall below AA again: show them whole.
      style: Object.fromEntries(
        Object.entries(style)
          .filter(([property]) => property !== 'opacity')
          .map(([property, value]) => [
            property,
            property === 'color' ? readable(String(value), background) : value,
          ]),
      ),
    })),
  };
}
