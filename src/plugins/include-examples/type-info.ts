import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultHoverInfoProcessor } from '@shikijs/twoslash/core';
import { createTwoslasher, type TwoslashInstance } from 'twoslash';
import ts from 'typescript';

/** The type the compiler gives one name in a file. */
export interface TypeInfo {
  /** 0-based line and column of the name in the file. */
  line: number;
  character: number;
  name: string;
  /** What an editor shows on hover, e.g. `const session: Session | null`. */
  text: string;
}

interface Project {
  twoslash: TwoslashInstance;
  options: ts.CompilerOptions;
  /** The app's ambient declarations (types/*.d.ts), which every file sees. */
  ambient: string[];
  /** What the files it has read held: the compiler does not read them again. */
  read: Map<string, string>;
}

// One project an app (examples/<app>): as many as there are apps.
const projects = new Map<string, Project>();

/** The example app's own compiler setup: its tsconfig.json and types/*.d.ts. */
function createProject(appDir: string): Project {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(appDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(
          ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        );
      },
    },
  )!;
  const typesDir = path.join(appDir, 'types');
  const ambient = readdirSync(typesDir)
    .filter((name) => name.endsWith('.d.ts'))
    .map((name) => path.join(typesDir, name));
  // Twoslash checks one file with no root files: the ambient declarations
  // would go unseen (and `session.user.role` be an error) unless listed here.
  const options = {
    ...parsed.options,
    types: [...(parsed.options.types ?? []), ...ambient],
  };
  return {
    twoslash: createTwoslasher({
      tsModule: ts,
      vfsRoot: appDir,
      compilerOptions: options,
      // Errors are reported below, with the file's own line numbers.
      handbookOptions: { noErrorValidation: true },
    }),
    options,
    ambient,
    read: new Map(),
  };
}

/**
 * The project, and the files that `file`'s types depend on with what they
 * hold now. A project that read another version of one of them is replaced
 * (in `docusaurus start`, after an edit).
 */
function projectFor(appDir: string, file: string, source: string) {
  const self = path.join(appDir, file);
  const read = (f: string) => (f === self ? source : readFileSync(f, 'utf8'));
  let project = projects.get(appDir) ?? createProject(appDir);
  const files = new Map(
    dependencies(project, appDir, self, read).map((f) => [f, read(f)]),
  );
  if ([...files].some(([f, text]) => (project.read.get(f) ?? text) !== text)) {
    project = createProject(appDir);
  }
  for (const [f, text] of files) project.read.set(f, text);
  projects.set(appDir, project);
  return { project, files };
}

// A popup, and what a screen reader says, should not be a page long.
const MAX_LINES = 12;

function shortened(text: string): string {
  const lines = text.split('\n');
  return lines.length > MAX_LINES
    ? [...lines.slice(0, MAX_LINES), '…'].join('\n')
    : text;
}

// HTML elements in JSX and their attributes, typed by React: noise, not the app.
const HTML_IN_JSX = /^(JSX\.IntrinsicElements\.|\w*Attributes(<[^>]*>)?\.)/;

// The types last found for each file, with the contents they came from: one
// entry a file, so editing while `docusaurus start` runs never grows it.
const results = new Map<string, { key: string; types: TypeInfo[] }>();

/**
 * The type of every name in `file` (a path inside `appDir`), as the app's
 * compiler sees it, and the files they depend on. Throws, with line and
 * column, if the file has a type error.
 */
export function typesOf(
  appDir: string,
  file: string,
  source: string,
): { types: TypeInfo[]; dependencies: string[] } {
  const { project, files } = projectFor(appDir, file, source);
  const key = createHash('sha256')
    .update(JSON.stringify([...files]))
    .digest('hex');
  const id = path.join(appDir, file);
  const last = results.get(id);
  const types =
    last?.key === key ? last.types : check(project, appDir, file, source);
  results.set(id, { key, types });
  return { types, dependencies: [...files.keys()] };
}

function check(
  project: Project,
  appDir: string,
  file: string,
  source: string,
): TypeInfo[] {
  // Twoslash empties the file it checks when done: a real path would then
  // hide the real file from everything that imports it later.
  const virtual = path.join(
    path.dirname(file),
    `__twoslash__${path.basename(file)}`,
  );
  const result = project.twoslash(
    `// @filename: ${virtual}\n${source}`,
    path.extname(file).slice(1),
  );
  // Positions count that first line. Files are named as from the site root.
  const shown = path.join('examples', path.basename(appDir), file);
  const errors = result.errors.map(
    ({ line, character, code, text }) =>
      `${shown}:${line}:${character + 1}: TS${code}: ${text}`,
  );
  if (errors.length) throw new Error(`type errors:\n${errors.join('\n')}`);
  return result.hovers
    .map((hover) => ({
      line: hover.line - 1,
      character: hover.character,
      name: hover.target,
      text: shortened(defaultHoverInfoProcessor(hover.text)),
    }))
    .filter(({ text }) => text && !HTML_IN_JSX.test(text));
}

/**
 * The files of the app whose change can change `file`'s types: the file,
 * its local imports, theirs and so on, the ambient declarations and the
 * tsconfig.
 */
function dependencies(
  project: Project,
  appDir: string,
  file: string,
  read: (file: string) => string,
): string[] {
  const found = new Set([
    path.join(appDir, 'tsconfig.json'),
    ...project.ambient,
  ]);
  const pending = [file];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (found.has(next)) continue;
    found.add(next);
    for (const { fileName } of ts.preProcessFile(read(next)).importedFiles) {
      const resolved = ts.resolveModuleName(
        fileName,
        next,
        project.options,
        ts.sys,
      ).resolvedModule?.resolvedFileName;
      if (
        resolved?.startsWith(appDir + path.sep) &&
        !resolved.includes(`${path.sep}node_modules${path.sep}`)
      ) {
        pending.push(resolved);
      }
    }
  }
  return [...found];
}
