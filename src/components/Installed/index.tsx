import { usePluginData } from '@docusaurus/useGlobalData';
import type { InstalledPackages } from '@site/src/plugins/installed-packages';

export interface Props {
  /** A package the example app installs, e.g. `next-auth`. */
  name: string;
  /** Say the range of this peer dependency instead of the version. */
  peer?: string;
}

/**
 * A version (or a peer range) as the example app installed it, read from
 * its package.json at build time, so the prose cannot fall behind.
 */
export default function Installed({ name, peer }: Props) {
  const packages = usePluginData('installed-packages') as InstalledPackages;
  const installed = packages[name];
  const text = peer ? installed?.peerDependencies[peer] : installed?.version;
  if (!text) {
    throw new Error(
      `<Installed name="${name}"${peer ? ` peer="${peer}"` : ''}>: not known`,
    );
  }
  return <>{text}</>;
}
