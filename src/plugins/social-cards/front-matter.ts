import path from 'node:path';
import type { ParseFrontMatter } from '@docusaurus/types';
import { cardOfSource } from './paths';

/**
 * The site's `markdown.parseFrontMatter`: every Markdown page that names no
 * `image` of its own gets its card as `image`, which the theme turns into
 * `og:image` and `twitter:image` with the site's absolute URL. Done on the
 * front matter, the page ships no script for it, and a page added later gets
 * its card without a line of its own.
 */
export function withSocialCard(siteDir: string): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    // Partials (_name.mdx, or under _folder/) are not pages, and Docusaurus
    // refuses front matter in them.
    const isPartial = path
      .relative(siteDir, params.filePath)
      .split(path.sep)
      .some((segment) => segment.startsWith('_'));
    if (!isPartial && result.frontMatter.image === undefined) {
      result.frontMatter.image = cardOfSource(siteDir, params.filePath);
    }
    return result;
  };
}
