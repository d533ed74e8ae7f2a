import path from 'node:path';
import { markdownUrlOf } from './markdown-url';

/** A guide page: its MDX file and its path on the site. */
export interface DocLocation {
  /** Absolute path of the MDX file. */
  file: string;
  /** e.g. `/docs/protecting-pages`, base URL included. */
  permalink: string;
}

/** Where things are, for a page's Markdown. */
export interface Links {
  /** The page on the site. */
  pageUrl(permalink: string): string;
  /** The page's Markdown, served beside it: `/docs/x` → `/docs/x.md`. */
  markdownUrl(permalink: string): string;
  /** Any path of the site (`/llms-full.txt`). */
  siteUrl(pathname: string): string;
  /**
   * A link as Markdown should have it: to a guide page, that page's
   * Markdown; to anything else on the site, the site; elsewhere, unchanged.
   * `from` is the MDX file the link is written in, for relative links.
   */
  resolve(href: string, from?: string): string;
}

const EXTERNAL = /^([a-z][a-z\d+.-]*:|\/\/)/i;
const PAGE_FILE = /\.mdx?$/;

/** The file a page's Markdown is written to, from the site's root (`docs/x.md`). */
export function markdownPath(permalink: string, baseUrl: string): string {
  return markdownUrlOf(permalink).slice(baseUrl.length);
}

/**
 * Links for a site at `siteUrl` (absolute links), or, with none, links from
 * the site's root (`/docs/x.md`), for a build that is not deployed anywhere.
 */
export function createLinks(
  docs: readonly DocLocation[],
  { siteUrl }: { siteUrl: string | null },
): Links {
  const origin = siteUrl?.replace(/\/$/, '') ?? '';
  const byFile = new Map(docs.map((doc) => [doc.file, doc.permalink]));
  const byPermalink = new Set(docs.map((doc) => doc.permalink));
  const links: Links = {
    pageUrl: (permalink) => `${origin}${permalink}`,
    markdownUrl: (permalink) => `${origin}${markdownUrlOf(permalink)}`,
    siteUrl: (pathname) => `${origin}${pathname}`,
    resolve(href, from) {
      if (href.startsWith('#') || EXTERNAL.test(href)) return href;
      const [, pathname = '', rest = ''] = /^([^#?]*)(.*)$/.exec(href)!;
      if (PAGE_FILE.test(pathname)) {
        const file = path.resolve(path.dirname(from ?? '.'), pathname);
        const permalink = byFile.get(file);
        if (!permalink) {
          throw new Error(`links to ${href}, which is no page of the guide`);
        }
        return `${links.markdownUrl(permalink)}${rest}`;
      }
      if (!pathname.startsWith('/')) {
        throw new Error(
          `links to ${href}: only pages (.mdx) and paths from the site's root can be linked`,
        );
      }
      const page = pathname.replace(/(.)\/$/, '$1');
      return byPermalink.has(page)
        ? `${links.markdownUrl(page)}${rest}`
        : `${links.siteUrl(pathname)}${rest}`;
    },
  };
  return links;
}
