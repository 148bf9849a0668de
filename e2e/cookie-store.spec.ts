/** Cookie vs session: the cookie read, the edit refused, the bytes charted; axe in both languages. */
import { chapterViolations } from './a11y';
import { expect, expectStep, nextStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

const CHAPTER = STEPS.filter((s) => s.chapter === 'cookie-store').map((s) => s.id);
const panel = (page: import('@playwright/test').Page) => page.getByTestId('cookie-store-panel');

test('the student reads the cart and user_id in the cookie, and sees an edit refused', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=cookie-store-cart&lang=en');
  await expectStep(page, 'cookie-store-cart');
  // Nothing on the server: the cart went into two cookies.
  await expect(page.getByText('No sessions. The guest book is empty.')).toBeVisible();
  await expect(page.getByTestId('envelope-response')).toContainText('session.sig=');
  await nextStep(page);
  await expectStep(page, 'cookie-store-login');
  await expect(panel(page).getByTestId('cookie-store-json')).toHaveText(
    '{"cart":["apple"],"userId":152}',
  );
  // The comparison reads the cookie the browser holds now, not the one the login request carried.
  await expect(
    panel(page)
      .getByTestId('compare-table')
      .getByRole('row', { name: /What an attacker can do/ }),
  ).toContainText('{"cart":["apple"],"userId":152}');
  await nextStep(page);
  await nextStep(page);
  await expectStep(page, 'cookie-store-tamper');
  await expect(page.locator('#browser-page')).toContainText('401');
  await expect(page.getByText('Signature does not match: ignore the cookie')).toBeVisible();
  // The student edits the cart by hand: the decoded view follows the jar.
  await page.getByRole('tab', { name: 'Application → Cookies' }).click();
  await page.getByRole('button', { name: 'Edit value: session', exact: true }).click();
  await page.getByRole('textbox', { name: 'Edit value' }).fill(btoa('{"cart":["free TV"]}'));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(panel(page).getByTestId('cookie-store-json')).toHaveText('{"cart":["free TV"]}');
});

test('the bytes of each request, cookie store beside session ID, and the comparison', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=cookie-store-bytes&lang=en');
  await expectStep(page, 'cookie-store-bytes');
  const chart = panel(page).getByTestId('bytes-chart');
  // Ten requests of Chrome's, each weighed twice (the replay on express-session finished).
  await expect(chart.locator('svg rect')).toHaveCount(20);
  await expect(chart.locator('tbody tr').last()).toContainText('GET /me');
  const table = panel(page).getByTestId('compare-table');
  await expect(table.getByRole('rowheader')).toHaveText([
    'Where the data lives',
    'What an attacker can do with it',
    'Cost of each request',
    'When it ends',
  ]);
  await expect(table).toContainText('"cart":["pear","plum","fig","kiwi","mango","cherry"]');
  await expect(table.getByRole('row', { name: /Where the data lives/ })).toContainText(
    'In the browser',
  );
  // 31 minutes on, the browser has dropped the cookies: the table says so, as DevTools does.
  await nextStep(page);
  await expectStep(page, 'cookie-store-compare');
  await expect(table.getByRole('row', { name: /Where the data lives/ })).toContainText(
    'Nowhere any more',
  );
  await expect(table.getByRole('row', { name: /When it ends/ })).toContainText('expired at');
  await page.getByRole('tab', { name: 'Application → Cookies' }).click();
  await expect(page.getByRole('button', { name: 'Edit value: session', exact: true })).toHaveCount(
    0,
  );
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    test.slow();
    expect(
      await chapterViolations(page, CHAPTER, lang, async () => {
        await expect(panel(page)).toBeVisible();
      }),
    ).toEqual([]);
  });
}
