// Server Actions as an attacker calls them: a POST to the page's URL with
// the action's id in a `Next-Action` header and its arguments in the body,
// exactly as the app's own client sends them, with no page loaded first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXAMPLE_ACTIONS, type ExampleAction } from '../lib/routes';
import { EXAMPLES_DIR, type Browser } from './helpers';

// React's own encoder for action arguments, from the Next.js in use: the
// body is what the browser would send, not a hand-made imitation.
const { encodeReply } = createRequire(import.meta.url)(
  'next/dist/compiled/react-server-dom-webpack/client.edge',
) as { encodeReply(value: unknown): Promise<string | FormData> };

interface ServerReferenceManifest {
  node: Record<string, { filename: string; exportedName: string }>;
}

/** The id the build gave an action, read from the built app (`.next` by default). */
export function actionId(
  name: ExampleAction['name'],
  distDir = path.join(EXAMPLES_DIR, '.next'),
): string {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(
    readFileSync(file, 'utf8'),
  ) as ServerReferenceManifest;
  const ids = Object.entries(manifest.node)
    .filter(
      ([, action]) =>
        action.exportedName === name &&
        action.filename.endsWith('app/app-router/actions-example/actions.ts'),
    )
    .map(([id]) => id);
  if (ids.length !== 1) {
    throw new Error(`${file} has ${ids.length} actions named ${name}`);
  }
  return ids[0];
}

export function exampleAction(name: ExampleAction['name']): ExampleAction {
  const action = EXAMPLE_ACTIONS.find((candidate) => candidate.name === name);
  if (!action) throw new Error(`No action ${name} in EXAMPLE_ACTIONS`);
  return action;
}

/**
 * Calls an action as a form with useActionState does: (previous result,
 * the form's fields). `headers` are added to the request (an Origin, say).
 */
export async function callAction(
  browser: Browser,
  name: ExampleAction['name'],
  fields: Record<string, string> = {},
  { headers = {}, distDir }: { headers?: HeadersInit; distDir?: string } = {},
): Promise<Response> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return browser.request(exampleAction(name).page, {
    method: 'POST',
    headers: {
      'Next-Action': actionId(name, distDir),
      Accept: 'text/x-component',
      ...headers,
    },
    body: await encodeReply([{}, form]),
  });
}

/** Where the action sent the caller instead of running (`x-action-redirect`), or null. */
export function actionRedirect(response: Response): string | null {
  const target = response.headers.get('x-action-redirect');
  return target && decodeURIComponent(target.split(';')[0]);
}
