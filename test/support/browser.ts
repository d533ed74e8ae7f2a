// A visitor's browser, as the HTTP tests see one: a cookie jar (tough-cookie,
// kept by fetch-cookie as a browser would), redirects returned rather than
// followed, and same-origin form posts. Each app's tests add how its visitors
// sign in.
import makeFetchCookie from 'fetch-cookie';
import { CookieJar } from 'tough-cookie';

export type FormFields = ConstructorParameters<typeof URLSearchParams>[0];

export class Browser {
  readonly jar = new CookieJar();
  private readonly fetchWithJar: typeof fetch;

  /** `fetchVia` reaches the app another way (through a reverse proxy). */
  constructor(
    readonly baseUrl: string,
    fetchVia: typeof fetch = fetch,
  ) {
    this.fetchWithJar = makeFetchCookie(fetchVia, this.jar);
  }

  request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.baseUrl).href;
    return this.fetchWithJar(url, { redirect: 'manual', ...init });
  }

  /** A form POST from one of the app's own pages (so with its Origin). */
  post(path: string, fields?: FormFields): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { origin: new URL(this.baseUrl).origin },
      body: fields === undefined ? undefined : new URLSearchParams(fields),
    });
  }

  cookie(name: string): string | undefined {
    return this.jar
      .getCookiesSync(this.baseUrl)
      .find((cookie) => cookie.key === name)?.value;
  }

  setCookie(name: string, value: string): void {
    this.jar.setCookieSync(`${name}=${value}`, this.baseUrl);
  }
}

/** A request carrying only this cookie: a copied, replayed or made-up one. */
export function requestWithCookie(
  baseUrl: string,
  path: string,
  cookie: { name: string; value: string },
  init: RequestInit = {},
): Promise<Response> {
  return fetch(new URL(path, baseUrl), {
    redirect: 'manual',
    ...init,
    headers: {
      origin: new URL(baseUrl).origin,
      cookie: `${cookie.name}=${cookie.value}`,
    },
  });
}
