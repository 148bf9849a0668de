/** Shared test set-up: every test fails on a console error or an uncaught page error. */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export interface Row {
  id: string;
  ip: string;
  lastActivity: string;
  userId: string;
}

/** Opens the lesson in a fresh state (no saved place), in the given language. */
export async function openLesson(page: Page, query = 'lang=en') {
  await page.goto(`./?${query}`);
  await expect(page.locator('#step-title')).toBeVisible();
}

export const nextStep = (page: Page) =>
  page.getByRole('button', { name: /^(Next step|다음 단계)/ }).click();
export const prevStep = (page: Page) =>
  page.getByRole('button', { name: /^(Previous step|이전 단계)/ }).click();

export async function expectStep(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
  await expect(page.locator('.narration-meta')).toContainText(new RegExp(`\\b${n}\\b`));
}

/** The guest book's live rows (rows marked deleted are shown for one step, not counted). */
export async function guestBook(page: Page): Promise<Row[]> {
  const rows = page.locator('[data-testid="guest-book"] tbody tr:not([data-mark="deleted"])');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return {
        id: tr.getAttribute('data-session-id') ?? '',
        ip: cells[1] ?? '',
        lastActivity: cells[2] ?? '',
        userId: cells[4] ?? '',
      };
    }),
  );
}

export async function deletedRows(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="guest-book"] tbody tr[data-mark="deleted"]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-session-id') ?? ''));
}

/** The shown visitor's cookie jar, read from DevTools → Application → Cookies. */
export async function jar(
  page: Page,
): Promise<{ name: string; value: string; httpOnly: boolean }[]> {
  await page.getByRole('tab', { name: /Application|쿠키/ }).click();
  const table = page.locator('[data-testid="cookie-jar"]');
  if ((await table.count()) === 0) return [];
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.getAttribute('data-cookie') ?? '',
      value: tr.querySelector('code.value')?.textContent ?? '',
      httpOnly: (tr.querySelectorAll('td')[5]?.textContent ?? '').includes('✓'),
    })),
  );
}

export const requestEnvelope = (page: Page) => page.getByTestId('envelope-request');
export const responseEnvelope = (page: Page) => page.getByTestId('envelope-response');

/** `s%3A<id>.<signature>`: the signed cookie value must name this session ID. */
export const signedValueFor = (id: string) =>
  new RegExp(`^s%3A${id.replace(/[-_]/g, (c) => `\\${c}`)}\\.`);
