import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  paragraph,
  table,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import {
  FORMAT,
  baselinesOf,
  casesOf,
  measured,
  measuredOn,
  sessionsOf,
  versionsOf,
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
      `Requests per second an API route serves, by how it reads the session (${settings.connections} connections, ${settings.durationSeconds} s a case, ${versionsOf(cases)}; ${measuredOn()}; the baseline is each app’s own `,
      ...baselinesOf(cases).flatMap((route, i) => [
        ...(i > 0 ? [' or '] : []),
        code(route),
      ]),
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
