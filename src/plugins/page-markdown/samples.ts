import { readFileSync } from 'node:fs';
import type { Code, RootContent } from 'mdast';
import { parseIncludeMeta } from '../include-examples/meta';
import { languageOf, partsOf, shownCode } from '../include-examples/parts';
import { checkReference } from '../include-examples/reference';
import { paragraph, strong } from './nodes';

/** What the page says where the JavaScript of a part has nothing but types. */
const TYPES_ONLY =
  ' this code only declares types, so a JavaScript project leaves it out.';

/**
 * An included sample (```tsx file=examples/…#region```) as the page shows
 * it, through the page's own include machinery: the part in TypeScript, then
 * its JavaScript twin, each a code block titled with its file. Null for a
 * fence that includes nothing.
 */
export async function sampleMarkdown(
  fence: Code,
  {
    siteDir,
    from,
    included,
  }: { siteDir: string; from: string; included: Set<string> },
): Promise<RootContent[] | null> {
  const meta = parseIncludeMeta(fence.meta);
  if (!meta) return null;
  // The same checks as the page's: a missing file or region names both.
  const absolute = checkReference(meta, siteDir, from);
  included.add(absolute);
  const { variants } = await partsOf(
    readFileSync(absolute, 'utf8'),
    meta.file,
    meta.region,
  ).catch((error: Error) => {
    const name = `${meta.file}${meta.region ? `#${meta.region}` : ''}`;
    throw new Error(`${from}: cannot include ${name}: ${error.message}`);
  });
  return [variants.ts, variants.js].flatMap((part): RootContent[] => {
    if (!part) return [];
    const shown = shownCode(part);
    if (!shown) return [paragraph(strong('JavaScript:'), TYPES_ONLY)];
    return [
      {
        type: 'code',
        lang: languageOf(part.title),
        meta: `title="${part.title}"`,
        value: shown.replace(/\n$/, ''),
      },
    ];
  });
}
