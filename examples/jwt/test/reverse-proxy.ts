// A real reverse proxy for the tests: nginx, run from examples/jwt/deploy/nginx.conf
// as a reader would deploy it, terminating TLS with a certificate made for
// the test, on loopback under a public name that is not localhost. The
// client resolves that name to 127.0.0.1 itself, so the app truly sees
// another host, port and protocol than its own.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { Agent } from 'undici';
import { Browser, APP_DIR } from './helpers';

/** The site's public name. `.test` is reserved: it never resolves on the internet. */
export const PUBLIC_HOST = 'app.example.test';
const TEMPLATE = path.join(APP_DIR, 'deploy', 'nginx.conf');

/** The nginx binary, or an error that says how to get it. */
export async function findNginx(): Promise<string> {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    const found = await execa(candidate, ['-v'], { reject: false });
    if (found.exitCode === 0) return candidate;
  }
  throw new Error(
    'nginx is not installed, and these tests run the app behind a real nginx. ' +
      'Install it (Debian or Ubuntu: apt-get install -y nginx); .ci/run does.',
  );
}

/** `${NAME}` in the template, each replaced; one without a value is an error. */
export function fillTemplate(
  template: string,
  values: Record<string, string>,
): string {
  return template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`nginx.conf: no value for ${name}`);
    return values[name];
  });
}

/** Every host name resolves to loopback, as /etc/hosts would make it. */
const toLoopback: LookupFunction = (_hostname, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

export interface ReverseProxy {
  /** https://app.example.test:<port>: where a visitor goes. */
  origin: string;
  /** A new visitor, whose requests go through nginx over TLS. */
  visitor(): Browser;
  /** The status nginx answers for `path` with another Host header (fetch cannot set one). */
  statusWithHost(host: string, path: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * nginx on 127.0.0.1:`port`, in front of the app on `appPort` (which must
 * answer already). Its pid, temporary files and certificate live in a
 * directory of their own, removed by stop().
 */
export async function startReverseProxy(
  port: number,
  appPort: number,
): Promise<ReverseProxy> {
  const nginx = await findNginx();
  const dir = await mkdtemp(path.join(tmpdir(), 'reverse-proxy-'));
  try {
    return await serveFrom(dir, nginx, port, appPort);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function serveFrom(
  dir: string,
  nginx: string,
  port: number,
  appPort: number,
): Promise<ReverseProxy> {
  // nginx's workers run as nobody when it is started as root.
  await chmod(dir, 0o755);
  const certificate = path.join(dir, 'certificate.pem');
  const key = path.join(dir, 'key.pem');
  await execa('openssl', [
    ...['req', '-x509', '-nodes', '-days', '1', '-subj', `/CN=${PUBLIC_HOST}`],
    ...['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'],
    ...['-addext', `subjectAltName=DNS:${PUBLIC_HOST}`],
    ...['-keyout', key, '-out', certificate],
  ]);
  const site = fillTemplate(await readFile(TEMPLATE, 'utf8'), {
    LISTEN: `127.0.0.1:${port}`,
    PUBLIC_HOST,
    TLS_CERTIFICATE: certificate,
    TLS_KEY: key,
    APP_PORT: `${appPort}`,
  });
  // What /etc/nginx/nginx.conf gives the site on a server, kept in `dir`.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${path.join(dir, kind)};`)
    .join('\n');
  const config = path.join(dir, 'nginx.conf');
  await writeFile(
    config,
    `pid ${path.join(dir, 'nginx.pid')};\nerror_log stderr warn;\n` +
      `events {}\nhttp {\naccess_log off;\n${temp}\n${site}\n}\n`,
  );
  const server = execa(nginx, ['-p', dir, '-c', config, '-g', 'daemon off;'], {
    all: true,
    reject: false,
  });

  const ca = await readFile(certificate, 'utf8');
  const agent = new Agent({ connect: { ca, lookup: toLoopback } });
  // Node's fetch takes undici's Agent; the DOM's RequestInit type lacks it.
  const viaProxy: typeof fetch = (input, init) =>
    fetch(input, { ...init, dispatcher: agent } as RequestInit);
  const origin = `https://${PUBLIC_HOST}:${port}`;
  const stop = async () => {
    server.kill('SIGTERM');
    await server;
    await agent.close();
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    const answered = await viaProxy(`${origin}/api/auth/providers`).catch(
      () => null,
    );
    if (answered?.ok) break;
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not come up:\n${(await server).all}`);
    }
    await sleep(100);
  }
  // TLS for the public name, then a request for another: what a client
  // forging Host sends. (undici would also name the other host in TLS.)
  const statusWithHost = (host: string, path: string) =>
    new Promise<number>((resolve, reject) => {
      const options = { host: PUBLIC_HOST, servername: PUBLIC_HOST, port };
      https
        .request({
          ...options,
          path,
          ca,
          lookup: toLoopback,
          headers: { host },
        })
        .on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject)
        .end();
    });
  return {
    origin,
    visitor: () => new Browser(origin, viaProxy),
    statusWithHost,
    stop,
  };
}
