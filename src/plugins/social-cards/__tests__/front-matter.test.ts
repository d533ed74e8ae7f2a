import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withSocialCard } from '../front-matter';

const siteDir = path.resolve('/site');
const parse = withSocialCard(siteDir);

/** The front matter the hook gives `file`, whose own front matter is `frontMatter`. */
async function frontMatterOf(
  file: string,
  frontMatter: Record<string, unknown> = {},
) {
  const result = await parse({
    filePath: path.join(siteDir, file),
    fileContent: '',
    // Docusaurus's parser would read this from the file's text.
    defaultParseFrontMatter: async () => ({
      frontMatter: { ...frontMatter },
      content: '',
    }),
  });
  return result.frontMatter;
}

describe('withSocialCard', () => {
  test('a page gets the card named after its file, whatever its slug', async () => {
    expect(
      await frontMatterOf('docs/securing-pages-and-api-routes.mdx', {
        title: 'Overview',
        slug: '/overview',
      }),
    ).toEqual({
      title: 'Overview',
      slug: '/overview',
      image: '/img/cards/docs/securing-pages-and-api-routes.png',
    });
    expect((await frontMatterOf('docs/guide/caches.md')).image).toBe(
      '/img/cards/docs/guide/caches.png',
    );
  });

  test('a page that names an image of its own keeps it', async () => {
    expect(
      (await frontMatterOf('docs/a.mdx', { image: './shot.png' })).image,
    ).toBe('./shot.png');
  });

  test('a partial gets no front matter, which Docusaurus refuses in partials', async () => {
    expect(await frontMatterOf('docs/_snippet.mdx')).toEqual({});
    expect(await frontMatterOf('docs/_parts/a.mdx')).toEqual({});
  });
});
