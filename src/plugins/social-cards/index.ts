import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { LoadedContent as PagesContent } from '@docusaurus/plugin-content-pages';
import type { AllContent, LoadContext, Plugin } from '@docusaurus/types';
import { cachedCardPaths } from './cache';
import type { CardText } from './card';
import { isCard } from './paths';

/** A card to draw: what it says, where it goes, and the source it is for (for errors). */
interface Card extends CardText {
  image: string;
  source: string;
}

/** Every instance of a content plugin, by its name in allContent. */
function instancesOf<T>(allContent: AllContent, plugin: string): T[] {
  return Object.values(allContent[plugin] ?? {}) as T[];
}

/**
 * The cards the site's pages name: the site's own (themeConfig.image), and
 * each doc's and Markdown page's `image` (front-matter.ts sets it), wherever
 * it points into the cards folder.
 */
function cardsNamed(allContent: AllContent, context: LoadContext): Card[] {
  const { title: siteName, tagline, themeConfig } = context.siteConfig;
  const cards: Card[] = [];
  if (isCard(themeConfig.image)) {
    cards.push({
      image: themeConfig.image,
      source: 'themeConfig.image',
      title: siteName,
      description: tagline,
      siteName,
    });
  }
  for (const docs of instancesOf<DocsContent>(
    allContent,
    'docusaurus-plugin-content-docs',
  )) {
    for (const doc of docs.loadedVersions.flatMap((version) => version.docs)) {
      if (!isCard(doc.frontMatter.image)) continue;
      cards.push({
        image: doc.frontMatter.image,
        source: doc.source,
        title: doc.title,
        description: doc.description,
        siteName,
      });
    }
  }
  for (const pages of instancesOf<PagesContent>(
    allContent,
    'docusaurus-plugin-content-pages',
  )) {
    for (const page of pages) {
      if (page.type !== 'mdx' || !isCard(page.frontMatter.image)) continue;
      cards.push({
        image: page.frontMatter.image,
        source: page.source,
        title: page.title ?? siteName,
        description: page.description ?? tagline,
        siteName,
      });
    }
  }
  // Two pages naming one card would get the later one's: a front matter
  // `image` copied from another page, say.
  const seen = new Map<string, string>();
  for (const { image, source } of cards) {
    const other = seen.get(image);
    if (other) {
      throw new Error(
        `Social cards: ${source} and ${other} both name ${image} as their image; each page needs its own.`,
      );
    }
    seen.set(image, source);
  }
  return cards;
}

/**
 * Draws a 1200×630 card (title, description, site name) for every page into
 * the build, offline, once the site is built; each page's og:image and
 * twitter:image point at its card (see front-matter.ts and themeConfig.image).
 * `docusaurus start` draws none: no one shares a link to a dev server.
 */
export default function socialCards(context: LoadContext): Plugin {
  let cards: Card[] = [];
  return {
    name: 'social-cards',
    allContentLoaded({ allContent }) {
      cards = cardsNamed(allContent, context);
    },
    async postBuild({ outDir }) {
      const cachePaths = await cachedCardPaths(context.siteDir, cards);
      const fresh = cards.filter((_, i) => !existsSync(cachePaths[i]!));
      // The renderers take a second to load: only when a card is new. Loaded
      // once, before drawing: cards drawn together must not each start it.
      const drawCard = fresh.length ? (await import('./draw')).drawCard : null;
      await Promise.all(
        cards.map(async (card, i) => {
          const file = path.join(outDir, card.image);
          const cached = cachePaths[i]!;
          await mkdir(path.dirname(file), { recursive: true });
          if (!drawCard || !fresh.includes(card)) {
            return copyFile(cached, file);
          }
          await writeFile(file, await drawCard(card, card.source));
          await mkdir(path.dirname(cached), { recursive: true });
          await copyFile(file, cached);
        }),
      );
      logger.info(
        `Social cards: ${fresh.length} drawn, ${cards.length - fresh.length} reused from the cache.`,
      );
    },
  };
}
