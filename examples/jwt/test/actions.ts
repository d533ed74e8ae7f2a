// Server Actions as an attacker calls them: a POST to the page's URL with
// the action's id in a `Next-Action` header and its arguments in the body,
// exactly as the app's own client sends them, with no page loaded first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ActionResult } from '../app/app-router/actions-example/actions';
import type { Note } from '../lib/notes';
import { EXAMPLE_ACTIONS, type ExampleAction } from '../lib/routes';
import { APP_DIR, type Browser } from './helpers';

// React's own encoder for action arguments, and its decoder for what the
// server answers, from the Next.js in use: the body is what the browser
// would send and the result what its form would get, not a hand-made
// imitation of either.
const { encodeReply, createFromFetch } = createRequire(import.meta.url)(
  'next/dist/compiled/react-server-dom-webpack/client.edge',
) as {
  encodeReply(value: unknown): Promise<string | FormData>;
  createFromFetch(
    response: Promise<Response>,
    options: { serverConsumerManifest: unknown },
  ): Promise<{ a?: Promise<unknown> }>;
};

interface ServerReferenceManifest {
  node: Record<string, { filename: string; exportedName: string }>;
}

/** The id the build gave an action, read from the built app (`.next` by default). */
export function actionId(
  name: ExampleAction['name'],
  distDir = path.join(APP_DIR, '.next'),
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
 * the form's fields). `headers` are added to the request (an Origin, say);
 * `path` posts it to another page than its own, which Next.js also accepts.
 */
export async function callAction(
  browser: Browser,
  name: ExampleAction['name'],
  fields: Record<string, string> = {},
  {
    headers = {},
    distDir,
    path = exampleAction(name).page,
  }: { headers?: HeadersInit; distDir?: string; path?: string } = {},
): Promise<Response> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return browser.request(path, {
    method: 'POST',
    headers: {
      'Next-Action': actionId(name, distDir),
      Accept: 'text/x-component',
      ...headers,
    },
    body: await encodeReply([{}, form]),
  });
}

/** The caller's own notes, read back as the route handler returns them to their owner. */
export async function notesOf(browser: Browser): Promise<Note[]> {
  const response = await browser.request('/app-router/api/my-notes');
  if (response.status !== 200) {
    throw new Error(`/app-router/api/my-notes answered ${response.status}`);
  }
  return ((await response.json()) as { notes: Note[] }).notes;
}

/** Where the action sent the caller instead of running (`x-action-redirect`), or null. */
export function actionRedirect(response: Response): string | null {
  const target = response.headers.get('x-action-redirect');
  return target && decodeURIComponent(target.split(';')[0]);
}

// The page the answer also carries (after revalidatePath) names client
// components by module id; none of them is loaded here, so any id resolves
// to an empty reference and only the action's own result is read.
const anyModule = new Proxy(
  {},
  {
    get: (_, id) =>
      new Proxy({}, { get: (__, name) => ({ id, name, chunks: [] }) }),
  },
);

/** What the action returned, as its form would get it. */
export async function actionResult(response: Response): Promise<ActionResult> {
  const root = await createFromFetch(Promise.resolve(response), {
    serverConsumerManifest: {
      moduleMap: anyModule,
      serverModuleMap: null,
      moduleLoading: null,
    },
  });
  if (!root.a) throw new Error('The answer carries no action result');
  return (await root.a) as ActionResult;
}
