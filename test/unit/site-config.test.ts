import { afterEach, describe, expect, test, vi } from 'vitest';

async function configWith(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import('../../docusaurus.config')).default;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('docusaurus.config', () => {
  test('a build for this machine links to the example app that `npm start` runs', async () => {
    const config = await configWith({
      SITE_URL: undefined,
      JWT_APP_URL: undefined,
      DATABASE_SESSIONS_APP_URL: undefined,
      BETTER_AUTH_APP_URL: undefined,
      REPO_URL: undefined,
    });
    expect(config.customFields).toEqual({
      appUrls: {
        jwt: 'http://localhost:3001',
        'database-sessions': 'http://localhost:3002',
        'better-auth': 'http://localhost:3003',
      },
      sourceUrl: null,
    });
  });

  test('a build for deployment without an example app sends no reader to localhost, and links each page and sample to the repository', async () => {
    const config = await configWith({
      SITE_URL: 'https://guide.example.org',
      JWT_APP_URL: undefined,
      DATABASE_SESSIONS_APP_URL: undefined,
      BETTER_AUTH_APP_URL: undefined,
      REPO_URL: 'https://github.com/acme/guide',
    });
    expect(JSON.stringify(config)).not.toContain('localhost');
    expect(config.customFields).toEqual({
      appUrls: { jwt: null, 'database-sessions': null, 'better-auth': null },
      sourceUrl: 'https://github.com/acme/guide/blob/main/',
    });
    expect(JSON.stringify(config.presets)).toContain(
      '"editUrl":"https://github.com/acme/guide/edit/main/"',
    );
  });

  test('an address set under its old name stops the build, naming the new one', async () => {
    await expect(
      configWith({ EXAMPLE_APP_URL: 'https://app.example.org' }),
    ).rejects.toThrow('EXAMPLE_APP_URL is now called JWT_APP_URL');
  });
});
