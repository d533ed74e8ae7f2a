import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Program } from 'estree';
import type {
  Heading,
  Nodes,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { admonitionMarkdown } from './admonitions';
import { anchorsOf, type Anchors } from './anchors';
import type {
  ComponentMarkdown,
  MarkdownContext,
  MdxElement,
} from './component';
import type { Links } from './links';
import { asFlow, asPhrasing } from './flow';
import { blockquote, code, link, paragraph, text } from './nodes';
import { propsOf } from './props';
import { sampleMarkdown } from './samples';

/** A guide page, as the docs plugin loaded it. */
export interface Page {
  /** Absolute path of its MDX file. */
  file: string;
  title: string;
  description: string;
  permalink: string;
}

/** What every page's Markdown is written with. */
export interface Site {
  siteDir: string;
  links: Links;
  /** Every example file a page includes, added to as pages are written. */
  included: Set<string>;
  appUrl(app: string): string | null;
  /** The Markdown rendering of the component `name` an MDX file imports from `source`. */
  renderer(
    name: string,
    source: string,
    mdxFile: string,
  ): Promise<ComponentMarkdown>;
}

// MDX as the docs plugin reads it: GFM tables, directives for admonitions,
// front matter.
const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkFrontmatter);

const printer = unified()
  // Columns padded to one width would pad every row to the longest JSON body.
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  });

/** Local names of an MDX file's imports, and what each is imported from. */
function importsOf(tree: Root): Map<string, string> {
  const imports = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = (node as MdxjsEsm).data?.estree as Program | undefined;
    for (const statement of program?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) {
        imports.set(specifier.local.name, String(statement.source.value));
      }
    }
  }
  return imports;
}

/** A heading's text, without the space its `{/* #id *\/}` left. */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1);
  if (last?.type !== 'text') return children;
  const value = last.value.trimEnd();
  return value
    ? [...children.slice(0, -1), { ...last, value }]
    : children.slice(0, -1);
}

/**
 * One guide page as Markdown (a tree, printed by printMarkdown): its title,
 * description and prose; every sample from the example's source; every
 * component by its own Markdown rendering (component.ts). With it, where its
 * sections are in the Markdown, for the links to them (anchors.ts).
 */
export async function pageMarkdown(
  page: Page,
  site: Site,
): Promise<{ tree: Root; anchors: Anchors }> {
  const from = path.relative(site.siteDir, page.file);
  const tree = parser.parse(readFileSync(page.file, 'utf8'));
  const imports = importsOf(tree);
  // Headings with an id of their own on the site.
  const ids = new Map<Heading, string>();

  const convertAll = async (
    nodes: readonly Nodes[],
  ): Promise<RootContent[]> => {
    const converted: RootContent[] = [];
    for (const node of nodes) converted.push(...(await convert(node)));
    return converted;
  };

  const renderElement = async (
    element: MdxElement,
    inline: boolean,
  ): Promise<RootContent[]> => {
    const { name } = element;
    if (!name) return convertAll(element.children);
    if (name === 'code') {
      const value = toString(await convertAll(element.children)).trim();
      return [code(value)];
    }
    if (/^[a-z]/.test(name)) {
      throw new Error(
        `<${name}> has no Markdown form (of HTML elements, only <code> does)`,
      );
    }
    const source = imports.get(name);
    if (!source) {
      throw new Error(
        `<${name}> is not imported by the page, so its Markdown rendering cannot be found`,
      );
    }
    const render = await site.renderer(name, source, page.file);
    const context: MarkdownContext = {
      siteDir: site.siteDir,
      page: { title: page.title, url: site.links.pageUrl(page.permalink) },
      link: (href) => site.links.resolve(href),
      appUrl: site.appUrl,
      inline,
      children: element.children,
      convert: (nodes) => convertAll(nodes),
      convertInline: async (nodes) =>
        asPhrasing(await convertAll(nodes), `<${name}>'s children`),
      propsOf,
    };
    const rendered = await render(propsOf(element), context);
    return inline ? asPhrasing(rendered, `<${name}>`) : asFlow(rendered);
  };

  const convert = async (node: Nodes): Promise<RootContent[]> => {
    switch (node.type) {
      case 'root':
        return convertAll(node.children);
      case 'yaml':
      case 'mdxjsEsm':
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // Comments, such as a heading's `{/* #id */}`, are dropped.
        if ((node.data?.estree as Program | undefined)?.body.length === 0) {
          return [];
        }
        throw new Error(
          `the expression {${node.value}} has no Markdown form: write text, or a component with a markdown.ts`,
        );
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return renderElement(node, node.type === 'mdxJsxTextElement');
      case 'code':
        return (
          (await sampleMarkdown(node, {
            siteDir: site.siteDir,
            from,
            included: site.included,
          })) ?? [node]
        );
      case 'containerDirective':
        return admonitionMarkdown(node, (nodes) => convertAll(nodes));
      case 'leafDirective':
      case 'textDirective': {
        // Not a directive to Docusaurus either (`:name` in prose): the text.
        const children = await convertAll(node.children);
        const words: RootContent[] = [text(`:${node.name}`), ...children];
        return node.type === 'leafDirective'
          ? [paragraph(...(words as PhrasingContent[]))]
          : words;
      }
      case 'link':
      case 'definition':
      case 'image': {
        const url = site.links.resolve(node.url, page.file);
        if (node.type !== 'link') return [{ ...node, url }];
        const children = await convertAll(node.children);
        return [{ ...node, url, children: children as PhrasingContent[] }];
      }
      case 'heading': {
        const children = await convertAll(node.children);
        const heading = {
          ...node,
          children: trimEnd(children as PhrasingContent[]),
        };
        const id = explicitId(node);
        if (id) ids.set(heading, id);
        return [heading];
      }
      default:
        if ('children' in node) {
          const children = await convertAll((node as Parent).children);
          return [{ ...node, children } as RootContent];
        }
        return [node as RootContent];
    }
  };

  let body: RootContent[];
  try {
    body = await convertAll(tree.children);
  } catch (error) {
    const { message } = error as Error;
    throw new Error(
      message.startsWith(from) ? message : `${from}: ${message}`,
      {
        cause: error,
      },
    );
  }
  const url = site.links.pageUrl(page.permalink);
  const title: Heading = {
    type: 'heading',
    depth: 1,
    children: [text(page.title)],
  };
  const root: Root = {
    type: 'root',
    children: [
      title,
      ...(page.description ? [blockquote(paragraph(page.description))] : []),
      paragraph('The page on the site: ', link(url, url), '.'),
      ...body,
    ],
  };
  return { tree: root, anchors: anchorsOf(root, ids, title) };
}

/** A page's Markdown as text. */
export function printMarkdown(tree: Root): string {
  return printer.stringify(tree);
}

/** The id a heading gives itself on the site: `## Title {/* #id *\/}`. */
function explicitId(heading: Heading): string | null {
  for (const child of heading.children) {
    if (child.type !== 'mdxTextExpression') continue;
    const id = /^\/\*\s*#([\w-]+)\s*\*\/$/.exec(child.value.trim())?.[1];
    if (id) return id;
  }
  return null;
}
