import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  paragraph,
  table,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import {
  FORMAT,
  casesOf,
  measured,
  measuredOn,
  sessionsOf,
  type Props,
} from './cases';

/** The benchmark as a table, under its caption. */
const authBenchmarkMarkdown: ComponentMarkdown<Props> = (props) => {
  const { settings } = measured;
  const { cases, showSessions } = casesOf(props);
  const header = [
    ...(showSessions ? ['Sessions'] : []),
    'Reads the session with',
    'Visitor',
    'Requests/s',
    'p50 latency',
    'p99 latency',
    'Against the baseline',
  ];
  return [
    paragraph(
      `Requests per second an API route serves, by how it reads the session (${settings.connections} connections, ${settings.durationSeconds} s a case, next-auth ${settings.versions['next-auth']}, Next.js ${settings.versions.next}; ${measuredOn()}; the baseline is each app’s own `,
      code(settings.baseline.route),
      ', which reads no session):',
    ),
    table(
      header,
      cases.map((row): Inline[] => [
        ...(showSessions ? [sessionsOf(row)] : []),
        row.name,
        row.signedIn ? 'signed in' : 'signed out',
        FORMAT.format(row.requests.perSecond),
        `${row.latency.p50.toFixed(0)} ms`,
        `${row.latency.p99.toFixed(0)} ms`,
        `${row.ratio.toFixed(2)}×`,
      ]),
    ),
  ];
};

export default authBenchmarkMarkdown;
