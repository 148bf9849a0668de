/** The busy day, scaled: the student slides to a million visitors and reads what it costs. */
import { expect, expectStep, openLesson, test } from './fixtures';

test('the busy-day slider measures a session and scales it to a million, in Korean and English', async ({
  page,
}) => {
  await openLesson(page, 'step=busy-day&lang=en');
  await expectStep(page, 'busy-day');
  const panel = page.getByTestId('capacity');
  // The bytes shown are the average JSON the store keeps for the guest book's sessions.
  const { bytes, rows } = await page.evaluate(() => {
    const book = window.guestbook!.world().server.guestBook;
    const total = book.reduce(
      (n, r) => n + new TextEncoder().encode(JSON.stringify(r.payload)).length,
      0,
    );
    return { bytes: Math.round(total / book.length), rows: book.length };
  });
  await expect(panel).toContainText(
    `One session in the store: ${bytes} bytes of JSON (measured: the average of the ${rows.toLocaleString('en')} sessions`,
  );
  const slider = panel.getByRole('slider', { name: 'Visitors with a session' });
  await expect(slider).toHaveAttribute('aria-valuetext', '1,000');
  // By keyboard, to the end of the slider: a million visitors.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '1,000,000');
  const mb = (n: number) => `${Number((n / 1e6).toFixed(1)).toLocaleString('en')} MB`;
  await expect(panel).toContainText(`1,000,000 sessions in one store: ${mb(bytes * 1e6)}.`);
  await expect(panel).toContainText(
    `Replicated on 3 servers: each server holds all of them, ${mb(bytes * 1e6)}, so ${mb(3 * bytes * 1e6)} in all.`,
  );
  await expect(panel).toContainText(`One central store (Redis): ${mb(bytes * 1e6)}, kept once`);

  await openLesson(page, 'step=busy-day&lang=ko');
  await expectStep(page, 'busy-day');
  await expect(page.getByTestId('capacity')).toContainText(`JSON ${bytes}바이트`, {
    timeout: 15_000,
  });
});

test('every row of a thousand-session guest book, drawn only where the student looks', async ({
  page,
}) => {
  await openLesson(page, 'step=busy-day&lang=en');
  await expectStep(page, 'busy-day');
  const ids = await page.evaluate(() =>
    window.guestbook!.world().server.guestBook.map((r) => r.id),
  );
  expect(ids.length).toBeGreaterThan(1000);
  const showAll = page.getByRole('button', { name: `Show all ${ids.length} rows` });
  await showAll.click();
  // The whole list is there once the button has gone (its code fetched first).
  await expect(showAll).toBeHidden();
  const table = page.getByTestId('guest-book');
  const drawn = table.locator('tr[data-session-id]');
  await expect(drawn.first()).toHaveAttribute('data-session-id', ids[0]!);
  expect(await drawn.count()).toBeLessThan(100);
  // By keyboard, as a page scrolls: End in the focused book brings its last session into view
  // (however much taller the last rows are than counted), the lesson stays on its step, and still
  // only a screenful is drawn; Home goes back to the first.
  const scroller = page.locator('.guest-book .table-scroll').first();
  await scroller.focus();
  await page.keyboard.press('End');
  await expect(table.locator(`tr[data-session-id="${ids.at(-1)}"]`)).toBeInViewport();
  await expect
    .poll(() => scroller.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
    .toBeLessThan(2);
  expect(await drawn.count()).toBeLessThan(100);
  await expectStep(page, 'busy-day');
  await page.keyboard.press('Home');
  await expect(table.locator(`tr[data-session-id="${ids[0]}"]`)).toBeInViewport();
  await expectStep(page, 'busy-day');
});
