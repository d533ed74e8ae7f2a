// Webpack/Rspack loader: an example file in, its sample (see sample.ts) out.
// Each listing is written as a JSON file of its own, which the page fetches
// when a reader chooses it; the module keeps only what a page needs to know.
// Plain CommonJS because bundlers `require` loaders; jiti runs the typed code.
const { createHash } = require('node:crypto');
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');
const { createJiti } = require('jiti');

const jiti = createJiti(__filename);
// sample.ts, loaded once: the bundler runs many loaders at a time.
let sampleModule;

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
    file:
      query.get('file') ?? path.relative(this.rootContext, this.resourcePath),
    region: query.get('region'),
    route: query.get('route'),
    marks: query.getAll('mark'),
  };
  const from = query.get('from') ?? 'a page';
  // The app the file belongs to, whose compiler setup gives its types: the
  // nearest folder above it with a tsconfig.json (examples/, or an app in it).
  let appDir = path.dirname(path.join(this.rootContext, request.file));
  while (!existsSync(path.join(appDir, 'tsconfig.json'))) {
    appDir = path.dirname(appDir);
  }
  // A change to the machinery must rebuild its output, even from a persistent cache.
  for (const file of MACHINERY) this.addBuildDependency(file);
  // The default listing's HTML goes into the bundle that renders it first:
  // in a production build, the server's, whose HTML the browser keeps (it
  // fetches the listing only to show it again later); in development, where
  // nothing is pre-rendered, the browser's.
  const rendersFirst =
    this.target !== 'web' || process.env.NODE_ENV !== 'production';
  (sampleModule ??= jiti.import('./sample.ts'))
    .then(async ({ buildSample }) => {
      const sample = await buildSample(source, request, appDir);
      for (const file of sample.dependencies) this.addDependency(file);
      const variants = {};
      for (const [key, listing] of Object.entries(sample.variants)) {
        const { title, language, code, html } = listing;
        const lines = code ? code.split('\n').length - 1 : 0;
        variants[key] = { title, language, lines };
        if (!code) continue;
        const region = key.endsWith('-whole') ? null : sample.region;
        const json = JSON.stringify({ file: sample.file, region, title, html });
        const name = `assets/samples/${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
        this.emitFile(name, json);
        variants[key].url = name;
        if (rendersFirst && key === 'ts') variants[key].html = html;
      }
      const { file, region, route, lines } = sample;
      const included = JSON.stringify({ file, region, route, lines, variants });
      // Listing URLs are relative to where the site's assets are served from.
      return `const sample = ${included};
for (const variant of Object.values(sample.variants))
  if (variant.url) variant.url = __webpack_public_path__ + variant.url;
export default sample;`;
    })
    .then(
      (code) => done(null, code),
      (error) =>
        done(
          new Error(
            `${from}: cannot include ${request.file}${request.region ? `#${request.region}` : ''}: ${error.message}`,
          ),
        ),
    );
};
