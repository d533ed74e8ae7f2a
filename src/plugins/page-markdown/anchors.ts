// Links to a section that still land on it in a Markdown viewer. On the
// site a heading can carry an id of its own (`## 1. Versions {/* #versions */}`)
// that Markdown cannot keep: viewers (GitHub, editors) give each heading the
// GitHub slug of its text instead. So each link to a section is pointed at
// that slug.
import { createSlugger } from '@docusaurus/utils';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A section's id on the site → its id in the page's Markdown. */
export type Anchors = Map<string, string>;

/**
 * The anchors of a page's Markdown. `ids` holds the headings that have an
 * id of their own on the site; the others have the slug of their text there
 * too. `title` is the heading the Markdown adds, which the site's MDX lacks.
 */
export function anchorsOf(
  tree: Root,
  ids: ReadonlyMap<Heading, string>,
  title: Heading,
): Anchors {
  const onSite = createSlugger();
  const inMarkdown = createSlugger();
  const anchors: Anchors = new Map();
  visit(tree, 'heading', (heading) => {
    const text = toString(heading);
    const slug = inMarkdown.slug(text);
    if (heading === title) return;
    anchors.set(ids.get(heading) ?? onSite.slug(text), slug);
  });
  return anchors;
}

/**
 * Points every link to a section of a page (`#x` in `tree`, or
 * `…/page.md#x`) at that section's id in the page's Markdown.
 * `anchorsAt` gives a Markdown URL's anchors ('' for the tree's own page).
 */
export function pointSectionLinks(
  tree: Root,
  anchorsAt: (markdownUrl: string) => Anchors | undefined,
): void {
  visit(tree, 'link', (link) => {
    const [, url = '', id] = /^([^#]*)#(.+)$/.exec(link.url) ?? [];
    if (!id) return;
    const slug = anchorsAt(url)?.get(decodeURIComponent(id));
    if (slug) link.url = `${url}#${slug}`;
  });
}
