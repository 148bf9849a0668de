/** Every challenge solved through the screen alone, as a student would, and wrong paths answered. */
import type { Page } from '@playwright/test';
import { CHALLENGES } from '../src/lessons/steps';
import { expect, test } from './fixtures';

async function openChallenge(page: Page, id: string, lang = 'en') {
  await page.goto(`./?lang=${lang}&challenge=${id}`);
  await expect(page.getByTestId('challenge')).toBeVisible();
  await expect(page.getByTestId('solved')).toHaveCount(0);
}

const tab = (page: Page, browser: string) =>
  page.getByRole('tab', { name: new RegExp(`${browser} · `) }).click();
const tryAgain = (page: Page) =>
  page.getByTestId('challenge').getByRole('button', { name: 'Try again' }).click();
const shop = (page: Page) => page.locator('#browser-page');
const myPage = (page: Page) => shop(page).getByRole('button', { name: 'My page' }).click();

async function logIn(page: Page, username: string, password: string) {
  await shop(page).getByLabel('User name').fill(username);
  await shop(page).getByLabel('Password').fill(password);
  await shop(page).getByRole('button', { name: 'Log in' }).click();
}

async function expectSolved(page: Page) {
  await expect(page.getByTestId('solved')).toBeVisible();
  await expect(page.getByTestId('solved')).toBeFocused();
}

const SOLVE: Record<string, (page: Page) => Promise<void>> = {
  'forget-without-logout': async (page) => {
    await page.getByRole('button', { name: '+30 min' }).click();
    await page.getByRole('button', { name: '+5 min' }).click();
    await myPage(page);
  },
  'two-users': async (page) => {
    await tab(page, 'Chrome');
    await logIn(page, 'mina', 'sesame');
    await tab(page, 'Safari');
    await logIn(page, 'joon', 'tiger');
  },
  'steal-without-password': async (page) => {
    await tab(page, 'Chrome');
    await page.getByRole('tab', { name: 'Application → Cookies' }).click();
    await page.getByRole('button', { name: 'Copy: connect.sid' }).click();
    await tab(page, 'Firefox');
    await page.getByRole('tab', { name: 'Application → Cookies' }).click();
    const form = page.getByRole('form', { name: 'Add a cookie' });
    await form.getByLabel('Name').fill('connect.sid');
    await form.getByRole('button', { name: 'Paste' }).click();
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await myPage(page);
  },
  'stolen-worthless': async (page) => {
    await tab(page, 'Chrome');
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await tab(page, 'Firefox');
    await myPage(page);
  },
  'stay-logged-in': async (page) => {
    await page.locator('.settings-code summary').click();
    await page.getByLabel('cookie.maxAge').selectOption({ label: '7 days' });
    await logIn(page, 'mina', 'sesame');
    await page.locator('.visitor-menu summary').click();
    await page.getByRole('button', { name: 'Close Chrome' }).click();
    await myPage(page);
  },
  'forget-everyone': async (page) => {
    await page.getByRole('button', { name: 'Restart the server' }).click();
  },
  'survive-two-servers': async (page) => {
    await page
      .getByLabel('Servers', { exact: true })
      .selectOption({ label: 'two servers, one central store' });
    await logIn(page, 'mina', 'sesame');
    await myPage(page);
  },
};

test('every challenge has a solution through the screen in this spec', () => {
  expect(Object.keys(SOLVE).sort()).toEqual(CHALLENGES.map((c) => c.id).sort());
});

for (const challenge of CHALLENGES) {
  test(`solves “${challenge.id}” through the screen only`, async ({ page }) => {
    await openChallenge(page, challenge.id);
    await SOLVE[challenge.id]!(page);
    await expectSolved(page);
  });
}

test('a wrong path gets a word, not silence; hints come one at a time', async ({ page }) => {
  await openChallenge(page, 'forget-without-logout');
  await page.getByRole('button', { name: 'Hint' }).click();
  await expect(page.locator('.hints li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Another hint' }).click();
  await expect(page.locator('.hints li')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Another hint' })).toBeDisabled();
  await shop(page).getByRole('button', { name: 'Log out' }).click();
  await expect(page.locator('.nudge')).toContainText('That is logging out');
  await expect(page.getByTestId('solved')).toHaveCount(0);
  // Try again returns to the challenge's start: logged in again, no word.
  await tryAgain(page);
  await expect(page.locator('.nudge')).toHaveCount(0);
  await expect(shop(page)).toContainText('Mina');
});

test('Show me plays the solution; a solved challenge is marked in Contents, and kept', async ({
  page,
}) => {
  await openChallenge(page, 'forget-everyone');
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByTestId('solved')).toBeVisible();
  // Watching is not solving: not marked.
  await page.getByRole('button', { name: 'Contents' }).click();
  const entry = page.locator('.contents-challenges li', { hasText: 'Forget everyone at once' });
  await expect(entry).not.toContainText('solved');
  await page.keyboard.press('Escape');
  await tryAgain(page);
  await page.getByRole('button', { name: 'Restart the server' }).click();
  await expectSolved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(entry).toContainText('solved');
});

test('a challenge opens from its step and goes back to the lesson', async ({ page }) => {
  await page.goto('./?lang=ko&step=busy-day');
  await page.getByTestId('start-challenge').click();
  await expect(page.getByTestId('challenge')).toContainText('모두를 한꺼번에 잊게');
  await expect(page).toHaveURL(/challenge=forget-everyone/);
  await page.getByRole('button', { name: '수업으로 돌아가기' }).click();
  await expect(page.getByTestId('challenge')).toHaveCount(0);
  await expect(page).not.toHaveURL(/challenge=/);
  await expect(page.locator('#step-title')).toHaveText('바쁜 하루');
});
