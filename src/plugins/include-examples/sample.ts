import path from 'node:path';
import { highlight, type Hover } from './highlight';
import {
  languageOf,
  partsOf,
  shownCode,
  type Part,
  type VariantKey,
} from './parts';
import type { Excerpt } from './regions';
import { isTypeScript, typesInJavaScript } from './to-javascript';
import { typesOf, type TypeInfo } from './type-info';

export type { VariantKey } from './parts';

/** One listing a reader can be shown. */
export interface Listing {
  /** The file name shown above the code. */
  title: string;
  language: string;
  /** Empty for JavaScript of a part that only declares types. */
  code: string;
  /** `code` highlighted, for inside a `<code>` element. */
  html: string;
}

/** What an included example becomes at build time. */
export interface Sample {
  /** Path from the site root, e.g. `examples/pages/client-side-example.tsx`. */
  file: string;
  region: string | null;
  /** Path of the live route in the example app, e.g. `/client-side-example`. */
  route: string | null;
  /** First and last line (from 1) of the part in the file. */
  lines: [number, number];
  variants: Partial<Record<VariantKey, Listing>>;
  /** The files whose change changes the sample (its types come from imports). */
  dependencies: string[];
}

/** A listing as a page imports it (see loader.cjs). */
export interface IncludedListing {
  title: string;
  language: string;
  /** 0 when there is nothing to show: JavaScript of a part of only types. */
  lines: number;
  /** Where its highlighted HTML is fetched from (see loader.cjs). */
  url?: string;
  /** The HTML itself, for pre-rendering only. */
  html?: string;
}

/** A sample as a page imports it. */
export interface IncludedSample extends Pick<
  Sample,
  'file' | 'region' | 'route' | 'lines'
> {
  variants: Partial<Record<VariantKey, IncludedListing>>;
}

export interface SampleRequest {
  file: string;
  region: string | null;
  route: string | null;
  /** Text whose lines are marked (see markedLines). */
  marks?: string[];
}

/** The types of the names in an excerpt, placed on its lines. */
function hoversIn(part: Excerpt, types: readonly TypeInfo[]): Hover[] {
  return types.flatMap(({ line, character, ...type }) => {
    const shown = part.sourceLines.indexOf(line);
    if (shown === -1) return [];
    return [{ ...type, line: shown, character: character - part.indent }];
  });
}

/**
 * The lines (from 0) that hold any of the marks. Found by content, so the
 * JavaScript twin marks the same lines as the TypeScript, wherever Prettier
 * put them; a mark that a listing lacks fails the build, never a silent
 * unmarked listing.
 */
export function markedLines(
  code: string,
  marks: readonly string[],
  title: string,
): Set<number> {
  const lines = code.split('\n');
  const marked = new Set<number>();
  for (const mark of marks) {
    const found = lines.flatMap((line, i) => (line.includes(mark) ? [i] : []));
    if (!found.length) {
      throw new Error(
        `mark="${mark}" is on no line of ${title}: mark text the TypeScript and the JavaScript both have`,
      );
    }
    for (const i of found) marked.add(i);
  }
  return marked;
}

async function listing(
  part: Part,
  types: readonly TypeInfo[],
  marks: readonly string[],
): Promise<Listing> {
  const { title } = part;
  const language = languageOf(title);
  const code = shownCode(part);
  if (!code) return { title, language, code: '', html: '' };
  const html = await highlight(
    code,
    language,
    hoversIn(part.excerpt, types),
    markedLines(code, marks, title),
  );
  return { title, language, code, html };
}

type Checked = ReturnType<typeof typesOf> | null;

// Each sample as last built, with what it was built from: the server and the
// browser bundle each ask for every sample. One entry a sample (a fence), so
// edits never grow it.
const built = new Map<
  string,
  { source: string; types: unknown; sample: Promise<Sample> }
>();

/** `examples/database-sessions/lib/db.ts` in the app `…/database-sessions`: `lib/db.ts`. */
function fileInApp(file: string, appDir: string): string {
  const app = `${path.basename(appDir)}/`;
  return file.slice(file.indexOf(app) + app.length);
}

/**
 * Build-time work for one included sample: the part, its JavaScript twin
 * and the whole file, highlighted, with the types the example app's compiler
 * gives each name (the whole file gives the types; only the part is shown).
 */
export async function buildSample(
  source: string,
  request: SampleRequest,
  appDir: string,
): Promise<Sample> {
  // Checked first, and by content (the file's and its imports'): the same
  // types object means nothing they depend on has changed.
  const checked = isTypeScript(request.file)
    ? typesOf(appDir, fileInApp(request.file, appDir), source)
    : null;
  const key = JSON.stringify(request);
  const done = built.get(key);
  if (done?.source === source && done.types === checked?.types) {
    return done.sample;
  }
  const sample = build(source, request, checked);
  built.set(key, { source, types: checked?.types, sample });
  return sample;
}

async function build(
  source: string,
  request: SampleRequest,
  checked: Checked,
): Promise<Sample> {
  const { file, region } = request;
  const { variants, javaScript } = await partsOf(source, file, region);
  const { sourceLines } = variants.ts!.excerpt;
  const sample: Sample = {
    ...request,
    lines: [sourceLines[0]! + 1, sourceLines.at(-1)! + 1],
    variants: {},
    dependencies: checked?.dependencies ?? [],
  };
  const types = checked?.types ?? [];
  const jsTypes =
    checked && javaScript !== null
      ? typesInJavaScript(source, file, javaScript, types)
      : [];
  for (const [key, part] of Object.entries(variants)) {
    sample.variants[key as VariantKey] = await listing(
      part,
      key.startsWith('js') ? jsTypes : types,
      request.marks ?? [],
    );
  }
  return sample;
}
