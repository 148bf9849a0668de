import { expect, test, type Page } from '@playwright/test';

/** The shop switched to another server stack mid-lesson, then a login, as a student would do it. */
const shop = (page: Page) => page.locator('#browser-page');

async function logInOn(page: Page, lang: 'en' | 'ko', engine: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./?lang=${lang}`);
  await page.getByTestId('engine-select').selectOption(engine);
  await shop(page).locator('nav button').nth(1).click();
  await shop(page).locator('input[name="username"]').fill('mina');
  await shop(page).locator('input[name="password"]').fill('sesame');
  await shop(page).locator('button[type="submit"]').click();
}

for (const lang of ['en', 'ko'] as const) {
  test(`PHP: logging in keeps a sess_ file with user_id|i:152; (${lang})`, async ({ page }) => {
    await logInOn(page, lang, 'php');
    // The row Mina's login wrote (the anonymous one before it may still be on screen).
    const row = page
      .getByTestId('guest-book')
      .locator('tbody tr[data-session-id]:not([data-mark="deleted"])')
      .filter({ has: page.locator('td.user', { hasText: /^152$/ }) });
    await expect(row).toHaveCount(1);
    const id = await row.getAttribute('data-session-id');
    expect(id).toMatch(/^[0-9a-v]{26}$/);
    await row.locator('.payload-toggle').click();
    await expect(page.getByTestId('session-data')).toContainText(`sess_${id}`);
    await expect(page.getByTestId('session-data')).toContainText('user_id|i:152;');
    await page.screenshot({ path: `${process.env.SHOTS ?? 'test-results'}/stack-php-${lang}.png` });
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`Tomcat: logging in changes the JSESSIONID the manager holds (${lang})`, async ({
    page,
  }) => {
    await logInOn(page, lang, 'tomcat');
    // The row Mina's login wrote (the anonymous one before it may still be on screen).
    const row = page
      .getByTestId('guest-book')
      .locator('tbody tr[data-session-id]:not([data-mark="deleted"])')
      .filter({ has: page.locator('td.user', { hasText: /^152$/ }) });
    await expect(row).toHaveCount(1);
    const id = await row.getAttribute('data-session-id');
    expect(id).toMatch(/^[0-9A-F]{32}$/);
    await row.locator('.payload-toggle').click();
    await expect(page.getByTestId('session-data')).toContainText(`StandardSession[${id}]`);
    await expect(page.getByTestId('session-data')).toContainText('userId=152');
    await page.screenshot({
      path: `${process.env.SHOTS ?? 'test-results'}/stack-tomcat-${lang}.png`,
    });
  });
}
