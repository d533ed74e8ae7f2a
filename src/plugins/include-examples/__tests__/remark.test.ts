import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import remarkIncludeExamples from '../remark';
import { fixturesDir } from './fixtures';

const loader = '/site/loader.cjs';

async function compileGuide(mdx: string): Promise<string> {
  const file = { path: path.join(fixturesDir, 'docs/guide.mdx'), value: mdx };
  const output = await compile(file, {
    remarkPlugins: [[remarkIncludeExamples, { siteDir: fixturesDir, loader }]],
  });
  return String(output);
}

describe('remarkIncludeExamples', () => {
  test('replaces a fence naming a file with the component, fed through the loader', async () => {
    const js = await compileGuide(
      '# Guide\n\n```tsx file=examples/greeter/pages/greeting.tsx#markup\n```\n',
    );
    const request = `!!${loader}?file=examples%2Fgreeter%2Fpages%2Fgreeting.tsx&from=docs%2Fguide.mdx&region=markup&route=%2Fgreeting!${path.join(fixturesDir, 'examples/greeter/pages/greeting.tsx')}`;
    expect(js).toContain(`import __example0 from ${JSON.stringify(request)};`);
    expect(js).toContain(
      `import ExampleCode from "@site/src/components/ExampleCode";`,
    );
    expect(js).toMatch(/_jsx\(ExampleCode, \{\s*sample: __example0\s*\}\)/);
  });

  test('gives each include its own import and imports the component once', async () => {
    const js = await compileGuide(
      '```ts file=examples/greeter/lib/math.ts\n```\n\n```tsx file=examples/greeter/pages/greeting.tsx#props\n```\n',
    );
    expect(js).toContain('import __example0 from');
    expect(js).toContain('import __example1 from');
    expect(js.match(/import ExampleCode from/g)).toHaveLength(1);
  });

  test('does not re-import the component when the page already imports it', async () => {
    const js = await compileGuide(
      "import ExampleCode from '@site/src/components/ExampleCode';\n\n```ts file=examples/greeter/lib/math.ts\n```\n",
    );
    expect(js.match(/import ExampleCode from/g)).toHaveLength(1);
  });

  test('highlights any other fence into our CodeBlock', async () => {
    const js = await compileGuide('```bash title="Start"\nnpm start\n```\n');
    expect(js).not.toContain('ExampleCode');
    expect(js).toContain('import __CodeBlock from "@theme/CodeBlock";');
    expect(js).toMatch(
      /_jsx\(__CodeBlock, \{\s*language: "bash",\s*title: "Start",\s*html: "<span style=\\"--shiki-light:/,
    );
  });

  test('fails, naming the page and the file, when the file does not exist', async () => {
    await expect(
      compileGuide('```tsx file=examples/greeter/pages/missing.tsx\n```\n'),
    ).rejects.toThrow(
      'docs/guide.mdx: includes examples/greeter/pages/missing.tsx, but examples/greeter/pages/missing.tsx does not exist.',
    );
  });

  test('fails, naming the page, the file and the region, when the region does not exist', async () => {
    await expect(
      compileGuide(
        '```tsx file=examples/greeter/pages/greeting.tsx#footer\n```\n',
      ),
    ).rejects.toThrow(
      'docs/guide.mdx: includes examples/greeter/pages/greeting.tsx#footer, but examples/greeter/pages/greeting.tsx has no region "footer" (its regions: props, state, markup, component).',
    );
  });

  test('fails when the example file uses a region name twice', async () => {
    await expect(
      compileGuide('```ts file=examples/greeter/lib/duplicate.ts#twice\n```\n'),
    ).rejects.toThrow(
      'docs/guide.mdx: includes examples/greeter/lib/duplicate.ts#twice: examples/greeter/lib/duplicate.ts: region "twice" is defined twice (lines 1 and 5)',
    );
  });

  test('refuses files outside examples/', async () => {
    await expect(
      compileGuide('```ts file=package.json\n```\n'),
    ).rejects.toThrow(
      'docs/guide.mdx: includes package.json, but included files must be under examples/.',
    );
  });

  test('refuses a path that climbs out of examples/', async () => {
    await expect(
      compileGuide('```ts file=examples/../package.json\n```\n'),
    ).rejects.toThrow(
      'docs/guide.mdx: includes examples/../package.json, but included files must be under examples/.',
    );
  });
});
