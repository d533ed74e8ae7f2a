import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import type { SatoriOptions } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, type CardText } from './card';

const require = createRequire(__filename);
// Through Node's own require: satori's CommonJS build exports `{ default }`
// without marking itself an ES module, which the loaders that run this file
// (Docusaurus's jiti, Vitest, jiti 2) each unwrap differently.
const { default: satori } = require('satori') as typeof import('satori');

// Inter from npm, so every machine draws the same card offline. Satori reads
// TTF, OTF and WOFF, not WOFF2: the .woff files. The Latin subsets cover
// English prose, its punctuation and accented names.
const FONT_FILES = [
  { weight: 400, subset: 'latin' },
  { weight: 400, subset: 'latin-ext' },
  { weight: 700, subset: 'latin' },
  { weight: 700, subset: 'latin-ext' },
] as const;

let fonts: Promise<SatoriOptions['fonts']> | undefined;

function loadFonts(): Promise<SatoriOptions['fonts']> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, subset }) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(
        require.resolve(
          `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`,
        ),
      ),
    })),
  );
  return fonts;
}

/**
 * The card as a 1200×630 PNG. `where` names the page in errors: a character
 * the font lacks fails the build rather than printing a blank box.
 */
export async function drawCard(text: CardText, where: string): Promise<Buffer> {
  const svg = await satori(cardElement(text) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(
        `Social card for ${where}: the card's font (Inter) has no glyph for ${JSON.stringify(segment)}.`,
      );
    },
  });
  // Satori draws text as paths: resvg needs no fonts of its own. Rendered
  // off the main thread, so that cards drawn together share the cores.
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  return image.asPng();
}
