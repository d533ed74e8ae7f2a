// The rows of the benchmark table, as `npm run bench:auth` last measured
// them (bench/auth.json): the table on the page and the page's Markdown
// both read them from here.
import measured from '@site/bench/auth.json';

export { measured };

export type Case = (typeof measured.cases)[number];

export interface Props {
  /** Whose rows: the JWT app's (the default), the database app's, or both. */
  sessions?: 'jwt' | 'database' | 'both';
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

export const sessionsOf = (row: Case) =>
  row.database ? `database (${row.database})` : 'JWT';

/** The rows asked for, and whether they need a column saying whose they are. */
export function casesOf({ sessions = 'jwt', methods }: Props): {
  cases: Case[];
  showSessions: boolean;
} {
  const { baseline } = measured.settings;
  const cases = measured.cases.filter(
    (row) =>
      (sessions === 'both' || row.sessions === sessions) &&
      (!methods || row.route === baseline.route || methods.includes(row.name)),
  );
  return { cases, showSessions: new Set(cases.map(sessionsOf)).size > 1 };
}
