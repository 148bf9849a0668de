/**
 * Predict, then reveal, by keyboard alone: the step waits for the student's answer, plays, and
 * says right or wrong and why; skipping, Next as "just show me", the answer kept after a reload,
 * the preference off, and axe on the question and the verdict in both languages.
 */
import type { Page } from '@playwright/test';
import { tabTo, violations } from './a11y';
import {
  expect,
  expectNarrationFromTop,
  expectStep,
  guestBook,
  openLesson,
  readLongNarration,
  test,
} from './fixtures';

test.use({ predictions: true });
// Each test walks several steps, reloads or runs axe twice: long on a busy 2-core machine.
test.beforeEach(() => test.slow());

const question = (page: Page) => page.getByTestId('prediction');
const verdict = (page: Page) => page.getByTestId('prediction-result');
/** How many requests the world on screen has seen. */
const exchanges = (page: Page) => page.evaluate(() => window.guestbook!.world().exchanges.length);

/** Next by its shortcut key (→), from wherever the focus is not in a field. */
async function nextByKey(page: Page) {
  await page.keyboard.press('ArrowRight');
}

async function prevByKey(page: Page) {
  await page.keyboard.press('ArrowLeft');
}

/** Chooses the option at `index` (Tab into the group, Space, arrows) and confirms with Enter. */
async function answer(page: Page, index: number) {
  const radios = question(page).getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
  await page.keyboard.press('Enter');
}

test('a right answer: the step waits for it, then plays, and says so', async ({ page }) => {
  await openLesson(page, 'lang=en');
  await nextByKey(page);
  await expectStep(page, 'first-visit');
  // The question takes the focus; nothing has been sent yet and the guest book is still empty.
  await expect(page.locator('#prediction-title')).toBeFocused();
  await expect(page.locator('#prediction-title')).toContainText('What happens in the guest book?');
  expect(await exchanges(page)).toBe(0);
  expect(await guestBook(page)).toHaveLength(0);
  await answer(page, 0); // "A new row appears"
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'right');
  await expect(verdict(page)).toBeFocused();
  await expect(verdict(page)).toContainText('Right!');
  await expect(verdict(page)).toContainText('You predicted: A new row appears');
  await expect(page.locator('#step-title')).toHaveText('First visit');
  // The step played: the request went out and the row is there.
  await expect.poll(() => exchanges(page)).toBe(1);
  await expect.poll(async () => (await guestBook(page)).length).toBe(1);
});

test('a wrong answer says what happened and why', async ({ page }) => {
  await openLesson(page, 'step=jar-stores&lang=en');
  await nextByKey(page);
  await expectStep(page, 'cookie-returns');
  const before = await exchanges(page);
  await expect(page.locator('#prediction-title')).toContainText('connect.sid');
  await answer(page, 1); // "No": wrong, the browser sends it by itself
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'wrong');
  await expect(verdict(page)).toContainText('Not quite.');
  await expect(verdict(page)).toContainText('What happened: Yes, the browser adds it by itself');
  await expect(verdict(page)).toContainText('no code on the page is needed');
  await expect.poll(() => exchanges(page)).toBe(before + 1);
  const sent = await page.evaluate(() => {
    const world = window.guestbook!.world();
    return world.exchanges.at(-1)!.request.headers.find(([n]) => n === 'Cookie')?.[1] ?? '';
  });
  expect(sent).toMatch(/^connect\.sid=s%3A/);
});

test('Next while a question is open shows the step (remembered as skipped); "Just show me" too', async ({
  page,
}) => {
  await openLesson(page, 'step=last-activity&lang=en');
  const [guestRow] = await guestBook(page);
  await nextByKey(page);
  await expectStep(page, 'login');
  await expect(question(page)).toBeVisible();
  // Still the guest's row: the login has not played.
  expect((await guestBook(page)).map((r) => r.id)).toEqual([guestRow!.id]);
  // → again: not past the step unseen, but the step itself, played.
  await nextByKey(page);
  await expectStep(page, 'login');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'skipped');
  await expect(verdict(page)).toContainText(
    'What happened: The row is deleted, and a new row with a new ID gets user_id 152',
  );
  await expect
    .poll(async () => (await guestBook(page)).map((r) => [r.id === guestRow!.id, r.userId]))
    .toEqual([[false, '152']]);

  // "Just show me" on the next question, by keyboard.
  await nextByKey(page);
  await expectStep(page, 'me');
  const before = await exchanges(page);
  await tabTo(page, question(page).getByRole('button', { name: 'Just show me' }));
  await page.keyboard.press('Enter');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'skipped');
  await expect(verdict(page)).toBeFocused();
  await expect.poll(() => exchanges(page)).toBe(before + 1);

  // A skip is remembered: the step is shown at once after a reload.
  await page.reload();
  await expectStep(page, 'me');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'skipped');
  await expect(question(page)).toHaveCount(0);
});

test('an answer is kept after a reload, and can be asked again', async ({ page }) => {
  await openLesson(page, 'step=idle&lang=en');
  await nextByKey(page);
  await expectStep(page, 'expired');
  await answer(page, 1); // "No, the jar no longer has it": right
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'right');
  const played = await exchanges(page);

  await page.reload();
  await expectStep(page, 'expired');
  await expect(question(page)).toHaveCount(0);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'right');
  await expect(verdict(page)).toContainText('You predicted: No, the jar no longer has it');

  // Asked again: the world goes back to before the step until the new answer.
  await tabTo(page, verdict(page).getByRole('button', { name: 'Predict again' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#prediction-title')).toBeFocused();
  expect(await exchanges(page)).toBe(played - 1);
  await answer(page, 0); // "Yes": wrong this time
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'wrong');
  expect(await exchanges(page)).toBe(played);
});

test('with predictions off, steps play at once; the choice is remembered', async ({ page }) => {
  await openLesson(page, 'lang=en');
  const toggle = page.getByRole('button', { name: 'Predict first' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Turned off while a question is open: the step plays, and nothing is counted.
  await nextByKey(page);
  await expect(question(page)).toBeVisible();
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(question(page)).toHaveCount(0);
  await expect(verdict(page)).toHaveCount(0);
  await expect.poll(async () => (await guestBook(page)).length).toBe(1);

  // Remembered: after a reload the next predicted step plays at once.
  await openLesson(page, 'step=jar-stores&lang=en');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await nextByKey(page);
  await expectStep(page, 'cookie-returns');
  await expect(page.locator('#step-title')).toHaveText('The cookie comes back by itself');
  await expect(question(page)).toHaveCount(0);
  // Turned on again: the next question is asked (first-visit's was never answered).
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await openLesson(page, 'step=row-created&lang=en');
  await prevByKey(page);
  await expectStep(page, 'first-visit');
  await expect(question(page)).toHaveCount(0); // going back never asks
  await prevByKey(page);
  await nextByKey(page);
  await expect(question(page)).toBeVisible();
});

for (const lang of ['ko', 'en'] as const) {
  test(`the question and the verdict are axe clean (${lang})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLesson(page, `step=after-logout&lang=${lang}`);
    await nextByKey(page);
    await expectStep(page, 'stateless');
    await expect(page.locator('#prediction-title')).toBeFocused();
    await expect(question(page).getByRole('radio')).toHaveCount(2);
    const found = await violations(page, `${lang} question`);
    await answer(page, 0); // wrong: Safari's jar is its own
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'wrong');
    found.push(...(await violations(page, `${lang} verdict`)));
    expect(found).toEqual([]);
  });
}

test('after an answer, the narration drawn again still scrolls: the arrow shows, and the next step starts at its top', async ({
  page,
}) => {
  // A small phone: the step's text and its verdict are longer than the step bar leaves them.
  await page.setViewportSize({ width: 320, height: 600 });
  await openLesson(page, 'lang=en');
  await nextByKey(page);
  await expectStep(page, 'first-visit');
  await answer(page, 0);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'right');
  await readLongNarration(page);
  await page.getByRole('button', { name: /^Next step/ }).click();
  await expectStep(page, 'row-created');
  await expectNarrationFromTop(page);
});
