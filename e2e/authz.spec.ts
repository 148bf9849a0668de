/** Authentication vs authorization: the admin page's 401, 403 and 200; axe in both languages. */
import { chapterViolations } from './a11y';
import { expect, expectStep, nextStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

const CHAPTER = STEPS.filter((s) => s.chapter === 'authz').map((s) => s.id);
const shop = (page: import('@playwright/test').Page) => page.locator('#browser-page');

test('a stranger gets 401, Joon 403, Sora the admin page; the trace says which check failed', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=authz-guest&lang=en');
  await expectStep(page, 'authz-guest');
  await expect(shop(page).locator('.status')).toHaveText('401');
  await expect(page.getByText('Page needs login: not logged in → 401')).toBeVisible();
  await nextStep(page);
  await expectStep(page, 'authz-user');
  await expect(shop(page).locator('.status')).toHaveText('403');
  await expect(shop(page)).toContainText(
    'Joon, you are logged in, but this page is for admins only.',
  );
  await expect(page.getByText('Logged in, but not an admin → 403')).toBeVisible();
  await nextStep(page);
  await expectStep(page, 'authz-admin');
  await expect(shop(page).locator('.status')).toHaveText('200');
  await expect(shop(page).getByRole('table', { name: /accounts/ })).toContainText('Sora');
  // By keyboard: the Admin button of the shop is reached and pressed like any other.
  await shop(page).getByRole('button', { name: 'Admin' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Account is an admin: allowed')).toBeVisible();
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    expect(await chapterViolations(page, CHAPTER, lang)).toEqual([]);
  });
}
