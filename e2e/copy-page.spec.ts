import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// "Copy page" above each guide page's title: the page's Markdown, built
// beside it (/docs/x.md), on the clipboard; the same, selected, where the
// clipboard is refused; and a menu to read it elsewhere.
const PAGE = '/docs/protecting-pages';

async function markdownOf(page: Page, path: string): Promise<string> {
  const response = await page.request.get(`${path}.md`);
  expect(response.status()).toBe(200);
  return response.text();
}

/** Every clipboard write refused, as a browser does without permission. */
async function refuseClipboard(page: Page) {
  await page.addInitScript(() => {
    const refuse = () =>
      Promise.reject(new DOMException('Write refused', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', {
      value: { write: refuse, writeText: refuse },
      configurable: true,
    });
  });
}

test("fetches nothing until used, then puts the page's Markdown on the clipboard", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL!).origin,
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.md')) {
      fetched.push(request.url());
    }
  });
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  await page.getByRole('button', { name: 'Copy page' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Copied the page as Markdown',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await markdownOf(page, PAGE));
  expect(copied).toMatch(/^# Protecting pages\n/);
  // Both routers' samples, in both languages.
  expect(copied).toContain(
    '```tsx title="examples/jwt/pages/client-side-example.tsx"',
  );
  expect(copied).toContain(
    '```jsx title="examples/jwt/app/app-router/client-side-example/page.jsx"',
  );
});

test('where the clipboard is refused, shows the Markdown selected, to copy by hand', async ({
  page,
}) => {
  await refuseClipboard(page);
  await page.goto(PAGE);
  const copy = page.getByRole('button', { name: 'Copy page' });
  await copy.click();

  const markdown = page.getByRole('textbox', { name: 'The page as Markdown' });
  await expect(markdown).toBeFocused();
  const expected = await markdownOf(page, PAGE);
  await expect(markdown).toHaveValue(expected);
  expect(
    await markdown.evaluate((area: HTMLTextAreaElement) => [
      area.selectionStart,
      area.selectionEnd,
    ]),
  ).toEqual([0, expected.length]);

  await page.keyboard.press('Escape');
  await expect(markdown).toBeHidden();
  await expect(copy).toBeFocused();
});

test("by keyboard: a menu with the Markdown and two assistants, each given the page's address", async ({
  page,
}) => {
  await page.goto(PAGE);
  const toggle = page.getByRole('button', {
    name: 'More ways to read this page',
  });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const view = page.getByRole('link', { name: 'View as Markdown' });
  await page.keyboard.press('Tab');
  await expect(view).toBeFocused();
  await expect(view).toHaveAttribute('href', `${PAGE}.md`);
  for (const [name, prefix] of [
    ['Open in ChatGPT', 'https://chatgpt.com/?q='],
    ['Open in Claude', 'https://claude.ai/new?q='],
  ] as const) {
    const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
    expect(href.startsWith(prefix), href).toBe(true);
    const prompt = decodeURIComponent(href.slice(prefix.length));
    expect(prompt).toMatch(new RegExp(`^Read https?://\\S+${PAGE}\\.md `));
    expect(prompt).toMatch(new RegExp(`https?://\\S+${PAGE} `));
  }

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(view).toBeHidden();
});

test('"View as Markdown" opens the Markdown in the browser', async ({
  page,
}) => {
  await page.goto(PAGE);
  await page
    .getByRole('button', { name: 'More ways to read this page' })
    .click();
  await page.getByRole('link', { name: 'View as Markdown' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}\\.md$`));
  await expect(page.locator('body')).toContainText('# Protecting pages');
});

test('takes no room of its own: the title is where the server put it', async ({
  page,
  browser,
  baseURL,
}) => {
  const serverOnly = await browser.newPage({
    javaScriptEnabled: false,
    baseURL,
  });
  await serverOnly.goto(PAGE);
  const before = await serverOnly.locator('article h1').boundingBox();
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('button', { name: 'More ways to read this page' })
    .click();
  expect(await page.locator('article h1').boundingBox()).toEqual(before);
  await serverOnly.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the fallback has no accessibility violations', async ({ page }) => {
      test.setTimeout(90_000);
      await refuseClipboard(page);
      await page.goto(PAGE);
      await expect(page.locator('html')).toHaveAttribute(
        'data-theme',
        colorScheme,
      );
      await page.getByRole('button', { name: 'Copy page' }).click();
      await expect(
        page.getByRole('textbox', { name: 'The page as Markdown' }),
      ).toBeFocused();
      const { violations } = await new AxeBuilder({ page })
        .include('article')
        .analyze();
      expect(
        violations.map(
          ({ id, nodes }) =>
            `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  });
}
