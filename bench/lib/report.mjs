// What both benchmarks share: where the repository is, what machine the
// figures came from, and how the committed JSON is written.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} name a package installed at the root (npm hoists the app's too) */
export const versionOf = (name) =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
  ).version;

export function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    // Other work on the machine moves the figures; this says how busy it was.
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/**
 * Writes `report` to bench/<name>.json, formatted as `prettier --check`
 * expects, since the file is committed.
 * @param {string} name
 * @param {{ machine: ReturnType<typeof machine> }} report
 */
export async function writeReport(name, report) {
  const file = path.join(ROOT, 'bench', `${name}.json`);
  const options = await prettier.resolveConfig(file);
  await writeFile(
    file,
    await prettier.format(JSON.stringify(report), {
      ...options,
      filepath: file,
    }),
  );
  const { cpuModel, cores, loadAverageAtStart } = report.machine;
  console.log(
    `Wrote bench/${name}.json (${cores} cores of ${cpuModel}, load average ${loadAverageAtStart.join(' ')} at the start).`,
  );
}
