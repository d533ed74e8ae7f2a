/**
 * Every guide page as Markdown, served beside it (`/docs/x` → `/docs/x.md`),
 * with `/llms.txt`, `/llms-full.txt` and copies of the example apps' READMEs.
 *
 * Why a plugin that reads each page's MDX once all content is loaded:
 * - a page's HTML holds only what a reader sees first (TypeScript, one
 *   router) and its components' markup; its MDX names every sample, which
 *   the include machinery resolves here as it does for the page
 *   (include-examples/parts.ts), in both languages and both routers;
 * - `allContentLoaded` hands over the docs plugin's titles, descriptions,
 *   permalinks and the sidebar's order, which llms.txt and the links from
 *   one page's Markdown to another's need. A remark pass inside the docs
 *   build would see one file at a time, once per bundle, and none of that.
 * The files are written by `postBuild`; in development the same files are
 * written to a folder the dev server serves, again whenever a page, an
 * included file or a component's Markdown rendering changes.
 */
import type { AppUrls, ExampleApp } from '../../example-apps';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  LoadedContent,
  LoadedVersion,
} from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { pointSectionLinks } from './anchors';
import { createRenderers } from './component';
import { createLinks, markdownPath } from './links';
import { llmsFullTxt, llmsTxt, readmeEntry, type Entry } from './llms-txt';
import { pageMarkdown, printMarkdown, type Page, type Site } from './page';

export interface Options {
  /** The deployed site's address (SITE_URL): links are absolute with one, from the root without. */
  siteUrl: string | null;
}

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** Doc ids in the order a reader meets them in the sidebars. */
function sidebarOrder(sidebars: LoadedVersion['sidebars']): string[] {
  const ids: string[] = [];
  const walk = (items: readonly SidebarItem[]) => {
    for (const item of items) {
      if (item.type === 'doc' || item.type === 'ref') ids.push(item.id);
      if (item.type === 'category') {
        if (item.link?.type === 'doc') ids.push(item.link.id);
        walk(item.items);
      }
    }
  };
  for (const items of Object.values(sidebars)) walk(items);
  return ids;
}

const SUMMARY_DETAILS =
  "Every page below is Markdown written from the guide's source when the site is built. " +
  "Each code sample in it is the example apps' own source: the TypeScript, then its JavaScript " +
  'twin, each a code block titled with its file; where a page has a Pages Router and an App Router ' +
  'variant, both are there, each labelled. Recorded API answers, routes and benchmark figures are ' +
  'Markdown tables; a live preview or a diagram is described in a sentence that links to the page.';

export default function pageMarkdownPlugin(
  context: LoadContext,
  options: Options,
): Plugin {
  const { siteDir, siteConfig, generatedFilesDir, baseUrl } = context;
  const devDir = path.join(generatedFilesDir, 'page-markdown');
  const isDevelopment = process.env.NODE_ENV !== 'production';
  let files = new Map<string, string>();
  let watched: string[] = [];

  /** Each app's address, as the site's components link to it. */
  const appUrl = (app: string) =>
    (siteConfig.customFields?.appUrls as AppUrls)[app as ExampleApp] ?? null;

  /** The example apps, as npm workspaces, whose README is published too. */
  const apps = (
    JSON.parse(readFileSync(path.join(siteDir, 'package.json'), 'utf8'))
      .workspaces as string[]
  ).map((folder) => `${folder}/README.md`);

  async function generate(docsContent: LoadedContent) {
    // One version of the docs here: the current one.
    const [version] = docsContent.loadedVersions;
    if (!version) throw new Error('page-markdown: the docs have no version');
    const order = sidebarOrder(version.sidebars);
    const position = (id: string) =>
      order.includes(id) ? order.indexOf(id) : order.length;
    const docs = version.docs.toSorted(
      (a, b) => position(a.id) - position(b.id),
    );
    const pages: Page[] = docs.map((doc) => ({
      file: path.join(siteDir, doc.source.replace(/^@site\//, '')),
      title: doc.title,
      description: doc.description,
      permalink: doc.permalink,
    }));
    const links = createLinks(pages, { siteUrl: options.siteUrl });

    // Each generation loads the renderers afresh: in development they change.
    const renderers = createRenderers(siteDir);
    const site: Site = {
      siteDir,
      links,
      included: new Set(),
      appUrl,
      renderer: renderers.load,
    };

    const trees: Awaited<ReturnType<typeof pageMarkdown>>[] = [];
    for (const page of pages) trees.push(await pageMarkdown(page, site));
    // Links to sections, once every page's sections are known.
    const anchors = new Map(
      pages.map((page, i) => [links.markdownUrl(page.permalink), trees[i]!]),
    );
    const next = new Map<string, string>();
    const written: string[] = [];
    pages.forEach((page, i) => {
      const { tree, anchors: own } = trees[i]!;
      pointSectionLinks(tree, (url) => (url ? anchors.get(url)?.anchors : own));
      const markdown = printMarkdown(tree);
      next.set(markdownPath(page.permalink, baseUrl), markdown);
      written.push(markdown);
    });
    const readmes: Entry[] = apps.map((file) => {
      const source = readFileSync(path.join(siteDir, file), 'utf8');
      next.set(file, source);
      return {
        ...readmeEntry(source),
        url: links.siteUrl(`${baseUrl}${file}`),
      };
    });
    const summary = siteConfig.tagline;
    next.set(
      'llms.txt',
      llmsTxt({
        name: siteConfig.title,
        summary,
        details: SUMMARY_DETAILS,
        sections: [
          {
            title: 'Guide',
            entries: pages.map((page) => ({
              title: page.title,
              url: links.markdownUrl(page.permalink),
              note: page.description,
            })),
          },
          { title: 'Example apps', entries: readmes },
          {
            title: 'Optional',
            entries: [
              {
                title: 'The whole guide in one file',
                url: links.siteUrl(`${baseUrl}llms-full.txt`),
                note: 'every page above, in the order of the guide',
              },
            ],
          },
        ],
      }),
    );
    next.set(
      'llms-full.txt',
      llmsFullTxt({ name: siteConfig.title, summary }, written),
    );
    files = next;
    watched = [
      ...site.included,
      ...apps.map((file) => path.join(siteDir, file)),
      ...renderers.files().map((file) => path.join(path.dirname(file), '*.ts')),
    ];
  }

  function writeAll(dir: string) {
    for (const [file, content] of files) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }

  return {
    name: 'page-markdown',
    async allContentLoaded({ allContent }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']
        ?.default as LoadedContent | undefined;
      if (!docsContent) throw new Error('page-markdown: no docs were loaded');
      await generate(docsContent);
      if (isDevelopment) {
        rmSync(devDir, { recursive: true, force: true });
        writeAll(devDir);
      }
    },
    getPathsToWatch: () => watched,
    configureWebpack(_config, isServer) {
      if (isServer || !isDevelopment) return {};
      // The dev server serves them beside the pages, as a deployed site does.
      return {
        devServer: {
          static: [{ directory: devDir, publicPath: baseUrl, watch: false }],
        },
      } as ReturnType<NonNullable<Plugin['configureWebpack']>>;
    },
    async postBuild({ outDir }) {
      writeAll(outDir);
    },
  };
}
