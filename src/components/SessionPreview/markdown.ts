import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import { code, link, paragraph } from '@site/src/plugins/page-markdown/nodes';
import { EXAMPLE_APPS } from '@site/src/example-apps';
import type { PreviewedPage } from './preview-page';
import { STATES } from './states';

/** A preview runs in the browser: in Markdown, a sentence that sends the reader to it. */
const sessionPreviewMarkdown: ComponentMarkdown<PreviewedPage> = (
  { app = 'jwt', route },
  { page },
) => {
  const states = STATES.map(({ label }) => label.toLowerCase());
  return [
    paragraph(
      'A live preview on ',
      link(page.url, 'the page'),
      ` renders ${EXAMPLE_APPS[app].title}’s real page at `,
      code(route),
      ` in each session state: ${states.slice(0, -1).join(', ')} and ${states.at(-1)}.`,
    ),
  ];
};

export default sessionPreviewMarkdown;
