import { format, resolveConfig } from 'prettier';
import { blankSourceFile } from 'ts-blank-space';
import ts from 'typescript';

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
  const isTsx = file.endsWith('.tsx');
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.ESNext,
    false,
    isTsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
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
  // ts-blank-space keeps line positions, so a line that had code and is now
  // blank held only types (an interface, an `import type`): drop it.
  const sourceLines = source.split('\n');
  const kept = blanked
    .split('\n')
    .filter((line, i) => line.trim() !== '' || sourceLines[i]!.trim() === '');
  const prettierOptions = (await resolveConfig(file)) ?? {};
  return format(kept.join('\n'), { ...prettierOptions, parser: 'babel' });
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
