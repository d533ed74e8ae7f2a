import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { codeLines, expectedSample } from './example-source';

// The built site must show the example app as it is now: a pasted snippet,
// or an example edited without rebuilding, fails here.
const siteDir = path.resolve(__dirname, '..');
const buildDir = path.join(siteDir, 'build');
const CODE_LANGUAGES = /\blanguage-(ts|tsx|js|jsx|typescript|javascript)\b/;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The text a reader sees (and copies) in a rendered CodeBlock. */
function listingText($: CheerioAPI, listing: ReturnType<CheerioAPI>): string {
  return listing
    .find('.token-line')
    .map((_, line) => $(line).text())
    .get()
    .join('\n');
}

if (!existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error('No built site in build/: run `npm run build` first.');
}
const pages = htmlPages(buildDir).map((file) => ({
  name: path.relative(buildDir, file),
  $: load(readFileSync(file, 'utf8')),
}));
const guide = pages.find(
  (page) => page.name === 'docs/securing-pages-and-api-routes.html',
);

describe('the built guide', () => {
  test('exists and shows a dozen samples from the example app', () => {
    expect(guide).toBeDefined();
    expect(guide!.$('figure[data-example-file]').length).toBeGreaterThanOrEqual(
      12,
    );
  });

  test.each(pages.map((page) => [page.name, page] as const))(
    '%s has no TypeScript or JavaScript block that was not included from examples/',
    (_, { $ }) => {
      const pasted = $('pre')
        .filter((_, pre) => CODE_LANGUAGES.test($(pre).attr('class') ?? ''))
        .filter(
          (_, pre) => $(pre).closest('figure[data-example-file]').length === 0,
        )
        .map((_, pre) => $(pre).text().slice(0, 80))
        .get();
      expect(pasted).toEqual([]);
    },
  );

  // Every sample on every page: the guide, the session-strategy page, …
  const figures = pages.flatMap(({ $ }) =>
    $('figure[data-example-file]')
      .toArray()
      .map((figure) => ({
        file: $(figure).attr('data-example-file')!,
        region: $(figure).attr('data-example-region') || null,
        listings: $(figure)
          .find('[data-listing]')
          .toArray()
          .map((listing) => ({
            title: $(listing).attr('data-listing')!,
            text: listingText($, $(listing)),
          })),
      })),
  );

  test.each(
    figures.map(
      (f) => [`${f.file}${f.region ? `#${f.region}` : ''}`, f] as const,
    ),
  )(
    '%s equals its source now, with the JavaScript compiled from it',
    async (_, { file, region, listings }) => {
      const expected = await expectedSample(file, region);
      const [ts, js] = listings;
      expect(ts).toEqual({ title: file, text: expected.ts });
      // Every TypeScript sample has its JavaScript twin, named like it.
      expect(js?.title).toBe(
        file.replace(/\.d\.ts$/, '.ts').replace(/\.ts(x?)$/, '.js$1'),
      );
      expect(codeLines(js!.text)).toEqual(expected.jsCode);
      // Its comments are the TypeScript's, word for word.
      const tsLines = new Set(ts!.text.split('\n').map((line) => line.trim()));
      for (const line of js!.text.split('\n').filter((l) => l.trim())) {
        if (!codeLines(line).length) expect(tsLines).toContain(line.trim());
      }
    },
  );
});
