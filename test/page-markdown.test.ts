import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { Code, Link, Root, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import measured from '../bench/auth.json';
import { EXAMPLE_APP_NAMES } from '../src/example-apps';
import { ROUTES } from '../examples/jwt/lib/routes';
import sidebars from '../sidebars';
import exampleAnswers from '../src/data/jwt-api-responses.json';
import databaseAnswers from '../src/data/database-sessions-api-responses.json';

// What a reader, or their assistant, gets from each page's Markdown and from
// /llms.txt: read from the built site with a Markdown parser, never through
// the plugin that wrote them (src/plugins/page-markdown).
const siteDir = path.resolve(__dirname, '..');
const buildDir = path.join(siteDir, 'build');
const read = (file: string) => readFileSync(path.join(buildDir, file), 'utf8');
const parse = (markdown: string) =>
  unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

function nodesOf<T extends Root['children'][number]>(
  tree: Root,
  type: T['type'],
): T[] {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
}

/** The rows of every table in a file, each cell as text. */
function rowsOf(file: string): string[][] {
  return nodesOf<TableRow>(parse(read(file)), 'tableRow').map((row) =>
    row.children.map(markdownText),
  );
}

if (!existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error('No built site in build/: run `npm run build` first.');
}

const ids = sidebars.guide as string[];
const htmlPages = readdirSync(path.join(buildDir, 'docs'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => `docs/${file.slice(0, -'.html'.length)}`);
const markdownFiles = [
  ...htmlPages.map((page) => `${page}.md`),
  'llms.txt',
  'llms-full.txt',
];

/**
 * The file in build/ a link of the built site's Markdown leads to: '' when
 * none does, null for a link that leaves the site. Links are from the
 * site's root, or absolute on SITE_URL in a build for deployment.
 */
function builtFile(url: string): string | null {
  const site = process.env.SITE_URL?.replace(/\/$/, '');
  const onSite = url.startsWith('/')
    ? url
    : site && url.startsWith(`${site}/`)
      ? url.slice(site.length)
      : null;
  if (onSite === null) return null;
  const pathname = decodeURIComponent(onSite.replace(/[#?].*$/, ''));
  return (
    [pathname, `${pathname}.html`]
      .map((candidate) => path.join(buildDir, candidate))
      .find((file) => existsSync(file) && statSync(file).isFile()) ?? ''
  );
}

describe("each guide page's Markdown", () => {
  test('every page of the guide, and every page under /docs/, has its Markdown beside it', () => {
    expect(htmlPages).toHaveLength(ids.length);
    for (const page of htmlPages) {
      expect(existsSync(path.join(buildDir, `${page}.md`)), page).toBe(true);
    }
  });

  test.each(htmlPages)(
    '%s.md starts with the title and description of the page',
    (page) => {
      const $ = load(read(`${page}.html`));
      const tree = parse(read(`${page}.md`));
      const [heading, quote] = tree.children;
      expect(heading).toMatchObject({ type: 'heading', depth: 1 });
      expect(markdownText(heading)).toBe($('article h1').first().text());
      expect(quote?.type).toBe('blockquote');
      expect(markdownText(quote)).toBe(
        $('meta[name="description"]').attr('content'),
      );
    },
  );

  test.each(markdownFiles)('%s holds no empty code block', (file) => {
    const blocks = nodesOf<Code>(parse(read(file)), 'code');
    expect(blocks.filter((block) => !block.value.trim())).toEqual([]);
  });

  test.each(htmlPages)(
    '%s.md holds Markdown only: no MDX import, component or comment left',
    (page) => {
      const tree = parse(read(`${page}.md`));
      const html = nodesOf(tree, 'html');
      expect(html).toEqual([]);
      const prose: string[] = [];
      visit(tree, 'text', (node) => void prose.push(node.value));
      expect(prose.join('\n')).not.toMatch(/^(import|export) |\{\/\*|<[A-Z]/m);
    },
  );

  test.each(htmlPages)(
    "%s.md links to the other pages' Markdown, and every link into the site resolves",
    (page) => {
      const links = nodesOf<Link>(parse(read(`${page}.md`)), 'link');
      for (const { url } of links) {
        expect(url).not.toMatch(/\.mdx(#|$)/);
        const file = builtFile(url);
        if (file === null) continue;
        expect(file, url).not.toBe('');
        if (/\/docs\/[^/#]+(#|$)/.test(url) && !url.includes('.md')) {
          // To a page: only the sentence about a preview or the diagram, and the page's own address.
          expect(url.replace(/#.*/, '')).toMatch(new RegExp(`/${page}$`));
        }
      }
    },
  );

  test.each(htmlPages)(
    '%s.md: every link to a section lands on a heading of the Markdown it points into',
    (page) => {
      const links = nodesOf<Link>(parse(read(`${page}.md`)), 'link');
      const sections = links.filter((link) => link.url.includes('#'));
      for (const { url } of sections) {
        const [target, id] = url.split('#') as [string, string];
        const file = target
          ? builtFile(target)
          : path.join(buildDir, `${page}.md`);
        if (file === null || !file.endsWith('.md')) continue;
        expect(headingIdsOf(file), url).toContain(decodeURIComponent(id));
      }
    },
  );
});

describe('the tables in Markdown, from the data the pages render', () => {
  const uses = (component: string) =>
    ids.flatMap((id) =>
      [
        ...readFileSync(
          path.join(siteDir, 'docs', `${id}.mdx`),
          'utf8',
        ).matchAll(new RegExp(`<${component}([^>]*)/>`, 'g')),
      ].map(([, attributes]) => ({ id, attributes: attributes! })),
    );

  test.each(
    uses('ApiResponses').map(
      (use) => [`${use.id}: ${use.attributes.trim()}`, use] as const,
    ),
  )(
    '%s: a table row per recorded visitor, with the status and the JSON body',
    (_, { id, attributes }) => {
      const route = /route="([^"]+)"/.exec(attributes)![1]!;
      const recorded = (
        attributes.includes('app="database-sessions"')
          ? databaseAnswers
          : exampleAnswers
      ) as Record<
        string,
        Record<string, { status: number; body: unknown } | string>
      >;
      const rows = rowsOf(`docs/${id}.md`);
      for (const [visitor, answer] of Object.entries(recorded[route]!)) {
        if (typeof answer === 'string') continue;
        expect(rows, `${route} ${visitor}`).toContainEqual([
          expect.any(String),
          String(answer.status),
          JSON.stringify(answer.body),
        ]);
      }
    },
  );

  test('the route tables list every route of the example app with what a visitor gets', () => {
    const rows = rowsOf('docs/run-the-example.md');
    for (const route of ROUTES) {
      const row = rows.find(([path]) => path === route.path);
      expect(row, route.path).toBeDefined();
      expect(row![2]).toBe(route.signedOut.replaceAll('`', ''));
    }
  });

  test('the benchmark table has every measured case of the JWT app, as measured', () => {
    const rows = rowsOf('docs/what-protects-you.md');
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    for (const row of measured.cases.filter((c) => c.sessions === 'jwt')) {
      expect(rows).toContainEqual(
        expect.arrayContaining([
          row.name,
          row.signedIn ? 'signed in' : 'signed out',
          format.format(row.requests.perSecond),
        ]),
      );
    }
  });

  test('a preview and the diagram become a sentence that links to their page', () => {
    const markdown = read('docs/protecting-pages.md');
    expect(markdown).toMatch(
      /A live preview on \[the page\]\([^)]*\/docs\/protecting-pages\) renders/,
    );
    expect(read('docs/securing-pages-and-api-routes.md')).toMatch(
      /A diagram on \[the page\]\([^)]*\/docs\/securing-pages-and-api-routes\) shows/,
    );
  });
});

describe('/llms.txt', () => {
  const tree = parse(read('llms.txt'));
  const links = nodesOf<Link>(tree, 'link');

  test('names the site, sums it up in a quotation, then lists its files under H2s', () => {
    const [title, summary] = tree.children;
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(markdownText(title)).toBe(
      load(read('index.html'))('.navbar__title').first().text(),
    );
    expect(summary?.type).toBe('blockquote');
    expect(
      nodesOf(tree, 'heading').filter(
        (h) => (h as { depth: number }).depth === 1,
      ),
    ).toHaveLength(1);
  });

  test("lists the guide's pages in the sidebar's order, each with its Markdown and its description", () => {
    const pages = links.filter((link) => /\/docs\/[^/]+\.md$/.test(link.url));
    expect(pages.map((link) => link.url.replace(/^.*\/docs\//, ''))).toEqual(
      ids.map((id) => `${id}.md`),
    );
    const text = read('llms.txt');
    for (const id of ids) {
      const description = load(read(`docs/${id}.html`))(
        'meta[name="description"]',
      ).attr('content')!;
      expect(text).toContain(`${id}.md): ${description}`);
    }
  });

  test("lists the example apps' READMEs", () => {
    const readmes = links.filter((link) => link.url.endsWith('README.md'));
    expect(readmes).toHaveLength(EXAMPLE_APP_NAMES.length);
    for (const { url } of readmes) {
      const file = builtFile(url)!;
      expect(readFileSync(file, 'utf8')).toBe(
        readFileSync(path.join(siteDir, path.relative(buildDir, file)), 'utf8'),
      );
    }
  });

  test('every link resolves to a file in build/', () => {
    expect(links.length).toBeGreaterThan(ids.length);
    for (const { url } of links) {
      const file = builtFile(url);
      expect(file, url).toBeTruthy();
    }
  });

  test("llms-full.txt is every page's Markdown, in the order of the guide", () => {
    const full = read('llms-full.txt');
    let from = 0;
    for (const id of ids) {
      const at = full.indexOf(read(`docs/${id}.md`), from);
      expect(at, id).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });
});

/**
 * The ids a Markdown viewer gives a file's headings, by GitHub's rule: the
 * text in lower case, without punctuation, spaces as hyphens, a number after
 * a repeated one.
 */
function headingIds(markdown: string): string[] {
  const seen = new Map<string, number>();
  return nodesOf(parse(markdown), 'heading').map((heading) => {
    const base = markdownText(heading)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  });
}

const headingIdsByFile = new Map<string, string[]>();
function headingIdsOf(file: string): string[] {
  if (!headingIdsByFile.has(file)) {
    headingIdsByFile.set(file, headingIds(readFileSync(file, 'utf8')));
  }
  return headingIdsByFile.get(file)!;
}

/** The text of a Markdown node, code included. */
function markdownText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { value, children } = node as { value?: string; children?: unknown[] };
  if (typeof value === 'string') return value;
  return (children ?? []).map(markdownText).join('');
}
