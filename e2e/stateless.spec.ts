/** HTTP without cookies: Safari blocks them, every request is a stranger's; axe in both languages. */
import { chapterViolations } from './a11y';
import { expect, expectStep, nextStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

const CHAPTER = STEPS.filter((s) => s.chapter === 'stateless').map((s) => s.id);
const shop = (page: import('@playwright/test').Page) => page.locator('#browser-page');
const rows = (page: import('@playwright/test').Page) =>
  page.locator('.guest-book tr[data-session-id]').filter({ hasText: 'Safari' });

test('a browser that blocks cookies is a stranger on every request, and its login is lost', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=stateless-blocked&lang=en');
  await expectStep(page, 'stateless-blocked');
  await expect(shop(page).getByTestId('jar-chip')).toHaveText('cookies blocked');
  await expect(page.getByTestId('refused-cookie')).toHaveText(
    'The browser refused connect.sid: this browser is set to block all cookies.',
  );
  await expect(rows(page)).toHaveCount(1);
  await nextStep(page);
  await expectStep(page, 'stateless-again');
  await expect(page.getByTestId('envelope-request')).not.toContainText('Cookie:');
  await expect(rows(page)).toHaveCount(2);
  await nextStep(page);
  await expectStep(page, 'stateless-login');
  await expect(shop(page).locator('.status')).toHaveText('401');
  // The student allows cookies again, by the visitor menu: the login sticks.
  await page.locator('.visitor-menu summary').click();
  await page.getByRole('button', { name: 'Allow cookies in Safari again' }).click();
  await expect(shop(page).getByTestId('jar-chip')).not.toHaveText('cookies blocked');
  await shop(page).getByLabel('User name').fill('mina');
  await shop(page).getByLabel('Password').fill('sesame');
  await shop(page).getByRole('button', { name: 'Log in' }).click();
  await shop(page).getByRole('button', { name: 'My page' }).click();
  await expect(shop(page)).toContainText('user_id: 152');
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    expect(await chapterViolations(page, CHAPTER, lang)).toEqual([]);
  });
}
