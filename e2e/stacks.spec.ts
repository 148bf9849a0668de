import { expect, test, type Page } from '@playwright/test';
import { expectStep, openLesson, responseEnvelope } from './fixtures';

/** The shop switched to another server stack mid-lesson, then a login, as a student would do it. */
const shop = (page: Page) => page.locator('#browser-page');

async function logInOn(page: Page, lang: 'en' | 'ko', engine: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./?lang=${lang}`);
  // The prerendered first step answers only once the page is live.
  await expect(page.locator('html[data-live]')).toBeAttached();
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
    // The same session under a new ID: one row renamed, none deleted beside it.
    await expect(row).toHaveAttribute('data-mark', 'renamed');
    await expect(page.getByTestId('guest-book').locator('tr[data-mark="deleted"]')).toHaveCount(0);
    await row.locator('.payload-toggle').click();
    await expect(page.getByTestId('session-data')).toContainText(`StandardSession[${id}]`);
    await expect(page.getByTestId('session-data')).toContainText('userId=152');
    await page.screenshot({
      path: `${process.env.SHOTS ?? 'test-results'}/stack-tomcat-${lang}.png`,
    });
  });
}

/** Mid-lesson on another stack: the place stays, the shop's login runs on Flask. */
async function logInOnFlask(page: Page, lang: 'en' | 'ko') {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, `step=login&lang=${lang}`);
  await page.getByTestId('engine-select').selectOption('flask');
  await expectStep(page, 'login');
  await shop(page).locator('nav button').nth(1).click();
  await shop(page).locator('input[name="username"]').fill('mina');
  await shop(page).locator('input[name="password"]').fill('sesame');
  await shop(page).locator('button[type="submit"]').click();
}

const liveRows = (page: Page) =>
  page.getByTestId('guest-book').locator('tbody tr[data-session-id]:not([data-mark="deleted"])');

for (const lang of ['en', 'ko'] as const) {
  test(`Flask: the session is the signed cookie itself, readable, and no row (${lang})`, async ({
    page,
  }) => {
    await logInOnFlask(page, lang);
    await expect(responseEnvelope(page)).toContainText(/Set-Cookie: session=[\w-]+\.[\w-]{6}\./);
    await expect(page.getByTestId('flask-cookie-json')).toHaveText('{"user_id":152}');
    await expect(liveRows(page)).toHaveCount(0);
    await page.getByTestId('flask-settings').locator('summary').click();
    await expect(page.getByTestId('flask-settings')).toContainText('session["user_id"] = user.id');
    await page.screenshot({
      path: `${process.env.SHOTS ?? 'test-results'}/stack-flask-${lang}.png`,
    });
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`Flask-Session: the files store keeps a row, only its uuid4 ID travels (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openLesson(page, `step=login&lang=${lang}`);
    await page.getByTestId('engine-select').selectOption('flask');
    const settings = page.getByTestId('flask-settings');
    await settings.locator('summary').click();
    await settings.locator('select').selectOption('filesystem');
    await expect(settings).toContainText('app.config["SESSION_TYPE"] = "filesystem"');
    await shop(page).locator('nav button').nth(1).click();
    await shop(page).locator('input[name="username"]').fill('mina');
    await shop(page).locator('input[name="password"]').fill('sesame');
    await shop(page).locator('button[type="submit"]').click();
    const row = liveRows(page).filter({ has: page.locator('td.user', { hasText: /^152$/ }) });
    await expect(row).toHaveCount(1);
    const id = await row.getAttribute('data-session-id');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await expect(responseEnvelope(page)).toContainText(`Set-Cookie: session=${id}; Expires=`);
    await row.locator('.payload-toggle').click();
    await expect(page.getByTestId('session-data')).toContainText(`md5("session:${id}")`);
    await expect(page.getByTestId('session-data')).toContainText(
      "{'_permanent': True, 'user_id': 152}",
    );
    await expectStep(page, 'login');
    await page.screenshot({
      path: `${process.env.SHOTS ?? 'test-results'}/stack-flask-files-${lang}.png`,
    });
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`Laravel mid-lesson: the step stays; the cookie, the sessions table and the code change (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?lang=${lang}&step=login`);
    await expect(page.locator('html[data-live]')).toBeAttached();
    const title = await page.locator('#step-title').textContent();
    await page.getByTestId('engine-select').selectOption('laravel');
    await expect(page.locator('#step-title')).toHaveText(title!);
    await expect(page).toHaveURL(/step=login/);

    await shop(page).locator('nav button').nth(1).click();
    await shop(page).locator('input[name="username"]').fill('mina');
    await shop(page).locator('input[name="password"]').fill('sesame');
    await shop(page).locator('button[type="submit"]').click();

    const row = page
      .getByTestId('guest-book')
      .locator('tbody tr[data-session-id]:not([data-mark="deleted"])')
      .filter({ has: page.locator('td.user', { hasText: /^152$/ }) });
    await expect(row).toHaveCount(1);
    const id = await row.getAttribute('data-session-id');
    expect(id).toMatch(/^[A-Za-z0-9]{40}$/);
    // The cookie is encrypted: its name and attributes show, the ID does not.
    const response = page.getByTestId('envelope-response');
    await expect(response).toContainText('Set-Cookie: laravel_session=');
    await expect(response).toContainText('samesite=lax');
    await expect(response).not.toContainText(id!);
    await expect(page.locator('#guest-book-title')).toContainText('sessions');

    await row.locator('.payload-toggle').click();
    const data = page.getByTestId('session-data');
    await expect(data).toContainText('payload = ');
    await expect(data).toContainText(
      's:50:"login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d";i:152;',
    );

    await page.getByTestId('laravel-settings').locator('summary').click();
    const code = page.getByTestId('laravel-settings').locator('pre');
    await expect(code).toContainText('SESSION_DRIVER=database');
    await expect(code).toContainText('$request->session()->regenerate();');
    await page.screenshot({
      path: `${process.env.SHOTS ?? 'test-results'}/stack-laravel-${lang}.png`,
    });
  });
}

test('PHP behind one central store: the shared store is named as PHP keeps it, and no Redis is shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en&step=central-store');
  await expect(page.locator('html[data-live]')).toBeAttached();
  // express-session's central store is Redis, with its commands on their own wire.
  await expect(page.locator('.cluster-mode')).toHaveText(/Redis/);
  await expect(page.getByText('Servers ⇄ Redis')).toBeVisible();

  await page.getByTestId('engine-select').selectOption('php');
  await shop(page).locator('nav button').filter({ hasText: 'Log out' }).click();
  await shop(page).locator('input[name="username"]').fill('mina');
  await shop(page).locator('input[name="password"]').fill('sesame');
  await shop(page).locator('button[type="submit"]').click();
  const row = page
    .getByTestId('guest-book')
    .locator('tbody tr[data-session-id]:not([data-mark="deleted"])')
    .filter({ has: page.locator('td.user', { hasText: /^152$/ }) });
  await expect(row).toHaveCount(1);
  await expect(page.locator('.cluster-mode')).toHaveText(/same session files/);
  await expect(page.locator('.cluster')).not.toContainText('Redis:');
  await expect(page.getByText('Servers ⇄ Redis')).toHaveCount(0);
  await expect(page.locator('#guest-book-title')).toContainText(
    'Session files in the shared folder',
  );
});
