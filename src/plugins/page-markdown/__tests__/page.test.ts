import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ComponentMarkdown } from '../component';
import { createRenderers } from '../component';
import { createLinks } from '../links';
import { pageMarkdown, printMarkdown, type Site } from '../page';
import { paragraph, strong } from '../nodes';

// The include machinery's fixtures: a site root with an app in examples/greeter/.
const siteDir = path.join(
  __dirname,
  '..',
  '..',
  'include-examples',
  '__fixtures__',
);
const docsDir = mkdtempSync(path.join(tmpdir(), 'page-markdown-'));

/** Labels each panel, as the site's own Tabs rendering does. */
const tabs: ComponentMarkdown = async (_props, context) => {
  const out = [];
  for (const child of context.children) {
    if (child.type !== 'mdxJsxFlowElement') continue;
    out.push(paragraph(strong(`${String(context.propsOf(child).label)}:`)));
    out.push(...(await context.convert(child.children)));
  }
  return out;
};

function site(renderers: Record<string, ComponentMarkdown> = {}): Site {
  const pages = ['a', 'b'].map((name) => ({
    file: path.join(docsDir, `${name}.mdx`),
    permalink: `/docs/${name}`,
  }));
  return {
    siteDir,
    links: createLinks(pages, { siteUrl: 'https://guide.example' }),
    included: new Set(),
    appUrl: () => null,
    renderer: async (name) => {
      const render = renderers[name];
      if (!render) throw new Error(`<${name}> has no Markdown rendering`);
      return render;
    },
  };
}

async function markdownOf(mdx: string, on: Site = site()): Promise<string> {
  const file = path.join(docsDir, 'a.mdx');
  writeFileSync(file, mdx);
  const page = {
    file,
    title: 'A page',
    description: 'What it is.',
    permalink: '/docs/a',
  };
  return printMarkdown((await pageMarkdown(page, on)).tree);
}

describe('pageMarkdown', () => {
  test('starts with the title, the description and the page on the site', async () => {
    expect(await markdownOf('Some prose.\n')).toBe(
      '# A page\n\n> What it is.\n\nThe page on the site: <https://guide.example/docs/a>.\n\nSome prose.\n',
    );
  });

  test('writes an included sample in TypeScript, then its JavaScript twin, each titled with its file', async () => {
    const markdown = await markdownOf(
      '```tsx file=examples/greeter/pages/greeting.tsx#state\n\n```\n',
    );
    expect(markdown).toContain(
      '```tsx title="examples/greeter/pages/greeting.tsx"\nconst [count, setCount] = useState<number>(0);\n```\n\n```jsx title="examples/greeter/pages/greeting.jsx"\nconst [count, setCount] = useState(0);\n```',
    );
  });

  test('says so where the JavaScript twin of a part is only types', async () => {
    const markdown = await markdownOf(
      '```tsx file=examples/greeter/pages/greeting.tsx#props\n\n```\n',
    );
    expect(markdown).toContain(
      '```tsx title="examples/greeter/pages/greeting.tsx"',
    );
    expect(markdown).toContain(
      '**JavaScript:** this code only declares types, so a JavaScript project leaves it out.',
    );
  });

  test('writes every panel of a set of tabs, each under its label', async () => {
    const markdown = await markdownOf(
      `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs>\n<TabItem value="pages" label="Pages Router">\n\nFirst.\n\n</TabItem>\n<TabItem value="app" label="App Router">\n\nSecond.\n\n</TabItem>\n</Tabs>\n`,
      site({ Tabs: tabs }),
    );
    expect(markdown).toContain(
      '**Pages Router:**\n\nFirst.\n\n**App Router:**\n\nSecond.\n',
    );
  });

  test("links to another page's Markdown, and a section to the heading's slug in it", async () => {
    writeFileSync(
      path.join(docsDir, 'b.mdx'),
      '## A section with an id {/* #short */}\n',
    );
    const markdown = await markdownOf(
      'See [b](./b.mdx), [the app](/), and [up](#top) or [a part](./b.mdx#short).\n\n## Top {/* #top */}\n',
    );
    expect(markdown).toContain('[b](https://guide.example/docs/b.md)');
    expect(markdown).toContain('[the app](https://guide.example/)');
    // Section links are pointed once every page is known (anchors.ts).
    expect(markdown).toContain('## Top\n');
  });

  test('turns an admonition into a quotation that starts with its kind and title', async () => {
    expect(
      await markdownOf(':::warning[Mind the gap]\n\nText.\n\n:::\n'),
    ).toContain('> **Warning: Mind the gap**\n>\n> Text.\n');
  });

  test('fails naming the page, the example file and the region when the region is missing', async () => {
    await expect(
      markdownOf(
        '```tsx file=examples/greeter/pages/greeting.tsx#nope\n\n```\n',
      ),
    ).rejects.toThrow(
      /a\.mdx: includes examples\/greeter\/pages\/greeting\.tsx#nope, but examples\/greeter\/pages\/greeting\.tsx has no region "nope"/,
    );
  });

  test('fails naming a component that has no Markdown rendering', async () => {
    await expect(
      markdownOf(
        "import Chart from '@site/src/components/Chart';\n\n<Chart />\n",
      ),
    ).rejects.toThrow('<Chart> has no Markdown rendering');
  });

  test('fails on an expression it cannot write as Markdown', async () => {
    await expect(markdownOf('The year is {2026}.\n')).rejects.toThrow(
      'the expression {2026} has no Markdown form',
    );
  });
});

describe('createRenderers', () => {
  const repository = path.join(__dirname, '..', '..', '..', '..');

  test("names the component and the file to add when a component's folder has no markdown.ts", async () => {
    await expect(
      createRenderers(repository).load(
        'DataTable',
        '@site/src/components/DataTable',
        path.join(repository, 'docs/x.mdx'),
      ),
    ).rejects.toThrow(
      "<DataTable> (imported from '@site/src/components/DataTable') has no Markdown rendering for the page's Markdown: add src/components/DataTable/markdown.ts",
    );
  });

  test("loads a component's markdown.ts", async () => {
    const render = await createRenderers(repository).load(
      'Installed',
      '@site/src/components/Installed',
      path.join(repository, 'docs/x.mdx'),
    );
    expect(typeof render).toBe('function');
  });
});
