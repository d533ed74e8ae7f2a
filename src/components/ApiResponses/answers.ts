// What an API route answered each kind of visitor, as an example app's test
// suite recorded it: the table on the page and the page's Markdown both
// read it from here.
import jwtAnswers from '@site/src/data/jwt-api-responses.json';
import databaseSessionsAnswers from '@site/src/data/database-sessions-api-responses.json';
import type { Answer, RecordedRoute } from '@site/src/data/recorded-answers';

interface App {
  recorded: Record<string, RecordedRoute>;
  /** How the signed-in visitor got there. */
  signedIn: string;
}

// Each example app whose answers are recorded: what its test suite
// recorded, and who was signed in.
const APPS: Record<NonNullable<Props['app']>, App> = {
  jwt: {
    recorded: jwtAnswers,
    signedIn: 'Signed in as demo (a member)',
  },
  'database-sessions': {
    recorded: databaseSessionsAnswers,
    signedIn: 'Signed in by an email link',
  },
};

export type Props =
  /** An API route of the JWT app (src/data/jwt-api-responses.json). */
  | { app?: 'jwt'; route: keyof typeof jwtAnswers }
  /** One of the database-sessions app (src/data/database-sessions-api-responses.json). */
  | { app: 'database-sessions'; route: keyof typeof databaseSessionsAnswers };

type Visitor = 'signedOut' | 'signedIn' | 'admin';

/** One visitor's answer. */
export interface Row {
  key: Visitor;
  visitor: string;
  answer: Answer;
}

/** The route's method and its answers, one row per visitor recorded. */
export function answersOf({ app = 'jwt', route }: Props): {
  method: string;
  rows: Row[];
} {
  const { recorded, signedIn } = APPS[app];
  const answers = recorded[route];
  if (!answers) {
    throw new Error(`No answers of ${route} are recorded for the ${app} app`);
  }
  const visitors: [Visitor, string][] = [
    ['signedOut', 'Signed out'],
    ['signedIn', signedIn],
    ['admin', 'Signed in as admin'],
  ];
  // `admin` is recorded only for the routes that answer admins differently.
  const rows = visitors.flatMap(([key, visitor]) => {
    const answer = answers[key];
    return answer ? [{ key, visitor, answer }] : [];
  });
  return { method: answers.method ?? 'GET', rows };
}
