import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// Code is highlighted when the site is built, so no reader downloads Prism.
const scriptsDir = path.resolve(__dirname, '..', 'build', 'assets', 'js');
const PRISM = [
  // The list of Prism's languages, which the theme's loader bundles.
  'components/prism-core.js',
  // A token of Prism's JavaScript grammar, which prism-react-renderer carries.
  'template-string',
];

test('the built site ships no run-time syntax highlighter', () => {
  const scripts = readdirSync(scriptsDir).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const withPrism = scripts.filter((file) => {
    const script = readFileSync(path.join(scriptsDir, file), 'utf8');
    return PRISM.some((marker) => script.includes(marker));
  });
  expect(withPrism).toEqual([]);
});
