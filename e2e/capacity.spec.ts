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
  await expect(page.getByTestId('capacity')).toContainText(`JSON ${bytes}바이트`);
});
