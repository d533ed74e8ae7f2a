// The type a name in a sample has, as the compiler gives it: shown on hover
// and on keyboard focus, told to screen readers, and on a phone never
// clipped by the code box or pushed off-screen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { code, sample } from './samples';
import { SITE_PAGES } from './site-pages';

const PAGES = '/docs/protecting-pages';
const API_ROUTES = '/docs/protecting-api-routes';

/** Where a name's type popup is drawn (it is a ::after box), or null if hidden. */
function popupOf(name: Locator) {
  return name.evaluate((element) => {
    const style = getComputedStyle(element, '::after');
    if (style.content === 'none') return null;
    // Positioned against the listing's body, outside the scrolling <pre>.
    const body = element.closest('[data-listing]')!.getBoundingClientRect();
    const left =
      body.left + parseFloat(style.left) + parseFloat(style.marginLeft);
    const top = body.top + parseFloat(style.top) + parseFloat(style.marginTop);
    const [width, height] = [parseFloat(style.width), parseFloat(style.height)];
    // Hit-testing a pseudo-element finds the element it belongs to: a
    // corner hidden by a clipping box finds whatever is behind instead.
    const corners = [
      [left + 3, top + 3],
      [left + width - 3, top + 3],
      [left + 3, top + height - 3],
      [left + width - 3, top + height - 3],
    ].map(([x, y]) => document.elementFromPoint(x!, y!) === element);
    const code = element.closest('pre')!.getBoundingClientRect();
    return {
      left,
      right: left + width,
      bottom: top + height,
      codeBottom: code.bottom,
      viewport: window.innerWidth,
      visible: corners.every(Boolean),
    };
  });
}

test('a name shows the type the compiler gives it, on hover and to screen readers', async ({
  page,
}) => {
  await page.goto(PAGES);
  const props = sample(
    page,
    'examples/jwt/pages/server-side-example.tsx',
    'get-server-side-props',
  );
  const session = code(props)
    .locator('[aria-description="const session: Session | null"]')
    .first();
  await expect(session).toHaveText('session');
  await expect(session).toHaveAccessibleDescription(
    'const session: Session | null',
  );
  expect(await popupOf(session)).toBeNull();
  await session.hover();
  expect(await popupOf(session)).toMatchObject({ visible: true });
});

test('keyboard focus shows a type, with one tab stop per name in a sample', async ({
  page,
}) => {
  await page.goto(API_ROUTES);
  const handler = sample(
    page,
    'examples/jwt/pages/api/get-token-example.ts',
    'handler',
  );
  const tokens = code(handler).locator('[aria-description]', {
    hasText: /^token$/,
  });
  expect(await tokens.count()).toBeGreaterThan(1);
  await expect(tokens.and(page.locator('[tabindex="0"]'))).toHaveCount(1);

  // From the language tabs, the next stops are the code's names.
  await handler.getByRole('tab', { name: 'TypeScript' }).focus();
  await page.keyboard.press('Tab'); // the copy button
  await page.keyboard.press('Tab'); // the code box
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-description', /.+/);
  expect(await popupOf(focused)).toMatchObject({ visible: true });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Points at a name as a reader would, with the name near the top of the window. */
  async function pointAt(page: Page, name: Locator) {
    // Scrolls its code box sideways too, if the name is out of sight there.
    await name.evaluate((element) =>
      element.scrollIntoView({ block: 'center', inline: 'center' }),
    );
    const { y } = (await name.boundingBox())!;
    await page.evaluate((by) => window.scrollBy(0, by), y - 120);
    const box = (await name.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    return (await popupOf(name))!;
  }

  test('type popups are neither clipped by the code box nor off-screen', async ({
    page,
  }) => {
    // It visits every page of the guide: about 25 s on an idle machine.
    test.setTimeout(120_000);
    // How far the hardest cases reach, over every page of the guide.
    let furthestRight = 0;
    let furthestBelow = 0;
    for (const path of SITE_PAGES.filter((p) => p.startsWith('/docs/'))) {
      await page.goto(path);
      const names = page.locator('figure [data-listing] [aria-description]');
      const where = await names.evaluateAll((elements) =>
        elements.map((element) => {
          const code = element.closest('pre')!;
          const box = element.getBoundingClientRect();
          const longest = Math.max(
            ...element
              .getAttribute('aria-description')!
              .split('\n')
              .map((line) => line.length),
          );
          return {
            longest,
            right: box.right - code.getBoundingClientRect().left,
            fromBottom: code.getBoundingClientRect().bottom - box.bottom,
            scrolls: code.scrollWidth > code.clientWidth,
          };
        }),
      );
      if (where.length === 0) continue;
      const indexOfMost = (score: (w: (typeof where)[number]) => number) =>
        where.indexOf(where.reduce((a, b) => (score(b) > score(a) ? b : a)));
      // The widest popup: the type with the longest line.
      const widest = indexOfMost((w) => w.longest);
      // A name reached only by scrolling its code box sideways.
      const farRight = indexOfMost((w) => (w.scrolls ? w.right : 0));
      furthestRight = Math.max(furthestRight, where[farRight]!.right);
      // Of the names on a listing's last line, the one whose popup hangs
      // furthest below the code box.
      let lowest = { index: -1, below: 0 };
      for (const [index, w] of where.entries()) {
        if (w.fromBottom > 30) continue;
        const popup = await pointAt(page, names.nth(index));
        const below = popup.bottom - popup.codeBottom;
        if (below > lowest.below) lowest = { index, below };
      }
      furthestBelow = Math.max(furthestBelow, lowest.below);

      for (const index of [widest, farRight, lowest.index]) {
        if (index < 0) continue;
        const popup = await pointAt(page, names.nth(index));
        expect(popup.left, path).toBeGreaterThanOrEqual(0);
        expect(popup.right, path).toBeLessThanOrEqual(popup.viewport);
        expect(popup.visible, path).toBe(true);
      }
    }
    // The hard cases were met: a name past the phone's width, a popup below its code.
    expect(furthestRight).toBeGreaterThan(390);
    expect(furthestBelow).toBeGreaterThan(20);
  });
});
