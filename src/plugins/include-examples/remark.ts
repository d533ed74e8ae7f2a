import path from 'node:path';
import type { Code, Parent, Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { highlight } from './highlight';
import { parseIncludeMeta, parseMeta } from './meta';
import { checkReference } from './reference';

export interface Options {
  /** Absolute path of the site root; `file=` paths are relative to it. */
  siteDir: string;
  /** Absolute path of the webpack/Rspack loader that turns a file into a sample. */
  loader: string;
  /** Module the component is imported from. */
  component?: string;
}

const COMPONENT = 'ExampleCode';
const CODE_BLOCK = '__CodeBlock';

/**
 * Turns ```tsx file=examples/pages/a.tsx#region``` into <ExampleCode sample={…} />,
 * where the sample is imported through our loader: the bundler then tracks the
 * example file, so an edit reaches an open page without a restart.
 * The file and region are checked here, so a bad reference fails the build
 * with the MDX file's name.
 * Every other fence is highlighted here too, into our CodeBlock: the
 * reader's browser never highlights anything.
 */
const remarkIncludeExamples: Plugin<[Options], Root> = (options) => {
  const {
    siteDir,
    loader,
    component = '@site/src/components/ExampleCode',
  } = options;
  return async (tree, vfile) => {
    const from = describe(vfile, siteDir);
    const imports: MdxjsEsm[] = [];
    const plain: { node: Code; index: number; parent: Parent }[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const meta = parseIncludeMeta(node.meta);
      if (!meta) {
        plain.push({ node, index, parent });
        return;
      }
      const absolute = checkReference(meta, siteDir, from);
      const name = `__example${imports.length}`;
      const query = new URLSearchParams({ file: meta.file, from });
      if (meta.region) query.set('region', meta.region);
      if (meta.route) query.set('route', meta.route);
      for (const mark of meta.marks) query.append('mark', mark);
      imports.push(
        esmImport(name, `!!${loader}?${query.toString()}!${absolute}`),
      );
      parent.children[index] = jsxElement(COMPONENT, [
        expressionAttribute('sample', name),
      ]);
    });
    if (imports.length && !hasImport(tree, COMPONENT))
      imports.push(esmImport(COMPONENT, component));
    for (const { node, index, parent } of plain) {
      const language = node.lang ?? 'text';
      const title = parseMeta(node.meta).get('title');
      parent.children[index] = jsxElement(CODE_BLOCK, [
        { type: 'mdxJsxAttribute', name: 'language', value: language },
        ...(title
          ? [{ type: 'mdxJsxAttribute' as const, name: 'title', value: title }]
          : []),
        {
          type: 'mdxJsxAttribute',
          name: 'html',
          value: await highlight(node.value, language),
        },
      ]);
    }
    if (plain.length) imports.push(esmImport(CODE_BLOCK, '@theme/CodeBlock'));
    tree.children.unshift(...imports);
  };
};

export default remarkIncludeExamples;

function describe(vfile: VFile, siteDir: string): string {
  return vfile.path ? path.relative(siteDir, vfile.path) : '<mdx>';
}

function hasImport(tree: Root, name: string): boolean {
  return tree.children.some(
    (node) =>
      node.type === 'mdxjsEsm' &&
      new RegExp(`\\bimport\\s+${name}\\b`).test(node.value),
  );
}

function esmImport(name: string, source: string): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [
              {
                type: 'ImportDefaultSpecifier',
                local: { type: 'Identifier', name },
              },
            ],
            source: {
              type: 'Literal',
              value: source,
              raw: JSON.stringify(source),
            },
            attributes: [],
          },
        ],
      },
    },
  };
}

function jsxElement(
  name: string,
  attributes: MdxJsxAttribute[],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: [] };
}

function expressionAttribute(name: string, variable: string): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: variable,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExpressionStatement',
              expression: { type: 'Identifier', name: variable },
            },
          ],
        },
      },
    },
  };
}
