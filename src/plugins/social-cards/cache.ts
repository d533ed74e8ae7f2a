import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CardText } from './card';

const require = createRequire(__filename);

// What a card's pixels depend on besides its text: the layout and the drawing
// code, and the versions of the renderers and of the font.
const DRAWING_CODE = ['card.ts', 'draw.ts'];
const RENDERERS = ['satori', '@resvg/resvg-js', '@fontsource/inter'];

async function drawingFingerprint(): Promise<string> {
  const code = await Promise.all(
    DRAWING_CODE.map((file) => readFile(path.join(__dirname, file), 'utf8')),
  );
  const versions = RENDERERS.map(
    (name) =>
      `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  );
  return JSON.stringify([code, versions]);
}

/**
 * Where a card drawn before is kept, by what it says and how it is drawn: a
 * build whose pages kept their titles and descriptions copies the cards
 * instead of drawing them again (drawing one costs about 0.1 s, and loading
 * the renderers about 1 s). Under node_modules/.cache, which
 * `docusaurus clear` empties.
 */
export async function cachedCardPaths(
  siteDir: string,
  texts: CardText[],
): Promise<string[]> {
  const fingerprint = await drawingFingerprint();
  const dir = path.join(siteDir, 'node_modules', '.cache', 'social-cards');
  return texts.map((text) => {
    const key = createHash('sha256')
      .update(fingerprint)
      .update(JSON.stringify([text.title, text.description, text.siteName]))
      .digest('hex');
    return path.join(dir, `${key}.png`);
  });
}
