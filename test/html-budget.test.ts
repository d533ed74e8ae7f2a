import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { expect, test } from 'vitest';

// The server HTML of every guide page stays light: the browser parses all
// of it before the page responds (bench/site.json records the counts that
// `npm run bench:site` measured).
const docsDir = path.resolve(__dirname, '..', 'build', 'docs');
const pages = readdirSync(docsDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    name: `/docs/${file.slice(0, -'.html'.length)}`,
    $: load(readFileSync(path.join(docsDir, file), 'utf8')),
  }));

/** Where Lighthouse's DOM size audit fails a page. */
const PAGE_BUDGET = 1400;
/** What the closed "Copy page" control may add: its menu and fallback render only when opened. */
const CONTROL_BUDGET = 8;

test.each(pages.map((page) => [page.name, page] as const))(
  '%s has fewer elements than Lighthouse allows a page',
  (_, { $ }) => {
    expect($('*').length).toBeLessThan(PAGE_BUDGET);
  },
);

test.each(pages.map((page) => [page.name, page] as const))(
  '%s: the closed "Copy page" control adds at most a handful of elements',
  (_, { $ }) => {
    const copy = $('button')
      .filter((_, button) => $(button).text() === 'Copy page')
      .first();
    expect(copy.length).toBe(1);
    // The control, and the row that puts it beside the breadcrumbs.
    const row = copy.parentsUntil('article').last();
    const breadcrumbs = row.find('nav.theme-doc-breadcrumbs');
    const added = row.find('*').length + 1 - (breadcrumbs.find('*').length + 1);
    expect(added).toBeLessThanOrEqual(CONTROL_BUDGET);
  },
);
