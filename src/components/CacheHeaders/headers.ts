// What the caching table shows, without React or CSS: the page's table and
// the page's Markdown (markdown.ts) read the same recorded answers.
import { ROUTES } from '@site/examples/jwt/lib/routes';
import recordedHeaders from '@site/src/data/cache-headers.json';
import type {
  HeaderAnswer,
  HeaderVisitor,
  RecordedHeaders,
} from '@site/src/data/recorded-headers';

export type Route = keyof typeof recordedHeaders;

export interface Props {
  /** Only these routes, in this order; every recorded route when absent. */
  routes?: Route[];
}

export const RECORDED: Record<string, RecordedHeaders> = recordedHeaders;

/** The app's own routes link into it; next-auth's and the POST do not. */
export const LINKED = new Set(ROUTES.map((route) => route.path));

const VISITORS: [HeaderVisitor, string][] = [
  ['signedOut', 'signed out'],
  ['member', 'a member'],
  ['admin', 'an admin'],
];

/** The routes a table shows, in order. */
export function routesOf({ routes }: Props): Route[] {
  return routes ?? (Object.keys(RECORDED) as Route[]);
}

/** The visitors who got the same headers, together, in order. */
export function byAnswer(route: RecordedHeaders) {
  const groups: { who: string[]; answer: HeaderAnswer }[] = [];
  for (const [visitor, who] of VISITORS) {
    const answer = route[visitor];
    const key = JSON.stringify(answer);
    const group = groups.find((g) => JSON.stringify(g.answer) === key);
    if (group) group.who.push(who);
    else groups.push({ who: [who], answer });
  }
  return groups.map(({ who, answer }) => ({
    answer,
    who:
      who.length === VISITORS.length
        ? 'everyone'
        : who.join(', ') === 'a member, an admin'
          ? 'signed in'
          : who.join(', '),
  }));
}

/** The status as the table says it: `307 to /sign-in?…`. */
export function statusOf(answer: HeaderAnswer): string {
  return `${answer.status}${answer.location ? ` to ${answer.location}` : ''}`;
}
