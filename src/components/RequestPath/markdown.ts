import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  link,
  list,
  paragraph,
  strong,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import { PLACES, SESSION_LAYER } from './places';

/** The diagram in words: the places in order, each as its box says it. */
const requestPathMarkdown: ComponentMarkdown = (_props, { page }) => {
  let number = 0;
  const items = PLACES.map((place): Inline[] => {
    // Numbered as in the diagram: only the places that check.
    const name = place.passes ? place.name : `${++number}. ${place.name}`;
    const role = place.passes
      ? ', checks nothing'
      : place.adds
        ? ", only adds to the server's checks"
        : '';
    const reached = place.via
      ? ` Reached ${place.from ? `from the ${place.from} ` : ''}by ${place.via}.`
      : '';
    const note = place.note ?? (place.sessionLayer ? `${SESSION_LAYER}.` : '');
    return [
      strong(name),
      ` (${place.tool}${role}). Sees ${place.sees}; protects ${place.protects}.${reached}${note ? ` ${note}` : ''}`,
    ];
  });
  return [
    paragraph(
      'A diagram on ',
      link(page.url, 'the page'),
      ' shows the places a request passes on its way through a Next.js app, in the order it meets them, and what each can see and protect:',
    ),
    list(items),
  ];
};

export default requestPathMarkdown;
