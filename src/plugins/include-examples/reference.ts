import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncludeMeta } from './meta';
import { listRegions } from './regions';

/**
 * The absolute path of an included file, checked: under examples/, present,
 * with the region named. Fails early, naming the MDX file, the example file
 * and the region.
 */
export function checkReference(
  meta: IncludeMeta,
  siteDir: string,
  from: string,
): string {
  const where = `${from}: includes ${meta.file}${meta.region ? `#${meta.region}` : ''}`;
  // Resolved first, so `examples/../package.json` is judged by where it leads.
  const absolute = path.resolve(siteDir, meta.file);
  const examplesDir = path.join(siteDir, 'examples');
  if (!absolute.startsWith(examplesDir + path.sep)) {
    throw new Error(`${where}, but included files must be under examples/.`);
  }
  if (!existsSync(absolute)) {
    throw new Error(`${where}, but ${meta.file} does not exist.`);
  }
  let regions: Map<string, unknown>;
  try {
    regions = listRegions(readFileSync(absolute, 'utf8'), meta.file);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
  if (meta.region && !regions.has(meta.region)) {
    const known = [...regions.keys()].join(', ') || 'none';
    throw new Error(
      `${where}, but ${meta.file} has no region "${meta.region}" (its regions: ${known}).`,
    );
  }
  return absolute;
}
