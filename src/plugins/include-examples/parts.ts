// What a sample shows of its file, as text: the one source of the code both
// the page (sample.ts highlights it) and the page's Markdown copy show.
// Kept apart from sample.ts so that reading it loads no highlighter.
import path from 'node:path';
import { excerpt, type Excerpt } from './regions';
import { isTypeScript, javaScriptPath, toJavaScript } from './to-javascript';

/** `ts` and `js`: the part shown; `ts-whole` and `js-whole`: the whole file. */
export type VariantKey = 'ts' | 'js' | 'ts-whole' | 'js-whole';

// `.conf`: the example's only one is nginx's (examples/deploy/nginx.conf).
const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  mjs: 'js',
  cjs: 'js',
  conf: 'nginx',
};

/** The language of a file's code block, from its name. */
export function languageOf(file: string): string {
  const extension = path.extname(file).slice(1);
  return LANGUAGE_BY_EXTENSION[extension] ?? extension;
}

/** What a listing shows of a file, before it is highlighted. */
export interface Part {
  /** The file name shown above the code. */
  title: string;
  excerpt: Excerpt;
}

/**
 * The code a listing shows: the excerpt, or nothing for JavaScript of a part
 * that only declares types, which is nothing but comments: say so, rather
 * than show comments about code that is not there.
 */
export function shownCode({ title, excerpt: part }: Part): string {
  const hasCode = part.code
    .split('\n')
    .some((line) => line.trim() && !/^\s*(\/\/|\/\*|\*)/.test(line));
  return !hasCode && /\.jsx?$/.test(title) ? '' : part.code;
}

/** The parts of a sample, and the JavaScript twin of its file. */
export interface Parts {
  variants: Partial<Record<VariantKey, Part>>;
  /** The whole file in JavaScript; null for a file that is not TypeScript. */
  javaScript: string | null;
}

// Each file's JavaScript twin, for its latest content: a file's regions, and
// the page's Markdown, share one (Prettier takes ~0.1 s a file). One entry
// a file, so edits never grow it.
const twins = new Map<string, { source: string; twin: Promise<string> }>();

function twinOf(source: string, file: string): Promise<string> {
  const last = twins.get(file);
  if (last?.source === source) return last.twin;
  const twin = toJavaScript(source, file);
  twins.set(file, { source, twin });
  return twin;
}

/**
 * What a sample shows of its file, before highlighting: the part and (for a
 * part) the whole file, and for a TypeScript file the same from its
 * JavaScript twin. The page and its Markdown copy both take their code from
 * here, so the two cannot differ.
 */
export async function partsOf(
  source: string,
  file: string,
  region: string | null,
): Promise<Parts> {
  const ts = { title: file, excerpt: excerpt(source, file, region) };
  const tsWhole = region && { title: file, excerpt: excerpt(source, file) };
  if (!isTypeScript(file)) {
    return {
      variants: { ts, ...(tsWhole && { 'ts-whole': tsWhole }) },
      javaScript: null,
    };
  }
  // Regions are cut from the generated JS, so a part never has to parse alone.
  const javaScript = await twinOf(source, file);
  const jsFile = javaScriptPath(file);
  const js = { title: jsFile, excerpt: excerpt(javaScript, jsFile, region) };
  const variants: Parts['variants'] = { ts, js };
  if (tsWhole) {
    variants['ts-whole'] = tsWhole;
    variants['js-whole'] = {
      title: jsFile,
      excerpt: excerpt(javaScript, jsFile),
    };
  }
  return { variants, javaScript };
}
