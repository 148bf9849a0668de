/** Shared test set-up: every test fails on a console error or an uncaught page error. */
import { test as base, expect, type Page } from '@playwright/test';
import { STEPS, stepIndexById } from '../src/lessons/steps';

export const test = base.extend<{
  pageErrors: string[];
  /** Steps ask their prediction first; off unless a test is about predictions. */
  predictions: boolean;
  predictionsPref: void;
}>({
  predictions: [false, { option: true }],
  predictionsPref: [
    async ({ context, predictions }, use) => {
      // A fresh browser with no saved preferences starts with predictions off.
      if (!predictions)
        await context.addInitScript(() => {
          const key = 'session-guestbook.prefs';
          try {
            if (localStorage.getItem(key) === null)
              localStorage.setItem(key, JSON.stringify({ state: { predict: false }, version: 0 }));
          } catch {
            /* storage off: predictions stay on */
          }
        });
      await use();
    },
    { auto: true },
  ],
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
  // The first step is in the page before its script runs (prerendered): wait until it answers.
  await expect(page.locator('html[data-live]')).toBeAttached();
}

/**
 * On to the next step, whole: Next, and Next again while the step walks its requests one at a
 * time (beats). An open prediction stops it there, as a student would see it.
 */
export async function nextStep(page: Page) {
  const from = await settledStep(page);
  await page.getByRole('button', { name: /^(Next step|다음 단계)/ }).click();
  while ((await settledStep(page)).step === from.step + 1 && (await settledStep(page)).more)
    await page.getByRole('button', { name: /^(Next step|다음 단계)/ }).click();
}

/** Back to the previous step: Previous, again while it walks back through this step's beats. */
export async function prevStep(page: Page) {
  const from = await settledStep(page);
  await page.getByRole('button', { name: /^(Previous step|이전 단계)/ }).click();
  while ((await settledStep(page)).step === from.step && from.step > 0)
    await page.getByRole('button', { name: /^(Previous step|이전 단계)/ }).click();
}

/** The step once the lesson is at rest, and whether it has requests still to walk. */
export async function settledStep(
  page: Page,
): Promise<{ step: number; more: boolean; back: boolean }> {
  await atRest(page);
  return page.evaluate(() => window.guestbook!.beat());
}

/**
 * Until every click so far has been worked out and shown. Typing into a page that is being
 * loaded again is lost when it arrives, as in a real browser: wait for it first.
 */
export async function atRest(page: Page) {
  await page.waitForFunction(() => window.guestbook !== undefined && !window.guestbook.busy());
}

/** A step's number as the lesson shows it ("Step 8 of 36"), from its ID; throws on an unknown ID. */
export function stepNumber(id: string): number {
  const index = stepIndexById(id);
  if (index < 0) throw new Error(`no step with the ID "${id}"`);
  return index + 1;
}

/**
 * A narration longer than its box (a small phone): the "more" arrow and a tab stop show; read to
 * its end, the arrow goes.
 */
export async function readLongNarration(page: Page) {
  const text = page.locator('.narration-text');
  const more = page.locator('.more-text');
  await expect(more).toBeVisible();
  await expect(text).toHaveAttribute('tabindex', '0');
  await text.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(more).toBeHidden();
  expect(await text.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
}

/** A new step's long narration is read from its top, and says again that there is more. */
export async function expectNarrationFromTop(page: Page) {
  const text = page.locator('.narration-text');
  expect(await text.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(page.locator('.more-text')).toBeVisible();
  await expect(text).toHaveAttribute('tabindex', '0');
}

/** The step shown: its ID in the address bar, its number in the narration (either language). */
export async function expectStep(page: Page, id: string, timeout?: number) {
  const n = stepNumber(id);
  const total = STEPS.length;
  await expect(page).toHaveURL(new RegExp(`[?&]step=${id}(&|$)`), { timeout });
  await expect(page.locator('.narration-meta')).toContainText(
    new RegExp(`Step ${n} of ${total}|${total}단계 중 ${n}단계`),
  );
}

/** The guest book's live rows (rows marked deleted are shown for one step, not counted). */
export async function guestBook(page: Page): Promise<Row[]> {
  const rows = page.locator(
    '[data-testid="guest-book"] tbody tr[data-session-id]:not([data-mark="deleted"])',
  );
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
  // The panel shows either the table or "no cookies": wait for it, or an empty jar reads as [].
  // Just after a reload the drawer may still be drawn again, and a click then lost: click again.
  await expect(async () => {
    await page.getByRole('tab', { name: /Application|쿠키/ }).click();
    await expect(page.locator('.devtools .cookies')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
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

/** Collects console errors and page errors of a page the test opened itself (another context). */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
}

/** The visitor tabs' names, in order ("Chrome · 203.0.113.27", …). */
export const visitorTabNames = (page: Page) =>
  page
    .locator('.visitor-tabs [role="tab"]')
    .evaluateAll((tabs) => tabs.map((t) => (t.textContent ?? '').replace(/^\W+/u, '').trim()));

/** The animated parts of the stage, with any that are not in their final, resting state. */
export async function unsettledMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors = [
      '[data-testid="envelope-request"]',
      '[data-testid="envelope-response"]',
      '[data-testid="guest-book"] tbody tr:not([data-mark="deleted"])',
      '[data-testid="trace"] li',
      '[data-testid="jar-chip"]',
      '[data-testid="cookie-jar"] tbody tr',
    ];
    const resting = ['none', 'matrix(1, 0, 0, 1, 0, 0)'];
    const found: string[] = [];
    for (const selector of selectors) {
      for (const el of document.querySelectorAll(selector)) {
        const style = getComputedStyle(el);
        if (style.opacity !== '1' || !resting.includes(style.transform)) {
          found.push(`${selector}: opacity ${style.opacity}, transform ${style.transform}`);
        }
      }
    }
    const running = document.getAnimations().filter((a) => a.playState === 'running');
    if (running.length > 0) found.push(`${running.length} running animation(s)`);
    return found;
  });
}

/**
 * Known and intermittent (see the robustness report): right after a navigation (reload, deep
 * link) Mock Service Worker's worker can unregister itself, its last page having gone
 * (`pagehide` → CLIENT_CLOSE in public/mockServiceWorker.js), while the new page's msw start
 * calls `registration.update()` without handling its rejection. Chromium then logs "Failed to
 * update a ServiceWorker … Not found"; the lesson carries on. Removes exactly that message from
 * `errors` and notes it on the test, so every other error still fails the test.
 */
export function forgiveWorkerUpdateRace(errors: string[]): void {
  const race =
    /^(Uncaught \(in promise\) \w*:? ?)?Failed to update a ServiceWorker for scope \('[^']*'\) with script \('[^']*mockServiceWorker\.js'\): Not found\.?$/;
  for (let i = errors.length - 1; i >= 0; i--) {
    if (!race.test(errors[i]!)) continue;
    test.info().annotations.push({ type: 'known issue (msw update race)', description: errors[i] });
    console.log(`known issue, forgiven: ${errors[i]}`);
    errors.splice(i, 1);
  }
}
