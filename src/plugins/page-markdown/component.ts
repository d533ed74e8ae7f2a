// How an MDX component turns into Markdown. Each component a guide page
// uses has a `markdown.ts` beside it (src/components/X/markdown.ts,
// src/theme/Tabs/markdown.ts) whose default export is a ComponentMarkdown.
// A component without one fails the Markdown build with its name: a page's
// Markdown never silently drops what the page shows.
import { existsSync, statSync } from 'node:fs';
import { createJiti } from 'jiti';
import path from 'node:path';
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What a component's Markdown rendering is given besides its props. */
export interface MarkdownContext {
  /** Absolute path of the site's root. */
  siteDir: string;
  /** The page being written: its title and its address on the site. */
  page: { title: string; url: string };
  /**
   * The address a link to `href` has in Markdown: a guide page's own
   * Markdown, any other path of the site on the site.
   */
  link(href: string): string;
  /** An example app's address (`example`, `database`), null when the site links to none. */
  appUrl(app: string): string | null;
  /** Inside a paragraph (phrasing content) or between blocks (flow content). */
  inline: boolean;
  /** The element's children as written in the MDX. */
  children: MdxElement['children'];
  /** Markdown of MDX nodes, such as the element's children. */
  convert(nodes: MdxElement['children']): Promise<RootContent[]>;
  /** The same as text, for inside a paragraph or a link (a lone paragraph is opened up). */
  convertInline(nodes: MdxElement['children']): Promise<PhrasingContent[]>;
  /** The props of an MDX element, such as a child's. */
  propsOf(element: MdxElement): Record<string, unknown>;
}

/** One use of a component, as Markdown nodes: flow content, or phrasing content inline. */
export type ComponentMarkdown<Props = Record<string, unknown>> = (
  props: Props,
  context: MarkdownContext,
) => RootContent[] | Promise<RootContent[]>;

/** The file holding a component's Markdown rendering, in the component's folder. */
export const RENDERER_FILE = 'markdown.ts';

/**
 * The folder an MDX import names (one component per folder): `@site/…` from the site's root,
 * `@theme/X` from the site's own theme components (src/theme/X), `./x`
 * from the MDX file. Null for anything else (a package's component).
 */
export function resolveImport(
  source: string,
  mdxFile: string,
  siteDir: string,
): string | null {
  if (source.startsWith('@site/')) {
    return path.join(siteDir, source.slice('@site/'.length));
  }
  if (source.startsWith('@theme/')) {
    return path.join(siteDir, 'src/theme', source.slice('@theme/'.length));
  }
  if (source.startsWith('.'))
    return path.resolve(path.dirname(mdxFile), source);
  return null;
}

/** The `markdown.ts` in a component's folder, if it has one. */
export function rendererFile(folder: string | null): string | null {
  if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
    return null;
  }
  const file = path.join(folder, RENDERER_FILE);
  return existsSync(file) ? file : null;
}

/**
 * Loads the Markdown rendering of a component an MDX file imports, once per
 * set of renderers (make a new set to read them again after an edit).
 */
export function createRenderers(siteDir: string) {
  const jiti = createJiti(__filename, {
    alias: { '@site': siteDir },
    moduleCache: false,
  });
  const loaded = new Map<string, Promise<ComponentMarkdown>>();
  return {
    load(name: string, source: string, mdxFile: string) {
      const folder = resolveImport(source, mdxFile, siteDir);
      const file = rendererFile(folder);
      if (!file) {
        const where = folder
          ? path.join(path.relative(siteDir, folder), RENDERER_FILE)
          : `a folder of its own with a ${RENDERER_FILE}`;
        return Promise.reject(
          new Error(
            `<${name}> (imported from '${source}') has no Markdown rendering for the page's Markdown: add ${where}, whose default export is a ComponentMarkdown (see src/plugins/page-markdown/component.ts)`,
          ),
        );
      }
      if (!loaded.has(file)) {
        loaded.set(
          file,
          jiti
            .import<{ default: ComponentMarkdown }>(file)
            .then(({ default: render }) => {
              if (typeof render !== 'function') {
                throw new Error(`${file} has no default export`);
              }
              return render;
            }),
        );
      }
      return loaded.get(file)!;
    },
    /** The renderers loaded so far. */
    files: () => [...loaded.keys()],
  };
}
