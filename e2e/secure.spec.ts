/** Secure: the café's http link, what the Wi-Fi sees, the Secure cookie kept home; axe in both languages. */
import type { Page } from '@playwright/test';
import { chapterViolations } from './a11y';
import { expect, expectStep, nextStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

const CHAPTER = STEPS.filter((s) => s.chapter === 'secure').map((s) => s.id);
const shop = (page: Page) => page.locator('#browser-page');
const overheard = (page: Page) => page.getByTestId('eavesdropper');

test('the café link shows the cookie to the Wi-Fi until it is Secure, and then the browser keeps it home', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=secure-cafe&lang=en');
  await expectStep(page, 'secure-cafe');
  // A link into a late step replays the lesson up to it first: slow on a busy machine.
  await expect(shop(page).getByLabel('URL')).toHaveText('http://shop.example/me', {
    timeout: 20_000,
  });
  await expect(shop(page).locator('.address-bar')).toContainText('Not secure');
  await expect(overheard(page)).toHaveAttribute('data-plain', 'true');
  await expect(overheard(page).locator('.overheard-cookie')).toContainText(
    /^Cookie: connect\.sid=s%3A/,
  );
  // The answer crosses the Wi-Fi in the clear too, its Set-Cookie without Secure.
  await expect(overheard(page).locator('.overheard-set-cookie')).toContainText(
    /^Set-Cookie: connect\.sid=s%3A/,
  );
  await expect(overheard(page).locator('.overheard-set-cookie')).not.toContainText('Secure');
  // The step is about what the Wi-Fi reads: marked, and on the screen.
  await expect(overheard(page)).toHaveAttribute('data-focus', 'true');
  await expect(overheard(page).locator('.overheard-cookie')).toBeInViewport();
  await nextStep(page);
  await expectStep(page, 'secure-https');
  await expect(shop(page).getByLabel('URL')).toHaveText('shop.example/me');
  await expect(shop(page).locator('.address-bar')).not.toContainText('Not secure');
  await expect(overheard(page)).toHaveAttribute('data-plain', 'false');
  await expect(overheard(page)).toContainText('Server name (SNI): shop.example');
  await expect(overheard(page)).not.toContainText('connect.sid');
  await nextStep(page);
  await expectStep(page, 'secure-no-cookie');
  await expect(page.getByTestId('envelope-response')).toContainText(/no Set-Cookie/i);
  await nextStep(page);
  await expectStep(page, 'secure-login');
  await expect(page.getByTestId('envelope-response')).toContainText('; Secure');
  await nextStep(page);
  await expectStep(page, 'secure-withheld');
  await expect(page.getByTestId('withheld-cookie')).toContainText('connect.sid');
  await expect(overheard(page).locator('.overheard-cookie')).toHaveCount(0);
  await expect(shop(page).locator('.status')).toHaveText('401');
  // The café page's links are the student's too: https brings Mina's page back.
  await shop(page).getByRole('button', { name: 'https://shop.example/me' }).click();
  await expect(shop(page)).toContainText('user_id: 152');
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    expect(
      await chapterViolations(page, CHAPTER, lang, async () => {
        await expect(overheard(page)).toBeVisible({ timeout: 20_000 });
      }),
    ).toEqual([]);
  });
}
