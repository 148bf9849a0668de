/**
 * Issue "Every step framed", the Korean copy pass: one name per thing on the screen, DevTools as
 * Chrome's Korean DevTools names it, and no particle alone at the start of a line.
 */
import { expect, openLesson, test } from './fixtures';

test('in Korean the shop greets 미나 by the name the lesson uses, and DevTools reads as in Chrome', async ({
  page,
}) => {
  await openLesson(page, 'lang=ko&step=me');
  await expect(page.locator('#browser-page')).toContainText('미나의 페이지');
  await expect(page.locator('#browser-page')).not.toContainText('Mina');
  const tabs = page.locator('.devtools [role="tab"]');
  await expect(tabs).toHaveText(['네트워크', '애플리케이션 → 쿠키', '콘솔']);
  // The wire between browser and server has its own name.
  await expect(page.locator('#region-wire')).toHaveText(/통신 회선/);
});

test('a glossary term and the particle after it never part at a line end', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLesson(page, 'lang=ko&step=row-created');
  // "세션 ID와", "user_id는": each term with what follows it up to the space, as one unit.
  const units = page.locator('.narration-body .nowrap');
  await expect(units.first()).toBeVisible();
  for (const unit of await units.all()) {
    const { lines, text } = await unit.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { lines: tops.size, text: el.textContent ?? '' };
    });
    expect(lines, text).toBe(1);
  }
  const shown = await units.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
  expect(shown).toContain('세션 ID와');
});
