/**
 * Named regions in example source, VitePress-style:
 *   // #region name        ...  // #endregion name
 *   {/* #region name *\/}   ...  {/* #endregion name *\/}   (inside JSX)
 * Marker lines never reach the reader, nested or not.
 */

// `// #region x`, `/* #region x */` and `{/* #region x */}`, alone on a line.
const MARKER =
  /^\s*(?:\/\/|\{?\s*\/\*)\s*#(region|endregion)\b[ \t]*([\w.-]*)\s*(?:\*\/\s*\}?)?\s*$/;

interface Marker {
  kind: 'region' | 'endregion';
  name: string;
  line: number;
}

function findMarkers(lines: readonly string[]): Marker[] {
  const markers: Marker[] = [];
  lines.forEach((text, line) => {
    const match = MARKER.exec(text);
    if (match) {
      markers.push({
        kind: match[1] as Marker['kind'],
        name: match[2] ?? '',
        line,
      });
    }
  });
  return markers;
}

/** Every region of a file, checked: unique names, each closed by name. */
export function listRegions(
  source: string,
  file: string,
): Map<string, [number, number]> {
  const lines = source.split('\n');
  const regions = new Map<string, [number, number]>();
  const open: Marker[] = [];
  for (const marker of findMarkers(lines)) {
    if (!marker.name) {
      throw new Error(
        `${file}:${marker.line + 1}: #${marker.kind} needs a name (e.g. "// #${marker.kind} setup").`,
      );
    }
    if (marker.kind === 'region') {
      if (
        regions.has(marker.name) ||
        open.some((m) => m.name === marker.name)
      ) {
        const first =
          regions.get(marker.name)?.[0] ??
          open.find((m) => m.name === marker.name)!.line;
        throw new Error(
          `${file}: region "${marker.name}" is defined twice (lines ${first + 1} and ${marker.line + 1}); region names must be unique in a file.`,
        );
      }
      open.push(marker);
      continue;
    }
    const start = open.findLastIndex((m) => m.name === marker.name);
    if (start === -1) {
      throw new Error(
        `${file}:${marker.line + 1}: #endregion "${marker.name}" has no matching #region.`,
      );
    }
    const [opened] = open.splice(start, 1);
    regions.set(marker.name, [opened!.line, marker.line]);
  }
  if (open.length > 0) {
    const [unclosed] = open;
    throw new Error(
      `${file}:${unclosed!.line + 1}: region "${unclosed!.name}" is never closed (add "#endregion ${unclosed!.name}").`,
    );
  }
  return regions;
}

interface Line {
  text: string;
  /** 0-based line in the source file. */
  line: number;
}

const isBlank = ({ text }: Line) => !text.trim();

// A region emptied of its markers (one holding only types, in the JS) would
// otherwise leave two blank lines where formatted code has one.
function collapseBlankRuns(lines: Line[]): Line[] {
  return lines.filter(
    (line, i) => !isBlank(line) || i === 0 || !isBlank(lines[i - 1]!),
  );
}

function trimBlankEdges(lines: Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]!)) start++;
  while (end > start && isBlank(lines[end - 1]!)) end--;
  return lines.slice(start, end);
}

/** What a reader is shown of a file, and where each shown line comes from. */
export interface Excerpt {
  /** The lines shown, each ending with "\n". */
  code: string;
  /** The 0-based source line of each line of `code`. */
  sourceLines: number[];
  /** Columns cut from the start of every line to dedent it. */
  indent: number;
}

/**
 * One region (or the whole file when `region` is empty), without any marker
 * lines, dedented, with no blank lines at either end.
 */
export function excerpt(
  source: string,
  file: string,
  region?: string | null,
): Excerpt {
  const texts = source.replace(/\r\n?/g, '\n').split('\n');
  const regions = listRegions(texts.join('\n'), file);
  let [first, last] = [0, texts.length];
  if (region) {
    const span = regions.get(region);
    if (!span) {
      const known = [...regions.keys()];
      throw new Error(
        `${file}: no region "${region}". ` +
          (known.length
            ? `Regions in this file: ${known.join(', ')}.`
            : 'This file has no regions.'),
      );
    }
    [first, last] = [span[0] + 1, span[1]];
  }
  const lines = trimBlankEdges(
    collapseBlankRuns(
      texts
        .map((text, line) => ({ text, line }))
        .slice(first, last)
        .filter(({ text }) => !MARKER.test(text)),
    ),
  );
  const indents = lines
    .filter((line) => !isBlank(line))
    .map(({ text }) => /^[ \t]*/.exec(text)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return {
    code: lines.map(({ text }) => `${text.slice(indent)}\n`).join(''),
    sourceLines: lines.map(({ line }) => line),
    indent,
  };
}
