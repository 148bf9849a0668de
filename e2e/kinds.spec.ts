/** Three things called session: the timeline scrubbed by keyboard, drawn from the exchanges; axe in both languages. */
import type { Page } from '@playwright/test';
import { chapterViolations } from './a11y';
import { expect, expectStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

const CHAPTER = STEPS.filter((s) => s.chapter === 'kinds').map((s) => s.id);
const timeline = (page: Page) => page.getByTestId('timeline');
const state = (page: Page, lane: string) =>
  timeline(page).locator(`[data-lane="${lane}"]`).getAttribute('data-state');

test('the timeline is scrubbed by keyboard and follows what the student does', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=kinds-close&lang=en');
  await expectStep(page, 'kinds-close');
  const slider = timeline(page).getByRole('slider', { name: 'Moment on the timeline' });
  // The latest moment: a reopened browser whose login is still on the server, out of reach.
  // A link into a late step replays the lesson up to it first: slow on a busy machine.
  await expect(timeline(page).getByTestId('timeline-moment')).toContainText('GET /me → 401', {
    timeout: 20_000,
  });
  expect(await state(page, 'login')).toBe('lost');
  // One step back, by keyboard: the browser was closed.
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(timeline(page).getByTestId('timeline-moment')).toContainText(
    'the browser is closed',
  );
  expect(await state(page, 'browser')).toBe('closed');
  await page.keyboard.press('Home');
  await expect(timeline(page).getByTestId('timeline-moment')).toContainText('GET / → 200');
  expect(await state(page, 'connection')).toBe('open');
  expect(await state(page, 'login')).toBe('out');
  // The student logs in again: the timeline grows by that exchange and shows it.
  const shop = page.locator('#browser-page');
  await shop.getByLabel('User name').fill('mina');
  await shop.getByLabel('Password').fill('sesame');
  await shop.getByRole('button', { name: 'Log in' }).click();
  await expect(timeline(page).getByTestId('timeline-moment')).toContainText('POST /login → 200');
  expect(await state(page, 'login')).toBe('in');
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    expect(
      await chapterViolations(page, CHAPTER, lang, async () => {
        await expect(timeline(page)).toBeVisible({ timeout: 20_000 });
      }),
    ).toEqual([]);
  });
}
