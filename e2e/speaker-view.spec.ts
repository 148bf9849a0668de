/**
 * Issue "Every step framed": the speaker view, a second window of the same browser with notes per
 * step, the next step and a timer, kept on the lesson window's step both ways.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { violations } from './a11y';
import { collectErrors, expect, expectStep, nextStep, openLesson, test } from './fixtures';
import speakerEn from '../src/i18n/speaker-en.json' with { type: 'json' };
import speakerKo from '../src/i18n/speaker-ko.json' with { type: 'json' };
import { courseEn } from '../src/i18n/course-en';
import { en } from '../src/i18n/en';
import { ko } from '../src/i18n/ko';

const shownStep = (speaker: Page) => speaker.locator('#speaker-step-title');

/** The speaker view, opened from the lesson window's button: its second window. */
async function openSpeakerView(page: Page, context: BrowserContext): Promise<Page> {
  const [speaker] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('open-speaker-view').click(),
  ]);
  return speaker;
}

test('a step taken in either window moves both; the notes and the next step show in both languages', async ({
  page,
  context,
}) => {
  await openLesson(page, 'lang=en&step=set-cookie');
  const speaker = await openSpeakerView(page, context);
  const errors: string[] = [];
  collectErrors(speaker, errors);
  await expect(speaker).toHaveURL(/[?&]view=speaker/);

  // It shows where the lesson is, what to say there, and what comes next.
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'set-cookie');
  await expect(shownStep(speaker)).toHaveText(en.steps['set-cookie'].title);
  await expect(speaker.getByTestId('speaker-notes')).toHaveText(speakerEn.notes['set-cookie']);
  await expect(speaker.getByTestId('speaker-next')).toHaveText(en.steps['jar-stores'].title);

  // Next in the lesson window: the speaker view follows.
  await nextStep(page);
  await expectStep(page, 'jar-stores');
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'jar-stores');
  await expect(speaker.getByTestId('speaker-notes')).toHaveText(speakerEn.notes['jar-stores']);

  // Next in the speaker view: the lesson moves, and the speaker view with it.
  await speaker.getByRole('button', { name: /^Next step/ }).click();
  await expectStep(page, 'cookie-returns');
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'cookie-returns');
  // A clicker's Page Up in the speaker view goes back in both.
  await speaker.keyboard.press('PageUp');
  await expectStep(page, 'jar-stores');
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'jar-stores');

  // In Korean, the notes are the Korean ones.
  await speaker.getByRole('button', { name: '한국어' }).click();
  await expect(speaker.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(speaker.getByTestId('speaker-notes')).toHaveText(speakerKo.notes['jar-stores']);
  await expect(shownStep(speaker)).toHaveText(ko.steps['jar-stores'].title);
  await expect(speaker.getByTestId('speaker-next')).toHaveText(ko.steps['cookie-returns'].title);
  await speaker.getByRole('button', { name: /^다음 단계/ }).click();
  await expectStep(page, 'cookie-returns');
  await expect(speaker.getByTestId('speaker-notes')).toHaveText(speakerKo.notes['cookie-returns']);

  expect(await violations(speaker, 'speaker view, ko')).toEqual([]);
  expect(errors, 'speaker view errors').toEqual([]);
});

test('the timer counts from the start of the talk and starts again when reset', async ({
  page,
  context,
}) => {
  await openLesson(page, 'lang=en');
  const speaker = await openSpeakerView(page, context);
  const timer = speaker.getByTestId('speaker-timer');
  await expect(timer).toHaveText(/^0:0[0-9]$/);
  // An hour and a bit into the talk (as a reload after a long class would find it).
  await speaker.evaluate(() =>
    localStorage.setItem('session-guestbook.talk-started', String(Date.now() - 3_725_000)),
  );
  await speaker.reload();
  await expect(timer).toHaveText(/^1:02:0[5-9]$/);
  await speaker.getByRole('button', { name: 'Reset' }).click();
  await expect(timer).toHaveText(/^0:0[0-2]$/);
});

test('a speaker view opened before the lesson waits for it, then follows it', async ({
  page,
  context,
}) => {
  const speaker = await context.newPage();
  await speaker.goto('./?view=speaker&lang=en');
  await expect(speaker.getByRole('status')).toHaveText(speakerEn.speaker.waiting);
  await openLesson(page, 'lang=en&step=login');
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'login');
  await expect(speaker.getByRole('status')).toHaveText(speakerEn.speaker.connected);
});

test('the speaker view walks a step’s requests with the lesson, one line each', async ({
  page,
  context,
}) => {
  await openLesson(page, 'lang=en&step=stateless');
  const speaker = await openSpeakerView(page, context);
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'stateless');
  const lines = courseEn.steps['two-logins'];

  // Next in the speaker view: the lesson plays the first of the step's two requests.
  await speaker.getByRole('button', { name: /^Next step/ }).click();
  await expectStep(page, 'second-browser');
  await speaker.getByRole('button', { name: /^Next step/ }).click();
  await expect(page.getByTestId('beat-of')).toHaveText(/request 2 of 2/);
  await speaker.getByRole('button', { name: /^Next step/ }).click();
  await expectStep(page, 'two-logins');
  await expect(page.getByTestId('beat-line')).toHaveText(lines.beat1);
  // The speaker view says which request is on show, its line, and that the second comes next.
  await expect(shownStep(speaker)).toHaveAttribute('data-step', 'two-logins');
  await expect(speaker.getByTestId('speaker-beat-of')).toHaveText(/request 1 of 2/);
  await expect(speaker.getByTestId('speaker-beat-line')).toHaveText(lines.beat1);
  await expect(speaker.getByTestId('speaker-next')).toHaveText('request 2 of 2');

  // Next in the lesson window: both show the second request, and the next step comes next.
  await page.getByRole('button', { name: /^Next step/ }).click();
  await expect(page.getByTestId('beat-line')).toHaveText(lines.beat2);
  await expect(speaker.getByTestId('speaker-beat-line')).toHaveText(lines.beat2);
  await expect(speaker.getByTestId('speaker-next')).toHaveText(courseEn.steps['own-jars'].title);

  // Previous in the speaker view walks back one request, in both windows.
  await speaker.keyboard.press('PageUp');
  await expect(page.getByTestId('beat-line')).toHaveText(lines.beat1);
  await expect(speaker.getByTestId('speaker-beat-of')).toHaveText(/request 1 of 2/);
});
