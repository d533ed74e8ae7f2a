import path from 'node:path';

/** Where the cards are written in the build, and served from. */
export const CARDS_DIR = '/img/cards/';

/** The site's own card: the home page's, and every page's without one of its own. */
export const SITE_CARD = `${CARDS_DIR}site.png`;

/**
 * The card of a Markdown file, named after the file so that every page has
 * its own whatever its slug: docs/protecting-pages.mdx → /img/cards/docs/protecting-pages.png.
 */
export function cardOfSource(siteDir: string, filePath: string): string {
  const relative = path.relative(siteDir, filePath).split(path.sep).join('/');
  return `${CARDS_DIR}${relative.replace(/\.mdx?$/, '')}.png`;
}

/** Whether an image named in a page's metadata is one of the cards this plugin draws. */
export function isCard(image: unknown): image is string {
  return typeof image === 'string' && image.startsWith(CARDS_DIR);
}
