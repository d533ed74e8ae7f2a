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

/**
 * The most load the machine may carry, per core, for its figures to be
 * kept: above it, other work takes CPU from the servers being measured.
 */
export const QUIET_LOAD_PER_CORE = 0.5;

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
 * Whether figures measured now may be kept, said before minutes are spent
 * measuring: with the machine busy, they would be another job's figures.
 * `allowBusy` (the benches' --allow-busy) measures anyway, to try a change,
 * and writes nothing.
 * @param {ReturnType<typeof machine>} measuredOn
 * @param {boolean} allowBusy
 * @returns {boolean} whether to write the report
 */
export function mayKeepFigures(measuredOn, allowBusy) {
  const [oneMinute] = measuredOn.loadAverageAtStart;
  const limit = QUIET_LOAD_PER_CORE * measuredOn.cores;
  if (oneMinute <= limit) return true;
  const busy = `The machine is busy: load average ${oneMinute} over the last minute, on ${measuredOn.cores} cores (figures are kept at ${limit} or less).`;
  if (!allowBusy) {
    console.error(
      `${busy}\nStop the other work and run again; --allow-busy measures anyway and writes nothing.`,
    );
    process.exit(1);
  }
  console.error(
    `\n*** ${busy} ***\n*** --allow-busy: these figures are printed, not written. ***\n`,
  );
  return false;
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
