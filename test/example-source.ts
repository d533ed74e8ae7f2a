// What the guide should show for an example file, read straight from the
// source and deliberately sharing no code with the site's include pipeline
// (src/plugins/include-examples): a bug there cannot also hide here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

const SITE_DIR = path.resolve(__dirname, '..');
const MARKER = /#(?:end)?region\b/;

function dedent(lines: string[]): string {
  const indents = lines
    .filter((line) => line.trim())
    .map((line) => line.length - line.trimStart().length);
  const cut = Math.min(...indents);
  return lines
    .map((line) => line.slice(cut))
    .join('\n')
    .trim();
}

/** The lines between `#region name` and `#endregion name`, markers dropped. */
export function regionOf(source: string, region: string | null): string {
  const lines = source.split('\n');
  if (!region) return dedent(lines.filter((line) => !MARKER.test(line)));
  const start = lines.findIndex((line) =>
    new RegExp(`#region ${region}\\b`).test(line),
  );
  const end = lines.findIndex((line) =>
    new RegExp(`#endregion ${region}\\b`).test(line),
  );
  if (start < 0 || end < start) throw new Error(`no region ${region}`);
  return dedent(lines.slice(start + 1, end).filter((l) => !MARKER.test(l)));
}

const TYPE_ONLY = /^\s*(export\s+)?(interface|type\s|declare\s|import\s+type)/;

/**
 * The compiler drops the comments before a declaration it erases, region
 * markers included: an empty statement after such a marker keeps it.
 */
function keepMarkers(source: string): string {
  const lines = source.split('\n');
  return lines
    .map((line, i) => {
      const next = lines.slice(i + 1).find((l) => l.trim());
      return MARKER.test(line) && next && TYPE_ONLY.test(next)
        ? `${line}\n;`
        : line;
    })
    .join('\n');
}

/** The file as JavaScript by the TypeScript compiler itself, then Prettier. */
async function javaScriptOf(source: string, file: string): Promise<string> {
  // The compiler drops a comment at the very end of a file, and a .d.ts has
  // no output: a trailing statement and a .ts name keep both readable.
  const { outputText } = ts.transpileModule(
    `${keepMarkers(source)}\nvoid 0;\n`,
    {
      fileName: file.replace(/\.d\.ts$/, '.ts'),
      compilerOptions: {
        target: ts.ScriptTarget.ESNext,
        module: ts.ModuleKind.ESNext,
        jsx: ts.JsxEmit.Preserve,
        verbatimModuleSyntax: true,
      },
    },
  );
  const options = await resolveConfig(path.join(SITE_DIR, file));
  return format(outputText, { ...options, parser: 'babel' });
}

export function readExample(file: string): string {
  return readFileSync(path.join(SITE_DIR, file), 'utf8');
}

export interface Expected {
  ts: string;
  /**
   * The lines of code of the JavaScript twin. Comments and blank lines are
   * left out: the compiler drops those attached to types it erases.
   */
  jsCode: string[];
}

const COMMENT = /^\s*(\/\/|\/\*|\*|\{\/\*)/;

/** The lines of `code` that hold code, not comments or blank space. */
export function codeLines(code: string): string[] {
  return code.split('\n').filter((line) => line.trim() && !COMMENT.test(line));
}

export async function expectedSample(
  file: string,
  region: string | null,
): Promise<Expected> {
  const source = readExample(file);
  // A file that is not code (nginx.conf) is shown as it is, with no twin.
  if (!/\.(m|c)?[jt]sx?$/.test(file)) {
    return { ts: regionOf(source, region), jsCode: [] };
  }
  const js = regionOf(await javaScriptOf(source, file), region);
  return {
    ts: regionOf(source, region),
    // Minus the trailing statement, and the `export {}` of a file of only types.
    jsCode: codeLines(js).filter(
      (line) => !['void 0;', 'export {};'].includes(line.trim()),
    ),
  };
}
