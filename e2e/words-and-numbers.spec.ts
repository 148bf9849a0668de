/**
 * Issue "Every step framed": the glossary stays out of the reader's way, the student's screen
 * speaks of the lesson (not of how it is built), and the memory numbers agree with each other.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });

/** Opens a step once the page is live; predictions off, so the step plays at once. */
async function open(page: Page, query: string) {
  await page.goto(`./?${query}`);
  await expect(page.locator('html[data-live]')).toBeAttached();
  // The prerendered first screen has gone: one lesson on the page.
  await expect(page.locator('#step-title')).toHaveCount(1);
  // Predictions are off in a fresh test browser (fixtures.ts): the remembered choice shows right
  // after hydration, so it is awaited, never toggled (a toggle read too early turns them on).
  await expect(page.getByTestId('predict-toggle')).toHaveAttribute('aria-pressed', 'false');
  // The texts and panels that load after the first paint have come, and the camera, which
  // frames the step as they grow the page, has come to rest: a hover is not scrolled away.
  await page.waitForLoadState('networkidle');
  await expect
    .poll(async () => {
      const before = await page.evaluate(() => scrollY);
      await page.waitForTimeout(400);
      return (await page.evaluate(() => scrollY)) === before;
    })
    .toBe(true);
}

test('a term explained under the mouse leaves the next term free, and Escape closes it', async ({
  page,
}) => {
  await open(page, 'lang=en&step=login');
  const terms = page.locator('#narration .term');
  const first = terms.first();
  const tip = page.locator(`#${await first.getAttribute('aria-describedby')}`);
  await first.hover();
  await expect(tip).toBeVisible();
  const tipBox = (await tip.boundingBox())!;
  for (const other of (await terms.all()).slice(1)) {
    const box = (await other.boundingBox())!;
    const overlaps =
      box.x < tipBox.x + tipBox.width &&
      tipBox.x < box.x + box.width &&
      box.y < tipBox.y + tipBox.height &&
      tipBox.y < box.y + box.height;
    expect(overlaps, `the explanation covers "${await other.textContent()}"`).toBe(false);
  }
  // The pointer goes straight down to the explanation, over the lines between, and it stays open
  // (WCAG 1.4.13, hoverable); under the mouse, Escape still closes it.
  const termBox = (await first.boundingBox())!;
  await page.mouse.move(termBox.x + termBox.width / 2, tipBox.y + tipBox.height / 2, { steps: 10 });
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

/** What the student reads on the screen (the About dialog, closed, is not part of it). */
const screenText = (page: Page) => page.evaluate(() => document.body.innerText);

for (const [lang, words] of [
  ['en', /service worker|msw|mock service/i],
  ['ko', /서비스 워커|service worker|msw|mock service/i],
] as const) {
  test(`the screen speaks of the simulated network, not of how it is built (${lang})`, async ({
    page,
  }) => {
    for (const step of ['welcome', 'first-visit', 'tamper']) {
      await open(page, `lang=${lang}&step=${step}`);
      await expect(page.getByTestId('network-status')).toHaveCount(1);
      await expect(page.getByTestId('network-status')).not.toHaveAttribute(
        'data-network',
        'starting',
      );
      expect(await screenText(page)).not.toMatch(words);
    }
  });
}

/** Sessions and bytes from the guest book's summary ("2 sessions · about 704 bytes stored"). */
async function memory(page: Page) {
  const text = (await page.getByTestId('guest-book-summary').textContent())!.replace(/,/g, '');
  const count = Number(/(\d+) session/.exec(text)![1]);
  const [, amount, unit] = /about ([\d.]+) (bytes|KB)/.exec(text)!;
  return { count, bytes: Number(amount) * (unit === 'KB' ? 1000 : 1) };
}

test('the guest book and the capacity panel count the same bytes per session', async ({ page }) => {
  // One session is a hundred-odd bytes of JSON, not rounded up to a kilobyte.
  await open(page, 'lang=en&step=row-created');
  const one = await memory(page);
  expect(one.count).toBe(1);
  expect(one.bytes).toBeGreaterThan(50);
  expect(one.bytes).toBeLessThan(500);
  // A thousand: the summary's bytes per session are what the capacity panel measured.
  await open(page, 'lang=en&step=busy-day');
  const many = await memory(page);
  expect(many.count).toBeGreaterThan(1000);
  const panel = await page.getByText(/One session in the store: \d+ bytes/).textContent();
  const measured = Number(/(\d+) bytes/.exec(panel!)![1]);
  expect(Math.abs(many.bytes / many.count - measured)).toBeLessThan(1);
  expect(Math.abs(one.bytes - measured) / measured).toBeLessThan(0.3);
});
