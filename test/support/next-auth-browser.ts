// What every NextAuth.js app's visitor does the same way, whichever provider
// signs them in: fetch the CSRF token its POSTs need, and sign out as its
// built-in page does.
import { Browser } from './browser';

export class NextAuthBrowser extends Browser {
  /** The token every NextAuth.js POST must carry (and its cookie). */
  async csrfToken(): Promise<string> {
    const response = await this.request('/api/auth/csrf');
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  async signOut(): Promise<Response> {
    return this.post('/api/auth/signout', {
      csrfToken: await this.csrfToken(),
    });
  }
}
