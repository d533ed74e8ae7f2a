import { readFileSync } from 'node:fs';
import path from 'node:path';

export const fixturesDir = path.join(__dirname, '..', '__fixtures__');

/** A fixture's text, by its path from the fixtures' site root (e.g. `examples/greeter/lib/math.ts`). */
export function readFixture(file: string): string {
  return readFileSync(path.join(fixturesDir, file), 'utf8');
}
