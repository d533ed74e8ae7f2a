/**
 * Where a page's Markdown is served: beside the page, `/docs/x` →
 * `/docs/x.md` (and `/docs/` → `/docs/index.md`). The plugin writes it there
 * and the page's "Copy page" control fetches it from there.
 */
export function markdownUrlOf(permalink: string): string {
  return `${permalink.endsWith('/') ? `${permalink}index` : permalink}.md`;
}
