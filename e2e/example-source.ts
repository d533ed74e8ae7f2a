import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSample,
  type Sample,
} from '../src/plugins/include-examples/sample';

/** What the guide should show for an example file, computed from the file as it is now. */
export function sampleOf(file: string, region: string | null): Promise<Sample> {
  const source = readFileSync(path.join(__dirname, '..', file), 'utf8');
  return buildSample(source, { file, region, route: null });
}
