import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { themes } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';
import { withReadableColors } from './readable-theme';

extend([a11yPlugin]);

describe('withReadableColors', () => {
  test.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])(
    'gives every %s token at least 4.5:1 contrast on its background',
    (_, theme) => {
      const readable = withReadableColors(theme);
      const background = readable.plain.backgroundColor!;
      for (const { style } of [{ style: readable.plain }, ...readable.styles]) {
        if (style.color)
          expect(
            colord(style.color).contrast(background),
          ).toBeGreaterThanOrEqual(4.5);
        expect(style.opacity).toBeUndefined();
      }
    },
  );

  test('keeps colours that already pass and changes those that fail only a little', () => {
    const readable = withReadableColors(themes.github);
    const comment = readable.styles.find(({ types }) =>
      types.includes('comment'),
    )!;
    // GitHub's grey comment fails (about 2.8:1); its readable twin is still a grey.
    expect(colord('#999988').contrast('#f6f8fa')).toBeLessThan(4.5);
    expect(comment.style.color).not.toBe('#999988');
    expect(colord(comment.style.color!).toHsl().s).toBeLessThan(15);
    expect(readable.plain.color?.toLowerCase()).toBe(
      themes.github.plain.color?.toLowerCase(),
    );
  });
});
