/**
 * The include request written in a code fence's meta:
 * ```tsx file=examples/a.tsx#region route=/a mark="if (!session)"
 */
export interface IncludeMeta {
  file: string;
  region: string | null;
  route: string | null;
  /** Text whose lines the listing marks, in every language (`mark="…"`, as often as needed). */
  marks: string[];
}

const PAIR = /(\w+)=("[^"]*"|\S+)/g;

/** `key=value` and `key="a value"` pairs of a code fence's meta. */
export function parseMeta(
  meta: string | null | undefined,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, key, raw] of (meta ?? '').matchAll(PAIR)) {
    values.set(key!, raw!.replace(/^"|"$/g, ''));
  }
  return values;
}

/** Null when the fence names no file: an ordinary code block. */
export function parseIncludeMeta(
  meta: string | null | undefined,
): IncludeMeta | null {
  const values = parseMeta(meta);
  const target = values.get('file');
  if (!target) return null;
  const [file, region] = target.split('#');
  return {
    file: file!,
    region: region || null,
    route: values.get('route') ?? routeOf(file!),
    marks: [...(meta ?? '').matchAll(PAIR)]
      .filter(([, key]) => key === 'mark')
      .map(([, , raw]) => raw!.replace(/^"|"$/g, '')),
  };
}

/**
 * The route, in its example app, of a page or API file under an app's
 * `pages/` or `app/` (`examples/<app>/pages/…`); null for files that are not
 * routes (lib/, proxy.ts, _app).
 */
export function routeOf(file: string): string | null {
  const pages = /^examples\/[^/]+\/pages\/(.+)\.(?:tsx?|jsx?)$/.exec(file);
  if (pages) {
    const path = pages[1]!.replace(/(^|\/)index$/, '');
    if (/(^|\/)_|\[/.test(path)) return null;
    return `/${path}`;
  }
  const app =
    /^examples\/[^/]+\/app\/(.*?)\/?(?:page|route)\.(?:tsx?|jsx?)$/.exec(file);
  if (app) {
    const path = app[1]!
      .split('/')
      .filter((segment) => segment && !/^\(.*\)$/.test(segment))
      .join('/');
    return /\[/.test(path) ? null : `/${path}`;
  }
  return null;
}
