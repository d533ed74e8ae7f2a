import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { Code } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import sidebars from '../sidebars';
import { codeLines, expectedSample, type Expected } from './example-source';

// The built site must show the example app as it is now: a pasted snippet,
// or an example edited without rebuilding, fails here.
const siteDir = path.resolve(__dirname, '..');
const buildDir = path.join(siteDir, 'build');
const CODE_LANGUAGES = /^(ts|tsx|js|jsx|typescript|javascript)$/;

function files(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}

/** The text a reader sees, and copies, of highlighted code. */
function textOf(html: string): string {
  return load(`<code>${html}</code>`)('code').text();
}

if (!existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error('No built site in build/: run `npm run build` first.');
}
const pages = files(buildDir, '.html').map((file) => ({
  name: path.relative(buildDir, file),
  $: load(readFileSync(file, 'utf8')),
}));

/** Every listing a reader can be shown: in a page, or fetched when chosen. */
interface Listing {
  where: string;
  file: string;
  region: string | null;
  title: string;
  text: string;
}

// The listings in the pages' HTML: the default ones (TypeScript), on every page.
const inPages: Listing[] = pages.flatMap(({ name, $ }) =>
  $('figure[data-example-file]')
    .toArray()
    .map((figure) => {
      const $figure = $(figure);
      const listing = $figure.find('[data-listing]');
      return {
        where: name,
        file: $figure.attr('data-example-file')!,
        region: $figure.attr('data-example-region') || null,
        title: listing.attr('data-listing')!,
        text: listing.find('code').text(),
      };
    }),
);

// The listings fetched when a reader chooses another language or the whole file.
const fetched: Listing[] = files(path.join(buildDir, 'assets'), '.json')
  .map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) }))
  .filter(({ json }) => typeof json.html === 'string')
  .map(({ file, json }) => ({
    where: path.relative(buildDir, file),
    file: json.file,
    region: json.region,
    title: json.title,
    text: textOf(json.html),
  }));

/** What a page's MDX includes, in order (a fence may be indented, in a list). */
function includesOf(mdx: string) {
  return [
    ...readFileSync(mdx, 'utf8').matchAll(/^[ \t>]*```\w+ file=(\S+)/gm),
  ].map(([, target]) => {
    const [file, region] = target!.split('#');
    return { file: file!, region: region || null };
  });
}

// What the guide's pages include, read from their MDX source.
const included = files(path.join(siteDir, 'docs'), '.mdx').flatMap(includesOf);

const name = ({ file, region }: { file: string; region: string | null }) =>
  `${file}${region ? `#${region}` : ''}`;

function expectListingToBeSource(listing: Listing, expected: Expected) {
  if (listing.title === listing.file) {
    expect(listing.text).toBe(expected.ts);
    return;
  }
  // The JavaScript twin, named like the TypeScript.
  expect(listing.title).toBe(
    listing.file.replace(/\.d\.ts$/, '.ts').replace(/\.ts(x?)$/, '.js$1'),
  );
  expect(codeLines(listing.text)).toEqual(expected.jsCode);
  // Its comments are the TypeScript's, word for word.
  const tsLines = new Set(expected.ts.split('\n').map((line) => line.trim()));
  for (const line of listing.text.split('\n').filter((l) => l.trim())) {
    if (!codeLines(line).length) expect(tsLines).toContain(line.trim());
  }
}

describe('the built guide', () => {
  test('shows a dozen samples from the example app, each in TypeScript until the reader chooses', () => {
    expect(inPages.length).toBeGreaterThanOrEqual(12);
    for (const listing of inPages) expect(listing.title).toBe(listing.file);
    // Of each set of tabs, only the chosen panel is in the page.
    const count = (selector: string) =>
      pages.reduce((sum, { $ }) => sum + $(selector).length, 0);
    expect(count('[role=tablist]')).toBeGreaterThan(0);
    expect(count('[role=tabpanel]')).toBe(count('[role=tablist]'));
  });

  test.each(pages.map((page) => [page.name, page] as const))(
    '%s has no TypeScript or JavaScript block that was not included from examples/jwt/',
    (_, { $ }) => {
      const pasted = $('pre[data-language]')
        .filter((_, pre) => CODE_LANGUAGES.test($(pre).attr('data-language')!))
        .filter(
          (_, pre) => $(pre).closest('figure[data-example-file]').length === 0,
        )
        .map((_, pre) => $(pre).text().slice(0, 80))
        .get();
      expect(pasted).toEqual([]);
    },
  );

  test.each(included.map((sample) => [name(sample), sample] as const))(
    '%s can be shown in TypeScript and, unless it only declares types, JavaScript',
    async (_, { file, region }) => {
      const titles = fetched
        .filter((l) => l.file === file && l.region === region)
        .map((l) => l.title);
      expect(titles).toContain(file);
      const { jsCode } = await expectedSample(file, region);
      // One listing a language; a sample shown twice with other marked
      // lines is a listing again, under the same titles.
      if (jsCode.length) expect(new Set(titles).size).toBe(2);
    },
  );

  test.each(
    [...inPages, ...fetched].map(
      (l) => [`${name(l)} as ${l.title} (${l.where})`, l] as const,
    ),
  )(
    '%s equals its source now, with the JavaScript compiled from it',
    async (_, listing) => {
      expectListingToBeSource(
        listing,
        await expectedSample(listing.file, listing.region),
      );
    },
  );
});

// The Markdown of each page (/docs/x.md, and all of them in llms-full.txt):
// its samples, in the order the page's MDX includes them, read with a
// Markdown parser of its own.
const markdownParser = unified().use(remarkParse).use(remarkGfm);

interface MarkdownSample {
  title: string;
  text: string;
}

/** The code blocks titled with a file of the example apps, in order. */
function samplesIn(markdown: string): MarkdownSample[] {
  const found: MarkdownSample[] = [];
  visit(markdownParser.parse(markdown), 'code', (node: Code) => {
    const title = /title="(examples\/[^"]+)"/.exec(node.meta ?? '')?.[1];
    if (title) found.push({ title, text: node.value });
  });
  return found;
}

const guidePages = (sidebars.guide as string[]).map((id) => ({
  id,
  mdx: path.join(siteDir, 'docs', `${id}.mdx`),
  markdown: path.join(buildDir, 'docs', `${id}.md`),
}));

/** Each include's listings as the Markdown should hold them: TypeScript, then JavaScript unless there is none. */
async function expectSamplesToBeSource(
  samples: MarkdownSample[],
  includes: { file: string; region: string | null }[],
) {
  let next = 0;
  for (const include of includes) {
    const expected = await expectedSample(include.file, include.region);
    const ts = samples[next++];
    expect(ts?.title, name(include)).toBe(include.file);
    expectListingToBeSource(
      { ...include, ...ts!, where: 'Markdown' },
      expected,
    );
    if (!expected.jsCode.length) continue;
    const js = samples[next++];
    expect(js?.title, name(include)).not.toBe(include.file);
    expectListingToBeSource(
      { ...include, ...js!, where: 'Markdown' },
      expected,
    );
  }
  expect(samples.slice(next)).toEqual([]);
}

describe("the guide's Markdown", () => {
  test.each(guidePages.map((page) => [page.id, page] as const))(
    '%s.md holds every sample of the page, in TypeScript and JavaScript, equal to its source now',
    async (_, { mdx, markdown }) => {
      const includes = includesOf(mdx);
      await expectSamplesToBeSource(
        samplesIn(readFileSync(markdown, 'utf8')),
        includes,
      );
    },
  );

  test('llms-full.txt holds every sample of every page, in the order of the guide, equal to its source now', async () => {
    await expectSamplesToBeSource(
      samplesIn(readFileSync(path.join(buildDir, 'llms-full.txt'), 'utf8')),
      guidePages.flatMap(({ mdx }) => includesOf(mdx)),
    );
  });
});
