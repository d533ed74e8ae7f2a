import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import { readInstalledPackages } from '@site/src/plugins/installed-packages';
import { text } from '@site/src/plugins/page-markdown/nodes';
import type { Props } from '.';

/** The version (or peer range) as text, read as the page reads it. */
const installedMarkdown: ComponentMarkdown<Props> = (
  { name, peer },
  { siteDir },
) => {
  const installed = readInstalledPackages(siteDir)[name];
  const value = peer ? installed?.peerDependencies[peer] : installed?.version;
  if (!value) {
    throw new Error(
      `<Installed name="${name}"${peer ? ` peer="${peer}"` : ''}>: not known`,
    );
  }
  return [text(value)];
};

export default installedMarkdown;
