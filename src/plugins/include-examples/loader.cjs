// Webpack/Rspack loader: an example file in, its Sample (see sample.ts) out as
// a JSON module. Plain CommonJS because bundlers `require` loaders; jiti runs
// the typed code beside it.
const { readdirSync } = require('node:fs');
const path = require('node:path');
const { createJiti } = require('jiti');

const jiti = createJiti(__filename);

// This loader and the typed modules it runs.
const MACHINERY = [
  __filename,
  ...readdirSync(__dirname)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(__dirname, name)),
];

/** @this {import('webpack').LoaderContext<unknown>} */
module.exports = function includeExampleLoader(source) {
  const done = this.async();
  const query = new URLSearchParams(
    String(this.query || '').replace(/^\?/, ''),
  );
  const request = {
    file: query.get('file') ?? path.relative(process.cwd(), this.resourcePath),
    region: query.get('region'),
    route: query.get('route'),
  };
  const from = query.get('from') ?? 'a page';
  // A change to the machinery must rebuild its output, even from a persistent cache.
  for (const file of MACHINERY) this.addBuildDependency(file);
  jiti
    .import('./sample.ts')
    .then(async ({ buildSample, forBrowser }) => {
      const built = await buildSample(source, request);
      if (query.get('part') === 'whole') return JSON.stringify(built.whole);
      // `target` is 'web' for the reader's bundle, 'node' for pre-rendering.
      // Only a production build pre-renders the HTML that the browser keeps.
      const preRendered =
        this.target === 'web' && process.env.NODE_ENV === 'production';
      const { whole, ...sample } = preRendered ? forBrowser(built) : built;
      // The whole file is a module of its own, fetched when a reader asks for it.
      query.set('part', 'whole');
      const wholeModule = `!!${__filename}?${query}!${this.resourcePath}`;
      const loadWhole = whole
        ? `() => import(${JSON.stringify(wholeModule)})`
        : 'null';
      return `{ ...${JSON.stringify(sample)}, whole: ${loadWhole} }`;
    })
    .then(
      (value) => done(null, `export default ${value};`),
      (error) =>
        done(
          new Error(
            `${from}: cannot include ${request.file}: ${error.message}`,
          ),
        ),
    );
};
