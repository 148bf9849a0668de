/**
 * The sandbox, the modes and the one registry of commands, as a student uses them: open the
 * sandbox from a step, change the world, undo and redo, share a link that replays it on another
 * computer (never carrying the secret or a password), and come back to the lesson.
 */
import type { Page } from '@playwright/test';
import { violations } from './a11y';
import { expect, expectStep, openLesson, test } from './fixtures';

const shop = (page: Page) => page.locator('#browser-page');
const sandbox = (page: Page) => page.getByTestId('sandbox');
const history = (page: Page) => sandbox(page).getByRole('list', { name: 'What you did' });
const rows = (page: Page) => page.evaluate(() => window.guestbook!.world().server.guestBook.length);
const exchanges = (page: Page) => page.evaluate(() => window.guestbook!.world().exchanges.length);

async function logIn(page: Page, username: string, password: string) {
  await shop(page).getByLabel('User name').fill(username);
  await shop(page).getByLabel('Password').fill(password);
  await shop(page).getByRole('button', { name: 'Log in' }).click();
}

async function openSandboxAt(page: Page, step: string) {
  await openLesson(page, `lang=en&step=${step}`);
  await expectStep(page, step);
  await page.getByTestId('mode-sandbox').click();
  await expect(sandbox(page)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]sandbox=${step}(&|$)`));
}

test.describe('sandbox', () => {
  test('every change is in the history; undo and redo move through it, by button and by key', async ({
    page,
  }) => {
    await openSandboxAt(page, 'first-visit');
    // The sandbox replaces the step's controls: the lesson waits at its step.
    await expect(page.getByRole('button', { name: /^Next step/ })).toHaveCount(0);
    await expect(page.getByTestId('mode-sandbox')).toHaveAttribute('aria-pressed', 'true');
    const before = await rows(page);

    await logIn(page, 'mina', 'sesame');
    await expect(shop(page)).toContainText('Mina');
    await expect(history(page).getByRole('button')).toHaveCount(2);
    await expect(history(page)).toContainText('POST /login');
    const loggedInRows = await rows(page);

    await page.getByRole('button', { name: '+30 min' }).click();
    await expect(history(page).getByRole('button', { name: 'Clock +30 min' })).toHaveAttribute(
      'aria-current',
      'step',
    );

    await sandbox(page).getByTestId('undo').click();
    await expect(history(page).getByRole('button', { name: 'Clock +30 min' })).not.toHaveAttribute(
      'aria-current',
      'step',
    );
    await sandbox(page).getByTestId('undo').click();
    await expect(shop(page)).not.toContainText('Welcome back, Mina');
    expect(await rows(page)).toBe(before);

    // Keys: Ctrl+Shift+Z redoes, Ctrl+Z undoes (the page body has focus, nothing typed into).
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => rows(page)).toBe(loggedInRows);
    await page.keyboard.press('Control+Y');
    await expect(history(page).getByRole('button', { name: 'Clock +30 min' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => rows(page)).toBe(before);

    // A new action after an undo drops what was undone, as in any editor.
    await page.getByRole('button', { name: '+5 min' }).click();
    await expect(history(page).getByRole('button')).toHaveCount(2);
    await expect(history(page)).not.toContainText('POST /login');
    await expect(sandbox(page).getByTestId('redo')).toBeDisabled();

    // Jump back to the start from the history; then Start over clears it.
    await history(page).getByRole('button').first().click();
    await expect(sandbox(page).getByTestId('undo')).toBeDisabled();
    await sandbox(page).getByRole('button', { name: 'Start over' }).click();
    await expect(history(page).getByRole('button')).toHaveCount(1);
  });

  test('a shared link replays the same actions on a new server, without the secret or a password', async ({
    page,
    browser,
  }) => {
    await openSandboxAt(page, 'first-visit');
    await logIn(page, 'joon', 'wrong-guess');
    await expect(shop(page)).toContainText(/wrong|incorrect/i);
    await logIn(page, 'mina', 'sesame');
    await expect(shop(page)).toContainText('Mina');
    await expect(history(page).getByRole('button')).toHaveCount(3);
    const secret = await page.evaluate(() =>
      JSON.stringify(window.guestbook!.world().server.options.secret),
    );
    const rowsHere = await rows(page);
    const statuses = await page.evaluate(() =>
      window.guestbook!.world().exchanges.map((e) => e.response.status),
    );

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await sandbox(page).getByTestId('copy-link').click();
    await expect(sandbox(page)).toContainText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('sandbox=first-visit');
    expect(link).not.toContain('sesame');
    expect(link).not.toContain('wrong-guess');
    expect(link).not.toContain(encodeURIComponent(JSON.parse(secret)));
    // The address bar holds the same link, so a reload keeps the sandbox too.
    const actionsOf = (href: string) => new URL(href).searchParams.get('actions');
    expect(actionsOf(page.url())).toBe(actionsOf(link));

    // Someone else opens it: a new browser, a new server, the same story.
    const other = await browser.newContext({ baseURL: new URL('./', link).href });
    const theirs = await other.newPage();
    await theirs.goto(link);
    // A cold start: every chunk fetched afresh and the actions replayed before the panel shows.
    await expect(sandbox(theirs)).toBeVisible({ timeout: 15_000 });
    await expect(history(theirs).getByRole('button')).toHaveCount(3);
    await expect.poll(() => rows(theirs)).toBe(rowsHere);
    expect(
      await theirs.evaluate(() =>
        window.guestbook!.world().exchanges.map((e) => e.response.status),
      ),
    ).toEqual(statuses);
    const theirSecret = await theirs.evaluate(() =>
      JSON.stringify(window.guestbook!.world().server.options.secret),
    );
    expect(theirSecret).not.toBe(secret);
    await other.close();
  });

  test('a damaged link says so and keeps what it could read; nothing breaks', async ({ page }) => {
    await page.goto('./?lang=en&sandbox=login&actions=1.this-is-not-a-sandbox');
    // The sandbox opens on its step's world, computed first (a busy machine takes a while).
    await expect(sandbox(page)).toBeVisible({ timeout: 15_000 });
    await expect(sandbox(page)).toContainText('could not be read');
    await expect(history(page).getByRole('button')).toHaveCount(1);
    await page.goto('./?lang=en&sandbox=no-such-step');
    await expect(sandbox(page)).toBeVisible();
  });

  test('leaving the sandbox shows the step as the lesson tells it', async ({ page }) => {
    await openSandboxAt(page, 'first-visit');
    const lessonExchanges = await page.evaluate(() => window.guestbook!.step());
    await page.getByRole('button', { name: '+1 day' }).click();
    await page.getByRole('button', { name: '+1,000 visitors' }).click();
    await expect.poll(() => rows(page)).toBeGreaterThanOrEqual(1000);
    await sandbox(page).getByRole('button', { name: 'Back to the lesson' }).click();
    await expect(sandbox(page)).toHaveCount(0);
    await expectStep(page, 'first-visit');
    expect(await page.evaluate(() => window.guestbook!.step())).toBe(lessonExchanges);
    expect(await rows(page)).toBeLessThan(1000);
    await expect(page).not.toHaveURL(/sandbox=/);
    await expect(page.getByRole('button', { name: /^Next step/ })).toBeVisible();
  });

  test('is clean for axe in both languages', async ({ page }) => {
    for (const lang of ['en', 'ko']) {
      await page.goto(`./?lang=${lang}&sandbox=login`);
      await expect(sandbox(page)).toBeVisible();
      await page.getByRole('button', { name: /\+30 min|\+30분/ }).click();
      await expect(history(page).or(sandbox(page).getByRole('list'))).toBeVisible();
      expect(await violations(page, `sandbox (${lang})`)).toEqual([]);
    }
  });
});

test.describe('modes and commands', () => {
  test('a hand-made change in the lesson is named, and the step comes back on request', async ({
    page,
  }) => {
    await openLesson(page, 'lang=en&step=first-visit');
    const own = await exchanges(page);
    await page.getByRole('button', { name: '+30 min' }).click();
    await shop(page).getByRole('button', { name: 'My page' }).click();
    await expect(page.locator('.free-play')).toContainText('You changed the world by hand');
    // The notice shows from the clock change on; the request to My page lands a moment later.
    await expect.poll(() => exchanges(page)).toBe(own + 1);
    await page.getByTestId('return-to-step').click();
    await expect(page.locator('.free-play')).toHaveCount(0);
    await expect.poll(() => exchanges(page)).toBe(own);
    await expectStep(page, 'first-visit');
  });

  test('the shortcut list shows every command with its keys, and each key does what it says', async ({
    page,
  }) => {
    await openLesson(page, 'lang=en&step=first-visit');
    await page.keyboard.press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(list).toBeVisible();
    for (const [command, key] of [
      ['next', '→'],
      ['undo', 'Ctrl+Z'],
      ['redo', 'Ctrl+Shift+Z'],
      ['sandbox', 'S'],
      ['presenter', 'P'],
    ] as const)
      await expect(list.locator(`tr[data-command="${command}"]`)).toContainText(key);
    await expect(list.locator('tr[data-command="undo"]')).toContainText('(Sandbox)');
    await list.getByRole('button', { name: 'Close' }).click();

    // The buttons name their keys from the same registry.
    await expect(page.getByRole('button', { name: /^Next step/ })).toHaveAttribute(
      'aria-keyshortcuts',
      'ArrowRight Space PageDown',
    );
    await expect(page.getByTestId('mode-sandbox')).toHaveAttribute('aria-keyshortcuts', 'S');

    await page.keyboard.press('ArrowRight');
    await expectStep(page, 'row-created');
    await page.keyboard.press('s');
    await expect(sandbox(page)).toBeVisible();
    await expect(page).toHaveURL(/sandbox=row-created/);
    // In the sandbox the arrows do not walk the lesson.
    await page.keyboard.press('ArrowRight');
    await expect(sandbox(page)).toBeVisible();
    await page.keyboard.press('s');
    await expect(sandbox(page)).toHaveCount(0);
    await expectStep(page, 'row-created');
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'true');
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'false');
  });

  test('a challenge is a mode: the lesson button says so, and leaving returns to the lesson', async ({
    page,
  }) => {
    await page.goto('./?lang=en&challenge=forget-without-logout');
    await expect(page.getByTestId('challenge')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('mode-lesson')).toHaveText(/Challenge/);
    await page.getByTestId('mode-sandbox').click();
    await expect(page.getByTestId('challenge')).toHaveCount(0);
    await expect(sandbox(page)).toBeVisible();
    await page.getByTestId('mode-lesson').click();
    await expect(page.getByTestId('mode-lesson')).toHaveText(/Lesson/);
    await expect(page.getByRole('button', { name: /^Next step/ })).toBeVisible();
    // From a challenge, the same button leaves it for the lesson.
    await page.getByTestId('start-challenge').first().click();
    await expect(page.getByTestId('challenge')).toBeVisible();
    await page.getByTestId('mode-lesson').click();
    await expect(page.getByTestId('challenge')).toHaveCount(0);
    await expect(page.getByTestId('mode-lesson')).toHaveText(/Lesson/);
  });
});
