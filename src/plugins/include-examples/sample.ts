import { highlightToHtml } from './highlight';
import { extractRegion } from './regions';
import { isTypeScript, javaScriptPath, toJavaScript } from './to-javascript';

/** One code listing, ready for a CodeBlock. */
export interface SampleCode {
  title: string;
  language: string;
  code: string;
  /**
   * `code` highlighted at build time; empty when `code` is. Absent for the
   * whole-file listings, shown only on request: those are highlighted then,
   * rather than sent to every reader twice.
   */
  html?: string;
}

/** What an included example becomes: the TS region, its generated JS twin, and the whole file. */
export interface Sample {
  /** Path from the site root, e.g. `examples/pages/client-side-example.tsx`. */
  file: string;
  region: string | null;
  /** Path of the live route in the example app, e.g. `/client-side-example`. */
  route: string | null;
  ts: SampleCode;
  /** Null for files that are not TypeScript; `code` is empty for type-only files. */
  js: SampleCode | null;
  /** The whole file, for "Show whole file"; null when the sample already is the whole file. */
  whole: WholeFile | null;
}

export interface WholeFile {
  ts: SampleCode;
  js: SampleCode | null;
}

/**
 * A sample as a page imports it: the whole file is a separate module, loaded
 * only when a reader asks for it (see loader.cjs).
 */
export type IncludedSample = Omit<Sample, 'whole'> & {
  whole: (() => Promise<{ default: WholeFile }>) | null;
};

export interface SampleRequest {
  file: string;
  region: string | null;
  route: string | null;
}

const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  ts: 'ts',
  tsx: 'tsx',
  js: 'js',
  jsx: 'jsx',
  mjs: 'js',
  json: 'json',
  css: 'css',
};

function languageOf(file: string): string {
  const extension = /\.(\w+)$/.exec(file)?.[1] ?? '';
  return LANGUAGE_BY_EXTENSION[extension] ?? 'text';
}

function listing(
  file: string,
  source: string,
  region: string | null,
  { highlighted = true } = {},
): SampleCode {
  const language = languageOf(file);
  const code = extractRegion(source, file, region ?? undefined);
  if (!highlighted) return { title: file, language, code };
  return { title: file, language, code, html: highlightToHtml(code, language) };
}

/** The whole file, for "Show whole file": highlighted only when a reader asks. */
function wholeFile(file: string, source: string): SampleCode {
  return listing(file, source, null, { highlighted: false });
}

/** Build-time work for one included sample; the reader's browser only renders it. */
export async function buildSample(
  source: string,
  request: SampleRequest,
): Promise<Sample> {
  const { file, region, route } = request;
  const ts = listing(file, source, region);
  const whole = region ? wholeFile(file, source) : null;
  if (!isTypeScript(file)) {
    return {
      file,
      region,
      route,
      ts,
      js: null,
      whole: whole && { ts: whole, js: null },
    };
  }
  // Regions are cut from the generated JS, so a fragment never has to parse alone.
  const javaScript = await toJavaScript(source, file);
  const jsFile = javaScriptPath(file);
  const js = listing(jsFile, javaScript, region);
  return {
    file,
    region,
    route,
    ts,
    js: withEmptyAsTypeOnly(js),
    whole: whole && {
      ts: whole,
      js: withEmptyAsTypeOnly(wholeFile(jsFile, javaScript)),
    },
  };
}

// A region of only types (a .d.ts file, an interface) leaves nothing but
// comments in JavaScript: keep the listing, empty, so the JavaScript tab can
// say so instead of showing comments about code that is not there.
function withEmptyAsTypeOnly(code: SampleCode): SampleCode {
  const hasCode = code.code
    .split('\n')
    .some((line) => line.trim() && !/^\s*(\/\/|\/\*|\*)/.test(line));
  return hasCode
    ? code
    : { title: code.title, language: code.language, code: '' };
}

function withoutHtml({ title, language, code }: SampleCode): SampleCode {
  return { title, language, code };
}

/**
 * The sample as the browser bundle carries it: without the highlighted HTML,
 * which the server-rendered page already holds (ExampleCode keeps that DOM
 * when it hydrates), so no reader downloads it twice.
 */
export function forBrowser(sample: Sample): Sample {
  return {
    ...sample,
    ts: withoutHtml(sample.ts),
    js: sample.js && withoutHtml(sample.js),
  };
}
