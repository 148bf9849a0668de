/** SameSite and CSRF: evil.example in Mina's browser, its image, form and link; axe in both languages. */
import type { Page } from '@playwright/test';
import { chapterViolations, tabTo, violations } from './a11y';
import { expect, expectStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

const CHAPTER = STEPS.filter((s) => s.chapter === 'cross-site').map((s) => s.id);
const shop = (page: Page) => page.locator('#browser-page');
const withheld = (page: Page) => page.getByTestId('withheld-cookie');

async function openEvil(page: Page) {
  await page.locator('.visitor-menu summary').click();
  await page.getByRole('button', { name: 'Open evil.example in Chrome' }).click();
  await expect(shop(page).getByLabel('URL')).toHaveText('evil.example/');
}

test('evil.example’s image goes without the cookie; its form rides the Lax+POST window, then not', async ({
  page,
}) => {
  test.slow(); // a link into the course's last chapter replays the course first
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=cross-site-login&lang=en');
  await expectStep(page, 'cross-site-login');
  await expect(shop(page)).toContainText('Mina');
  // The student opens the other site: its image asks the shop for /me, without the cookie.
  await openEvil(page);
  await expect(shop(page).getByRole('heading', { name: 'You won a prize!' })).toBeVisible();
  await expect(shop(page).getByTestId('evil-image')).toContainText('the shop answered 401');
  await expect(withheld(page)).toHaveText(
    'connect.sid was not sent: it has no SameSite, which this browser treats as Lax.',
  );
  await expect(page.getByTestId('envelope-request')).toContainText(
    'Referer: https://evil.example/',
  );
  // DevTools says the same about the image's request, beside its raw headers.
  await page.getByRole('tab', { name: 'Network' }).click();
  await page.locator('.devtools').getByRole('button', { name: '/me' }).last().click();
  await expect(page.getByTestId('network-detail')).toContainText('Sec-Fetch-Dest: image');
  await expect(page.getByTestId('network-withheld')).toHaveText(
    'connect.sid was not sent: it has no SameSite, which this browser treats as Lax.',
  );
  // Claim: the hidden form, a minute-old cookie: it goes, and the gift card is in Mina's cart.
  await shop(page).getByRole('button', { name: 'Claim' }).click();
  await expect(shop(page).getByLabel('URL')).toHaveText('shop.example/cart');
  await expect(shop(page).getByRole('listitem')).toHaveText(['gift-card-x10']);
  await expect(page.getByTestId('envelope-request')).toContainText('Cookie: connect.sid=');
  // Five minutes later the window has closed: no cookie, a stranger's cart, Mina logged out.
  await page.getByRole('button', { name: '+5 min' }).click();
  await openEvil(page);
  await shop(page).getByRole('button', { name: 'Claim' }).click();
  await expect(page.getByTestId('envelope-request')).toContainText('no Cookie header');
  await shop(page).getByRole('button', { name: 'My page' }).click();
  await expect(shop(page).locator('.status')).toHaveText('401');
});

test('the shop’s token: its own form still works, the forged one gets 403', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=cross-site-token&lang=en');
  await expectStep(page, 'cross-site-token');
  await expect(shop(page)).toContainText(
    'Forbidden (403): the form’s CSRF token is missing or wrong.',
  );
  await expect(page.locator('.trace')).toContainText('No matching CSRF token in the form → 403');
  // Mina's own page carries the token: adding an item works.
  await shop(page).getByRole('button', { name: 'My page' }).click();
  // The form's hidden field shows, with the token the trace says the page was given.
  const field = shop(page).locator('.hidden-field');
  await expect(field).toContainText(/Hidden in this form _csrf=[0-9a-f]{8}…/);
  const short = (await field.locator('.sid').textContent())!;
  await expect(page.locator('.trace')).toContainText(
    `The session’s CSRF token ${short} put into every form`,
  );
  await shop(page).getByLabel('Item').fill('apple');
  await shop(page).getByRole('button', { name: 'Add to cart' }).click();
  await expect(shop(page).locator('.status')).toHaveText('200');
  await expect(shop(page).getByRole('listitem').last()).toHaveText('apple');
  await expect(page.locator('.trace')).toContainText(
    'CSRF token in the form matches the session’s',
  );
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    test.slow();
    expect(
      await chapterViolations(page, CHAPTER, lang, async (id) => {
        if (id === 'cross-site-evil') await page.locator('.evil-source summary').click();
      }),
    ).toEqual([]);
  });
}

test.describe('predictions', () => {
  test.use({ predictions: true });

  test('the Lax+POST question, answered by keyboard: wrong, and why (ko, axe clean)', async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLesson(page, 'step=cross-site-evil&lang=ko');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 'cross-site-form');
    const radios = page.getByTestId('prediction').getByRole('radio');
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // "No: it is Lax by default"
    await expect(radios.nth(1)).toBeChecked();
    await page.keyboard.press('Enter');
    const verdict = page.getByTestId('prediction-result');
    await expect(verdict).toHaveAttribute('data-verdict', 'wrong');
    await expect(verdict).toContainText('2분이 안 됐고');
    await expect(shop(page).getByRole('listitem')).toHaveText(['gift-card-x10']);
    expect(await violations(page, 'ko prediction verdict')).toEqual([]);
  });
});
