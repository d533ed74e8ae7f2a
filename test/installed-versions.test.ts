import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// The versions the guide names are the ones the example app installs.
const root = path.resolve(__dirname, '..');
const packageJson = (name: string) =>
  JSON.parse(
    readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string; peerDependencies: Record<string, string> };
const pageText = (page: string) =>
  readFileSync(path.join(root, 'build', 'docs', `${page}.html`), 'utf8')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

test('the overview names the installed next-auth, Next.js and React, and the peer ranges', () => {
  const nextAuth = packageJson('next-auth');
  const text = pageText('securing-pages-and-api-routes');

  expect(text).toContain(
    `runs next-auth ${nextAuth.version} with Next.js ${packageJson('next').version} and React ${packageJson('react').version}`,
  );
  expect(text).toContain(
    `accept next ${nextAuth.peerDependencies.next} and react ${nextAuth.peerDependencies.react}`,
  );
});

test('the proxy page names the installed Next.js', () => {
  const { version } = packageJson('next');

  expect(pageText('the-proxy')).toContain(
    `Next.js ${version}, which the example runs`,
  );
});
