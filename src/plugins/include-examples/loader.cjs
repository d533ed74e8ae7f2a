// Webpack/Rspack loader: an example file in, its Sample (see sample.ts) out as
// a JSON module. Plain CommonJS because bundlers `require` loaders; jiti runs
// the typed code beside it.
const path = require('node:path');
const { createJiti } = require('jiti');

const jiti = createJiti(__filename);

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
  for (const file of ['sample.ts', 'regions.ts', 'to-javascript.ts']) {
    this.addBuildDependency?.(path.join(__dirname, file));
  }
  jiti
    .import('./sample.ts')
    .then(({ buildSample }) => buildSample(source, request))
    .then(
      (sample) => done(null, `export default ${JSON.stringify(sample)};`),
      (error) =>
        done(
          new Error(
            `${from}: cannot include ${request.file}: ${error.message}`,
          ),
        ),
    );
};
