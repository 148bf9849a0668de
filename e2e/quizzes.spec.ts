/** Every chapter quiz answered by keyboard alone, its recap, its score kept, and axe on its screens. */
import type { Page } from '@playwright/test';
import { scrambled, type Question } from '../src/lessons/model';
import { quizFor } from '../src/lessons/activities';
import { CHAPTERS, STEPS } from '../src/lessons/steps';
import { tabTo, violations } from './a11y';
import { expect, test } from './fixtures';

const quiz = (page: Page) => page.getByTestId('quiz');

/** Chooses the radio at `index` of the group: Tab into it, Space, then arrow keys. */
async function chooseRadio(page: Page, index: number) {
  const radios = quiz(page).getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

/** Puts the items in `want` order with the Up buttons, by keyboard. */
async function sortItems(page: Page, q: Question & { kind: 'order' }, want: string[]) {
  const order = scrambled(q.items);
  for (const [p, id] of want.entries()) {
    let at = order.indexOf(id);
    if (at === p) continue;
    await tabTo(page, quiz(page).locator(`li[data-item="${id}"] button`).first());
    while (at > p) {
      // The moved item keeps the focus, on its Up button.
      await expect(quiz(page).locator(`li[data-item="${id}"] button`).first()).toBeFocused();
      await page.keyboard.press('Enter');
      order.splice(at, 1);
      order.splice(at - 1, 0, id);
      at--;
    }
  }
  await expect
    .poll(() =>
      quiz(page)
        .locator('li[data-item]')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item'))),
    )
    .toEqual(want);
}

/** Answers the question shown: right, or (when `right` is false) wrong. */
async function answer(page: Page, q: Question, right: boolean) {
  await expect(page.locator('#quiz-title')).toBeFocused();
  switch (q.kind) {
    case 'choose': {
      const wrongIndex = q.options.findIndex((o) => o !== q.answer);
      await chooseRadio(page, right ? q.options.indexOf(q.answer) : wrongIndex);
      break;
    }
    case 'spot-header': {
      // The radios are the header lines (the start line is not one).
      const wrongLine = q.wrong === 1 ? 2 : 1;
      await chooseRadio(page, (right ? q.wrong : wrongLine) - 1);
      break;
    }
    case 'order':
      if (right) await sortItems(page, q, q.items);
      break;
  }
  await tabTo(page, quiz(page).getByRole('button', { name: /^(Check the answer|정답 확인)$/ }));
  await page.keyboard.press('Enter');
  const feedback = page.getByTestId('quiz-feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback).toHaveAttribute('data-right', String(right));
  await expect(feedback).toContainText(right ? 'Right!' : 'Not quite.');
}

for (const chapter of CHAPTERS) {
  test(`the ${chapter} quiz by keyboard alone: feedback, recap, and the score kept`, async ({
    page,
  }) => {
    // A late chapter's last step replays the course before it, once more after the reload.
    test.slow();
    const questions = quizFor(chapter);
    const last = STEPS.findLast((s) => s.chapter === chapter)!;
    await page.goto(`./?lang=en&step=${last.id}`);
    await expect(page.locator('#step-title')).toBeVisible();
    // Offered at the chapter's last step.
    const invite = page.getByTestId('start-quiz');
    await tabTo(page, invite);
    await page.keyboard.press('Enter');
    await expect(quiz(page)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]quiz=${chapter}(&|$)`));

    for (const [i, q] of questions.entries()) {
      await expect(quiz(page)).toContainText(`Question ${i + 1} of ${questions.length}`);
      // The first answer is wrong on purpose, the rest right.
      await answer(page, q, i !== 0);
      const next = quiz(page).getByRole('button', {
        name: i === questions.length - 1 ? 'See the recap' : 'Next question',
      });
      await tabTo(page, next);
      await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
    }

    const recap = page.getByTestId('quiz-recap');
    await expect(recap).toBeVisible();
    await expect(page.locator('#quiz-title')).toBeFocused();
    await expect(page.getByTestId('quiz-score')).toHaveText(
      `You got ${questions.length - 1} of ${questions.length} right.`,
    );
    await expect(recap.locator('li[data-right="false"]')).toHaveCount(1);
    await expect(recap.locator('li[data-right="true"]')).toHaveCount(questions.length - 1);
    // What to revisit: the step behind the wrong answer, as a link.
    const revisit = recap.locator('.quiz-revisit a');
    await expect(revisit).toHaveCount(1);
    await expect(revisit).toHaveAttribute('href', `?step=${questions[0]!.revisit}`);

    // Back to the lesson, by keyboard: the lesson's step shows again.
    await tabTo(page, recap.getByRole('button', { name: 'Back to the lesson' }));
    await page.keyboard.press('Enter');
    await expect(quiz(page)).toHaveCount(0);
    await expect(page.locator('#step-title')).toBeVisible();
    await expect(page.locator('#narration')).toBeFocused();
    await expect(page).not.toHaveURL(/[?&]quiz=/);

    // The score is kept after a reload, and shown in Contents.
    await page.reload();
    await expect(page.locator('#step-title')).toBeVisible();
    await page.getByRole('button', { name: 'Contents' }).click();
    await expect(page.getByTestId(`quiz-best-${chapter}`)).toHaveText(
      `best ${questions.length - 1}/${questions.length}`,
    );
    await expect(invite).toContainText(`best ${questions.length - 1}/${questions.length}`);
  });
}

test('a revisit link opens its step and leaves the quiz; a challenge and a quiz never run together', async ({
  page,
}) => {
  await page.goto('./?lang=en&quiz=life');
  const q = quizFor('life')[0]!;
  await expect(page.locator('#quiz-title')).toBeVisible();
  // Every answer wrong, clicked through.
  for (const question of quizFor('life')) {
    if (question.kind !== 'order') await quiz(page).getByRole('radio').first().click();
    if (question.kind === 'choose' && question.options[0] === question.answer)
      await quiz(page).getByRole('radio').nth(1).click();
    if (question.kind === 'spot-header' && question.wrong === 1)
      await quiz(page).getByRole('radio').nth(1).click();
    await quiz(page).getByRole('button', { name: 'Check the answer' }).click();
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-right', 'false');
    await quiz(page)
      .getByRole('button', { name: /Next question|See the recap/ })
      .click();
  }
  await expect(page.getByTestId('quiz-score')).toHaveText(/^You got 0 of \d+ right\.$/);
  await page.getByTestId('quiz-recap').getByRole('link', { name: /./ }).first().click();
  await expect(page.getByTestId('quiz-recap')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`[?&]step=${q.revisit}(&|$)`));
  await expect(page).not.toHaveURL(/[?&]quiz=/);

  // Starting a challenge leaves the quiz, and starting the quiz leaves the challenge.
  await page.goto('./?lang=en&quiz=life');
  await expect(quiz(page)).toBeVisible();
  await page.getByRole('button', { name: 'Contents' }).click();
  await page
    .getByRole('link', { name: /^Challenge: / })
    .first()
    .click();
  await expect(page.getByTestId('challenge')).toBeVisible();
  await expect(quiz(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Contents' }).click();
  await page
    .getByRole('link', { name: /^Quiz: / })
    .first()
    .click();
  await expect(quiz(page)).toBeVisible();
  await expect(page.getByTestId('challenge')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]challenge=/);
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation on the quiz screens (${lang})`, async ({ page }) => {
    // axe on every question of two quizzes: most of a minute on a busy 2-core machine.
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const found: string[] = [];
    for (const chapter of ['life', 'security'] as const) {
      await page.goto(`./?lang=${lang}&quiz=${chapter}`);
      await expect(page.locator('#quiz-title')).toBeVisible();
      await expect(page.getByTestId('network-status')).not.toHaveAttribute(
        'data-network',
        'starting',
      );
      for (const [i, q] of quizFor(chapter).entries()) {
        if (q.kind !== 'order')
          await quiz(page)
            .getByRole('radio')
            .nth(i % 2)
            .click();
        found.push(...(await violations(page, `${lang} ${chapter} question ${q.id}`)));
        await quiz(page)
          .getByRole('button', { name: /^(Check the answer|정답 확인)$/ })
          .click();
        await expect(page.getByTestId('quiz-feedback')).toBeVisible();
        found.push(...(await violations(page, `${lang} ${chapter} feedback ${q.id}`)));
        await quiz(page)
          .getByRole('button', { name: /^(Next question|See the recap|다음 문제|정리 보기)$/ })
          .click();
      }
      await expect(page.getByTestId('quiz-recap')).toBeVisible();
      found.push(...(await violations(page, `${lang} ${chapter} recap`)));
    }
    expect(found).toEqual([]);
  });
}
