// The rows of the benchmark table, as `npm run bench:auth` last measured
// them (bench/auth.json): the table on the page and the page's Markdown
// both read them from here.
import measured from '@site/bench/auth.json';

export { measured };

export type Case = (typeof measured.cases)[number];

type Sessions = Case['sessions'];

export interface Props {
  /** Whose rows: the JWT app's (the default), the database app's, both, or the apps listed. */
  sessions?: Sessions | 'both' | Sessions[];
  /** Only these ways of reading the session (and the baseline); all by default. */
  methods?: string[];
}

/** When and where the figures came from, and how busy the machine was as they started. */
export function measuredOn(): string {
  const { date, machine } = measured;
  return `measured ${date.slice(0, 10)} on ${machine.cores} cores of an ${machine.cpuModel}, Node.js ${machine.node}, with a load average of ${machine.loadAverageAtStart[0]} over the minute before`;
}

export const FORMAT = new Intl.NumberFormat('en', {
  maximumFractionDigits: 0,
});

export function sessionsOf(row: Case): string {
  if (row.sessions === 'better-auth') return `Better Auth (${row.database})`;
  return row.database ? `database (${row.database})` : 'JWT';
}

/** The rows asked for, and whether they need a column saying whose they are. */
export function casesOf({ sessions = 'jwt', methods }: Props): {
  cases: Case[];
  showSessions: boolean;
} {
  const shown: Sessions[] =
    sessions === 'both'
      ? ['jwt', 'database']
      : Array.isArray(sessions)
        ? sessions
        : [sessions];
  const cases = measured.cases.filter(
    (row) =>
      shown.includes(row.sessions) &&
      (!methods || row.baseline || methods.includes(row.name)),
  );
  return { cases, showSessions: new Set(cases.map(sessionsOf)).size > 1 };
}

/** Each shown app's baseline route, which reads no session. */
export function baselinesOf(cases: Case[]): string[] {
  return [
    ...new Set(cases.filter((row) => row.baseline).map((row) => row.route)),
  ];
}

/** The versions the shown rows ran: next-auth and Next.js, and Better Auth when shown. */
export function versionsOf(cases: Case[]): string {
  const { versions } = measured.settings;
  const betterAuth = cases.some((row) => row.sessions === 'better-auth');
  return [
    `next-auth ${versions['next-auth']}`,
    `Next.js ${versions.next}`,
    ...(betterAuth ? [`Better Auth ${versions['better-auth']}`] : []),
  ].join(', ');
}
