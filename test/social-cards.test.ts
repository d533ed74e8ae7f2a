import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { imageSize } from 'image-size';
import { describe, expect, test } from 'vitest';

// A link to any page, shared in a chat or a post, shows that page's card:
// every built page names one, and the card is in the build.
const buildDir = path.resolve(__dirname, '..', 'build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

if (!existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error('No built site in build/: run `npm run build` first.');
}
const pages = htmlFiles(buildDir).map((file) => {
  const $ = load(readFileSync(file, 'utf8'));
  const all = (selector: string) =>
    $(selector)
      .toArray()
      .map((meta) => $(meta).attr('content'));
  return {
    name: path.relative(buildDir, file),
    ogImages: all('meta[property="og:image"]'),
    twitterImages: all('meta[name="twitter:image"]'),
  };
});

describe.each(pages)('$name', ({ ogImages, twitterImages }) => {
  test('names one card, absolute, for og:image and twitter:image alike', () => {
    expect(ogImages).toHaveLength(1);
    expect(twitterImages).toEqual(ogImages);
    // Open Graph wants an absolute URL: a relative one shows no card.
    expect(ogImages[0]).toMatch(/^https?:\/\//);
  });

  test('its card is in the build, a 1200×630 PNG', () => {
    const file = path.join(buildDir, new URL(ogImages[0]!).pathname);
    expect(existsSync(file), `${file} is missing`).toBe(true);
    expect(imageSize(readFileSync(file))).toMatchObject({
      type: 'png',
      width: 1200,
      height: 630,
    });
  });
});

test('each guide page has a card of its own, not the site’s', () => {
  const guide = pages.filter(({ name }) => name.startsWith('docs/'));
  expect(guide.length).toBeGreaterThan(0);
  const cards = guide.map(({ ogImages }) => ogImages[0]);
  const home = pages.find(({ name }) => name === 'index.html')!;
  expect(cards).not.toContain(home.ogImages[0]);
  expect(new Set(cards).size).toBe(guide.length);
});
