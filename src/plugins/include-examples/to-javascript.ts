import { format, resolveConfig } from 'prettier';
import { blankSourceFile } from 'ts-blank-space';
import ts from 'typescript';
import type { TypeInfo } from './type-info';

function parse(code: string, file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.ESNext,
    true,
    /\.[jt]sx$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/**
 * The source with its types replaced by spaces (ts-blank-space): every
 * remaining character, and so every name, stays where it was.
 */
function blankTypes(source: string, file: string): string {
  const sourceFile = parse(source, file);
  const unsupported: string[] = [];
  const blanked = blankSourceFile(sourceFile, (node) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(
      node.getStart(sourceFile),
    );
    unsupported.push(
      `line ${line + 1}: ${node.getText(sourceFile).split('\n')[0]}`,
    );
  });
  if (unsupported.length) {
    throw new Error(
      `${file}: TypeScript that has no plain JavaScript form (use plain syntax in examples): ${unsupported.join('; ')}`,
    );
  }
  return blanked;
}

/**
 * The JavaScript a reader would write by hand for a TypeScript file: types
 * stripped by ts-blank-space (no code is generated, so it reads like the
 * source), the lines that held only types removed, then formatted by Prettier
 * with the project's settings. Comments, region markers included, survive.
 */
export async function toJavaScript(
  source: string,
  file: string,
): Promise<string> {
  // A line that had code and is now blank held only types (an interface, an
  // `import type`): drop it.
  const sourceLines = source.split('\n');
  const kept = blankTypes(source, file)
    .split('\n')
    .filter((line, i) => line.trim() !== '' || sourceLines[i]!.trim() === '');
  const prettierOptions = (await resolveConfig(file)) ?? {};
  return format(kept.join('\n'), { ...prettierOptions, parser: 'babel' });
}

interface Name {
  name: string;
  line: number;
  character: number;
}

function namesIn(code: string, file: string): Name[] {
  const sourceFile = parse(code, file);
  const names: Name[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      const position = sourceFile.getLineAndCharacterOfPosition(
        node.getStart(sourceFile),
      );
      names.push({ name: node.text, ...position });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/**
 * The TypeScript's types, placed on the same names in its JavaScript twin.
 * Stripping types removes names but never adds, drops or reorders the others,
 * so once the types are blanked the two files hold the same names in the same
 * order. If they somehow do not, the JavaScript gets no types rather than
 * wrong ones.
 */
export function typesInJavaScript(
  source: string,
  file: string,
  javaScript: string,
  types: readonly TypeInfo[],
): TypeInfo[] {
  const inTs = namesIn(blankTypes(source, file), file);
  const inJs = namesIn(javaScript, javaScriptPath(file));
  if (inTs.map((n) => n.name).join() !== inJs.map((n) => n.name).join()) {
    return [];
  }
  const byPosition = new Map(
    types.map((type) => [`${type.line}:${type.character}`, type]),
  );
  return inTs.flatMap(({ line, character }, i) => {
    const type = byPosition.get(`${line}:${character}`);
    const { line: jsLine, character: jsCharacter } = inJs[i]!;
    return type ? [{ ...type, line: jsLine, character: jsCharacter }] : [];
  });
}

/** `pages/a.tsx` → `pages/a.jsx`, `lib/b.ts` → `lib/b.js`. */
export function javaScriptPath(file: string): string {
  return file
    .replace(/\.d\.ts$/, '.js')
    .replace(/\.ts$/, '.js')
    .replace(/\.tsx$/, '.jsx');
}

export function isTypeScript(file: string): boolean {
  return /\.tsx?$/.test(file);
}
