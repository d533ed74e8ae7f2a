import { imageSize } from 'image-size';
import { describe, expect, test } from 'vitest';
import { drawCard } from '../draw';

const siteName = 'Securing pages and API routes with NextAuth.js';

describe('drawCard', () => {
  test('draws a 1200×630 PNG, however long the text', async () => {
    const png = await drawCard(
      {
        title: 'Protecting whole sections with the proxy, '.repeat(4),
        description:
          'Turn signed-out visitors away — before they render. '.repeat(12),
        siteName,
      },
      'docs/the-proxy.mdx',
    );
    expect(imageSize(png)).toMatchObject({
      type: 'png',
      width: 1200,
      height: 630,
    });
  });

  test('a character the font lacks fails with the page and the character', async () => {
    await expect(
      drawCard(
        { title: 'Sign in → redirect', description: 'Text.', siteName },
        '@site/docs/sign-in-page.mdx',
      ),
    ).rejects.toThrow(
      'Social card for @site/docs/sign-in-page.mdx: the card\'s font (Inter) has no glyph for "→".',
    );
  });
});
