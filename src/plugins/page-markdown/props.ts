// The props of an MDX element, as its Markdown rendering gets them. A guide
// page passes literals (`route="/a"`, `methods={['getServerSession']}`);
// anything that needs the page's scope to evaluate is refused by name.
// Hand-written because estree-util-to-js prints code and nothing in the
// stack evaluates an expression without running it.
import type { Expression, Node as EstreeNode } from 'estree';
import type { MdxElement } from './component';

function literal(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis[0]?.value.cooked;
      break;
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') {
          throw new Error('holes and spreads in an array');
        }
        return literal(element);
      });
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property' || property.computed) {
            throw new Error('spreads and computed keys in an object');
          }
          const { key } = property;
          const name =
            key.type === 'Identifier' ? key.name : String(literal(key));
          return [name, literal(property.value)];
        }),
      );
    case 'UnaryExpression':
      if (node.operator === '-') return -(literal(node.argument) as number);
      break;
    case 'Identifier':
      if (node.name === 'undefined') return undefined;
      break;
  }
  throw new Error(`${node.type} (only literal values can be read)`);
}

/** `name="x"` → 'x', `name` → true, `name={[1, 'a']}` → [1, 'a']. */
export function propsOf(element: MdxElement): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      throw new Error(
        `<${element.name}>: the spread {${attribute.value}} cannot be read at build time`,
      );
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      const [statement] = (value.data?.estree?.body ?? []) as EstreeNode[];
      try {
        if (statement?.type !== 'ExpressionStatement') {
          throw new Error('no expression');
        }
        props[name] = literal(statement.expression as Expression);
      } catch (error) {
        throw new Error(
          `<${element.name} ${name}={${value.value}}>: ${(error as Error).message}`,
        );
      }
    }
  }
  return props;
}
