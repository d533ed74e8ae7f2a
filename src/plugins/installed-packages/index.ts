import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** What the guide may say about a package, as the example app installed it. */
export interface InstalledPackage {
  version: string;
  peerDependencies: Record<string, string>;
}

export type InstalledPackages = Record<string, InstalledPackage>;

/** The packages whose versions the guide's prose names, and the example app that installs each. */
const NAMED: Record<string, string> = {
  'next-auth': 'jwt',
  next: 'jwt',
  react: 'jwt',
  'rate-limiter-flexible': 'jwt',
  'better-auth': 'better-auth',
};

/**
 * `name`'s package.json as `fromDir` would resolve it. Looked up along
 * Node's own search paths because next-auth's `exports` hide the file.
 */
function readPackageJson(name: string, fromDir: string): InstalledPackage {
  const require = createRequire(path.join(fromDir, 'package.json'));
  const file = (require.resolve.paths(name) ?? [])
    .map((dir) => path.join(dir, name, 'package.json'))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`${name} is not installed for ${fromDir}`);
  const { version, peerDependencies = {} } = JSON.parse(
    readFileSync(file, 'utf8'),
  ) as InstalledPackage;
  return { version, peerDependencies };
}

/** The packages the guide names, as the example apps in `siteDir` installed them. */
export function readInstalledPackages(siteDir: string): InstalledPackages {
  return Object.fromEntries(
    Object.entries(NAMED).map(([name, app]) => [
      name,
      readPackageJson(name, path.join(siteDir, 'examples', app)),
    ]),
  );
}

/** Gives pages the versions the example app runs (see the Installed component). */
export default function installedPackages(context: LoadContext): Plugin {
  return {
    name: 'installed-packages',
    async contentLoaded({ actions }) {
      actions.setGlobalData(readInstalledPackages(context.siteDir));
    },
  };
}
