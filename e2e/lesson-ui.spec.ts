/** Issue "A lesson people learn from and teach with": what a student or a presenter notices. */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import {
  collectErrors,
  expect,
  expectNarrationFromTop,
  expectStep,
  guestBook,
  jar,
  nextStep,
  openLesson,
  prevStep,
  readLongNarration,
  requestEnvelope,
  responseEnvelope,
  stepNumber,
  test,
  unsettledMotion,
  visitorTabNames,
} from './fixtures';
import { courseEn } from '../src/i18n/course-en';
import { en } from '../src/i18n/en';
import { everywhereEn } from '../src/i18n/everywhere-en';
import { CHAPTERS, STEPS } from '../src/lessons/steps';
import { COMMANDS } from '../src/ui/commands';

const CHAPTER_NAMES = { ...en.chapters, ...courseEn.chapters, ...everywhereEn.chapters };

/** What a step looks like, without the random session IDs. */
async function snapshot(page: Page) {
  const rows = await guestBook(page);
  return {
    title: await page.locator('#step-title').textContent(),
    summary: await page.getByTestId('guest-book-summary').textContent(),
    rows: rows.map(({ ip, lastActivity, userId }) => ({ ip, lastActivity, userId })),
    deleted: await page.locator('[data-testid="guest-book"] tbody tr[data-mark="deleted"]').count(),
    tabs: await visitorTabNames(page),
    clock: await page.getByTestId('clock').textContent(),
  };
}

/** A page in a brand-new context (no saved place, no saved preferences). */
async function freshPage(browser: Browser, baseURL: string | undefined, errors: string[]) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  collectErrors(page, errors);
  return page;
}

test('a deep link opens the same guest book as walking there with Next', async ({
  page,
  browser,
  baseURL,
}) => {
  const checkpoints = [
    'login',
    'expired',
    'lazy-expiry',
    'second-browser',
    'own-jars',
    'logout-public-pc',
    'memory-cookie',
    'busy-day',
  ];
  // Walks the course to the busy day, then opens a link per checkpoint, each replaying the course
  // to its step: bounded by those, not by the clock (a busy machine makes them slower, not wrong).
  test.setTimeout(60_000 + (stepNumber('busy-day') + checkpoints.length * 2) * 6_000);
  const walked = new Map<string, Awaited<ReturnType<typeof snapshot>>>();
  // Motion changes nothing in the guest book; without it the walk is quicker.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page);
  for (const { id } of STEPS.slice(1, stepNumber('busy-day'))) {
    await nextStep(page);
    await expectStep(page, id);
    if (checkpoints.includes(id)) walked.set(id, await snapshot(page));
  }
  expect(walked.get('busy-day')!.summary).toContain('1001 sessions');

  const errors: string[] = [];
  for (const id of checkpoints) {
    const linked = await freshPage(browser, baseURL, errors);
    await linked.goto(`./?step=${id}&lang=en`);
    await expectStep(linked, id, 15_000);
    expect(await snapshot(linked), `step ${id}`).toEqual(walked.get(id));
    await linked.context().close();
  }
  expect(errors, 'console errors in the linked pages').toEqual([]);
});

test('a link by step number (the old form) still opens, and the address then names the step', async ({
  page,
}) => {
  const query = new URLSearchParams({ lang: 'en', step: String(stepNumber('login')) });
  await page.goto(`./?${query}`);
  await expectStep(page, 'login');
  await expect(page.locator('#step-title')).toHaveText('Logging in');
});

test('Previous after Next restores the earlier state in the "many visitors" chapter', async ({
  page,
}) => {
  await openLesson(page, 'step=two-logins&lang=en');
  await expectStep(page, 'two-logins');
  await page.getByRole('tab', { name: /Edge/ }).click();
  const before = { rows: await guestBook(page), tabs: await visitorTabNames(page) };
  const jarBefore = await jar(page);
  const request = await requestEnvelope(page).textContent();

  await nextStep(page);
  await expectStep(page, 'own-jars');
  const after = await guestBook(page);
  expect(after.map((r) => r.lastActivity)).not.toEqual(before.rows.map((r) => r.lastActivity));

  await prevStep(page);
  await expectStep(page, 'two-logins');
  expect({ rows: await guestBook(page), tabs: await visitorTabNames(page) }).toEqual(before);
  // Each step shows its own browser again (Mina's Chrome here): Edge's, as it was, a click away.
  await page.getByRole('tab', { name: /Edge/ }).click();
  expect(await jar(page)).toEqual(jarBefore);
  await expect(requestEnvelope(page)).toHaveText(request!);

  await nextStep(page);
  await expectStep(page, 'own-jars');
  expect(await guestBook(page)).toEqual(after);
});

test('presenter keys drive the lesson, and are ignored while typing', async ({ page }) => {
  await openLesson(page);
  const app = page.locator('.app');

  await page.keyboard.press('ArrowRight');
  await expectStep(page, 'first-visit');
  await page.keyboard.press(' ');
  await expectStep(page, 'row-created');
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 'first-visit');
  await page.keyboard.press('End');
  // The last step is worked out through every step before it: on a busy machine, some seconds.
  await expectStep(page, STEPS.at(-1)!.id, 30_000);
  await page.keyboard.press('Home');
  await expectStep(page, 'welcome');

  await page.keyboard.press('p');
  await expect(app).toHaveClass(/\bpresenter\b/);
  await page.reload();
  await expect(app).toHaveClass(/\bpresenter\b/);
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('P');
  await expect(app).not.toHaveClass(/\bpresenter\b/);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  // One row per command with keys, from the one registry.
  await expect(shortcuts.getByRole('row')).toHaveCount(
    COMMANDS.filter((c) => c.keys.length).length,
  );
  // Keys inside the open dialog do not move the lesson behind it.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expectStep(page, 'welcome');

  // Typing in the shop's login form: letters, spaces and arrows stay in the field.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 'first-visit');
  const user = page.getByLabel('User name');
  await user.click();
  await page.keyboard.type('p f ?');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect(user).toHaveValue('p f ?');
  await expectStep(page, 'first-visit');
  await expect(app).not.toHaveClass(/\bpresenter\b/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('Korean and English: ?lang=, the switch, and the remembered choice', async ({ page }) => {
  await openLesson(page, 'lang=ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '다음 단계' })).toBeVisible();
  await expect(page.getByRole('button', { name: '이전 단계' })).toBeVisible();
  await expect(page.locator('#step-title')).toHaveText('쇼핑몰에 오신 것을 환영합니다');
  await expect(page.locator('.narration-body')).toContainText('손님 기록부');
  await expect(page.locator('#region-wire')).toContainText('통신 회선');

  await nextStep(page);
  await nextStep(page);
  await expectStep(page, 'row-created');
  await expect(page.locator('#step-title')).toHaveText('손님 기록부에 새 줄이 생겼습니다');
  const rows = await guestBook(page);

  // Switching changes every word at once and keeps the place.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#step-title')).toHaveText('A new row in the guest book');
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  await expect(page.locator('#region-wire')).toContainText('The wire');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectStep(page, 'row-created');
  expect(await guestBook(page)).toEqual(rows);

  // Remembered: a plain link (no ?lang=) opens in English.
  await page.goto('./?step=row-created');
  await expect(page.locator('#step-title')).toHaveText('A new row in the guest book');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('#step-title')).toHaveText('A new row in the guest book');
  expect(await guestBook(page)).toEqual(rows);

  // ?lang= wins over the remembered choice.
  await page.goto('./?step=row-created&lang=ko');
  await expect(page.locator('#step-title')).toHaveText('손님 기록부에 새 줄이 생겼습니다');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '이전 단계' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
});

/** Text on the stage and in the narration, as a reader gets it. */
const stageText = (page: Page) =>
  page.evaluate(() =>
    [document.querySelector('.narration'), document.querySelector('.stage')]
      .map((el) => (el as HTMLElement | null)?.innerText ?? '')
      .join('\n'),
  );

/**
 * Each step shows its final state at once with reduced motion, and nothing is lost: the same
 * words as the same step with full motion once the animation is over.
 */
async function checkReducedMotion(
  page: Page,
  steps: string[],
  setReduced: (on: boolean) => Promise<void>,
) {
  await openLesson(page);
  let at = 1;
  for (const id of steps) {
    const n = stepNumber(id);
    const previous = STEPS[n - 2]!.id;
    await setReduced(true);
    for (; at < n - 1; at++) await nextStep(page);
    await expectStep(page, previous);
    // Full motion first: wait until it has played out, and read the step.
    await setReduced(false);
    await nextStep(page);
    at = n;
    await expectStep(page, id);
    await expect.poll(() => unsettledMotion(page), { timeout: 10_000 }).toEqual([]);
    const full = await stageText(page);

    // The same step again with reduced motion: final right after the click.
    await prevStep(page);
    await expectStep(page, previous);
    await setReduced(true);
    await nextStep(page);
    await expectStep(page, id);
    expect(await unsettledMotion(page), `step ${id}`).toEqual([]);
    await expect(responseEnvelope(page)).toHaveCSS('opacity', '1');
    expect(await stageText(page), `step ${id}`).toEqual(full);
  }
}

test('reduced motion from the system shows every step final at once, losing nothing', async ({
  page,
}) => {
  await checkReducedMotion(page, ['first-visit', 'login', 'logout'], (on) =>
    page.emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' }),
  );
});

test('the Animation setting "Reduced" does the same', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await checkReducedMotion(page, ['first-visit', 'expired', 'second-browser'], async (on) => {
    await page.getByLabel('Animation').selectOption(on ? 'reduce' : 'full');
  });
});

test('clicking ahead finishes the running animation at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openLesson(page);
  await page.getByLabel('Animation').selectOption('full');
  const next = page.getByRole('button', { name: 'Next step' });
  // Two clicks within milliseconds: both count, and the first step's animation is cut short.
  await next.dblclick();
  await expectStep(page, 'row-created');
  expect(await unsettledMotion(page)).toEqual([]);
  await expect(page.locator('#step-title')).toHaveText('A new row in the guest book');
  const [row] = await guestBook(page);
  expect(row).toMatchObject({ ip: '203.0.113.27', userId: 'NULL' });
  await expect(page.locator(`tr[data-session-id="${row!.id}"]`)).toContainText('new');
  await expect(responseEnvelope(page)).toContainText(`Set-Cookie: connect.sid=s%3A${row!.id}.`);
  await expect(page.getByTestId('jar-chip')).toHaveText(/1 cookie/);

  // Again in a step that starts its own exchange: it plays from the start, nothing left over.
  await next.click();
  await next.click();
  await next.click();
  await expectStep(page, 'cookie-returns');
  await expect(requestEnvelope(page)).toContainText('Cookie: connect.sid=s%3A');
  await expect.poll(() => unsettledMotion(page), { timeout: 10_000 }).toEqual([]);
});

interface NameValue {
  name: string;
  value: string;
}
/** The parts of a HAR 1.2 file the test reads. */
interface Har {
  log: {
    version: string;
    entries: {
      request: { method: string; url: string; headers: NameValue[]; cookies: NameValue[] };
      response: {
        status: number;
        headers: NameValue[];
        cookies: (NameValue & { path?: string; expires?: string; httpOnly: boolean })[];
      };
    }[];
  };
}

test("DevTools' network list keeps its newest request in view, for each browser", async ({
  page,
}) => {
  // Many requests, each shown at once (no journey to wait for).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=logout&lang=en');
  await expectStep(page, 'logout');
  await page.getByRole('tab', { name: 'Network' }).click();
  const list = page.locator('.network-list-box');
  const rows = list.locator('tbody tr');
  const before = await rows.count();
  const home = page.locator('.shop-header nav button').first();
  for (let i = 0; i < 12; i++) {
    await home.click();
    await expect(rows).toHaveCount(before + i + 1);
  }
  // Longer than its box: scrolled, the newest row (the last) inside the box.
  const newestShown = () =>
    list.evaluate((box) => {
      const shown = box.getBoundingClientRect();
      const last = box.querySelector('tbody tr:last-child')!.getBoundingClientRect();
      return (
        box.scrollHeight > box.clientHeight &&
        last.bottom <= shown.bottom + 1 &&
        last.top >= shown.top
      );
    });
  await expect.poll(newestShown).toBe(true);
  // Another browser's list, then back: each opens on its newest request.
  await page.locator('details.visitor-menu summary').click();
  await page.locator('details.visitor-menu .menu button').nth(1).click();
  await expect(page.locator('.visitor-tabs [role="tab"]')).toHaveCount(2);
  for (let i = 0; i < 12; i++) await home.click();
  await expect(rows).toHaveCount(12);
  await expect.poll(newestShown).toBe(true);
  await page.locator('.visitor-tabs [role="tab"]').first().click();
  await expect(rows).toHaveCount(before + 12);
  await expect.poll(newestShown).toBe(true);
});

test('Export HAR gives every exchange with its cookies', async ({ page }) => {
  await openLesson(page, 'step=logout&lang=en');
  await expectStep(page, 'logout');
  await page.getByRole('tab', { name: 'Network' }).click();
  await expect(page.getByRole('tab', { name: 'Network' })).toHaveAttribute('aria-selected', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export HAR' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('session-guestbook.har');
  const har = JSON.parse(await readFile(await download.path(), 'utf8')) as Har;
  const world = await page.evaluate(() => window.guestbook!.world());

  expect(har.log.version).toBe('1.2');
  expect(har.log.entries).toHaveLength(world.exchanges.length);
  expect(world.exchanges.length).toBe(7);
  const find = (headers: NameValue[], name: string) =>
    headers.filter((h) => h.name.toLowerCase() === name.toLowerCase()).map((h) => h.value);
  har.log.entries.forEach((entry, i) => {
    const exchange = world.exchanges[i]!;
    const sentCookie = exchange.request.headers.find(([n]) => n === 'Cookie')?.[1];
    const setCookies = exchange.response.headers.filter(([n]) => n === 'Set-Cookie');
    expect(entry.request.method).toBe(exchange.request.method);
    expect(entry.response.status).toBe(exchange.response.status);
    expect(find(entry.request.headers, 'Cookie')).toEqual(sentCookie ? [sentCookie] : []);
    expect(find(entry.response.headers, 'Set-Cookie')).toEqual(setCookies.map(([, v]) => v));
    expect(entry.request.cookies).toEqual(
      sentCookie ? [{ name: 'connect.sid', value: sentCookie.replace('connect.sid=', '') }] : [],
    );
    expect(entry.response.cookies).toHaveLength(setCookies.length);
    entry.response.cookies.forEach((c, j) => {
      expect(c).toMatchObject({ name: 'connect.sid', path: '/' });
      // A session cookie is HttpOnly and (cookie.maxAge) carries the Expires of its Set-Cookie;
      // the one that clears it at logout is empty and expired.
      if (c.value) {
        expect(c.httpOnly).toBe(true);
        const expires = /; Expires=([^;]+)/.exec(setCookies[j]![1])?.[1];
        expect(expires, setCookies[j]![1]).toBeDefined();
        expect(c.expires).toBe(new Date(expires!).toISOString());
      } else expect(c.expires).toBe('1970-01-01T00:00:00.000Z');
    });
  });
  // Where the lesson expects them: the first visit gets a cookie, the second sends it back and
  // (rolling) gets the same cookie again with a later Expires, and logout clears it (1970).
  const [first, second] = har.log.entries;
  expect(first!.request.cookies).toEqual([]);
  expect(first!.response.cookies[0]!.value).toMatch(/^s%3A/);
  expect(second!.request.cookies[0]!.value).toBe(first!.response.cookies[0]!.value);
  expect(second!.response.cookies[0]!.value).toBe(first!.response.cookies[0]!.value);
  expect(Date.parse(second!.response.cookies[0]!.expires!)).toBeGreaterThan(
    Date.parse(first!.response.cookies[0]!.expires!),
  );
  const logout = har.log.entries.at(-1)!;
  expect(logout.request.url).toMatch(/\/logout$/);
  expect(logout.response.cookies[0]).toMatchObject({
    value: '',
    expires: '1970-01-01T00:00:00.000Z',
  });
});

test('the table of contents lists every step and goes to the one chosen', async ({ page }) => {
  await openLesson(page, 'step=first-visit&lang=en');
  await page.getByRole('button', { name: 'Contents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contents' });
  await expect(dialog).toBeVisible();
  // Every chapter, in the course's order, by its name.
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
    CHAPTERS.map((id) => (CHAPTER_NAMES as Record<string, string>)[id]!),
  );
  // Each step's link, in order (the chapters also list their challenges, `?challenge=`).
  const links = dialog.locator('a[href*="step="]');
  await expect(links).toHaveCount(STEPS.length);
  await expect(links.nth(0)).toHaveText('Welcome to the shop');
  await expect(links.nth(STEPS.length - 1)).not.toHaveText(/^steps\./);
  await expect(dialog.locator('a[aria-current="step"]')).toHaveText('First visit');
  // Each link names its step by ID, so a shared link keeps working when steps are added.
  for (const [i, { id }] of STEPS.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', new RegExp(`[?&]step=${id}(&|$)`));
  }
  const ownJars = dialog.getByRole('link', { name: 'Each browser, its own jar' });
  await expect(ownJars).toHaveAttribute('href', /[?&]step=own-jars(&|$)/);

  await ownJars.click();
  await expect(dialog).toBeHidden();
  await expectStep(page, 'own-jars');
  await expect(page.locator('#step-title')).toHaveText('Each browser, its own jar');
  expect(await visitorTabNames(page)).toEqual([
    'Chrome · 203.0.113.27',
    'Safari · 198.51.100.28',
    'Edge · 192.0.2.30',
  ]);

  // It opens where the student is: that step's link focused and in view, Close at the top too.
  await page.getByRole('button', { name: 'Contents' }).click();
  const current = dialog.getByRole('link', { name: 'Each browser, its own jar' });
  await expect(current).toBeFocused();
  await expect(current).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
  await dialog.getByRole('link', { name: 'Welcome to the shop' }).click();
  await expectStep(page, 'welcome');
  // Deep in the course, the list opens at that step, its Close still in view above it.
  await page.goto('./?lang=en&step=kinds-idle');
  await expect(page.locator('html[data-live]')).toBeAttached();
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(dialog.locator('a[aria-current="step"]')).toBeFocused();
  await expect(dialog.locator('a[aria-current="step"]')).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('opened the moment the page answers, the contents never shows a text by its key', async ({
  page,
}) => {
  // The later chapters' and the challenges' texts load once the page is idle or a hand moves on
  // it: every text drawn from the first paint on is watched for a key (`steps.…`) in its place.
  await page.addInitScript(() => {
    const keys: string[] = [];
    (window as unknown as { textKeys: string[] }).textKeys = keys;
    const KEY = /\b(steps|chapters|challenges|quizUi|stacks|predictions)\.[\w-]+\.?/;
    new MutationObserver((changes) => {
      for (const change of changes) {
        const nodes = change.type === 'characterData' ? [change.target] : [...change.addedNodes];
        for (const node of nodes) {
          const text = node.textContent ?? '';
          if (KEY.test(text)) keys.push(KEY.exec(text)![0]);
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('./?lang=en');
  await expect(page.locator('html[data-shell-live]')).toBeAttached();
  await page.getByRole('button', { name: 'Contents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contents' });
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
    CHAPTERS.map((id) => (CHAPTER_NAMES as Record<string, string>)[id]!),
  );
  const links = dialog.locator('a[href*="step="]');
  await expect(links).toHaveCount(STEPS.length);
  const last = STEPS.at(-1)!.id;
  await expect(links.nth(STEPS.length - 1)).toHaveText(
    (courseEn.steps as Record<string, { title: string }>)[last]!.title,
  );
  expect(await page.evaluate(() => (window as unknown as { textKeys: string[] }).textKeys)).toEqual(
    [],
  );
});

test('the table of contents, its list not fetched (offline): the dialog says so, and a reload, which keeps the place, brings it', async ({
  browser,
}) => {
  // A page of its own: the refused file is reported in the console, as the browser does. No
  // service worker: once the simulated network's worker controls the page, the file would be
  // fetched by the worker, out of the test's reach (the lesson then uses its in-page server).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED'))
      errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The list's code is refused from the start, so neither the idle moment nor the click gets it.
  await page.route('**/assets/contents-chapters-*.js', (route) =>
    route.abort('internetdisconnected'),
  );
  await openLesson(page, 'step=first-visit&lang=en');
  await page.getByRole('button', { name: 'Contents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contents' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText(en.controls.contentsFailed);
  await expect(dialog.getByRole('link')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // Back online, a reload: the same step, and the list.
  await page.unroute('**/assets/contents-chapters-*.js');
  await page.reload();
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expectStep(page, 'first-visit');
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(dialog.locator('a[href*="step="]')).toHaveCount(STEPS.length);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.locator('a[aria-current="step"]')).toHaveText('First visit');
  expect(errors, 'console errors').toEqual([]);
  await context.close();
});

test('several visitors: each has its own tab, jar and guest book row', async ({ page }) => {
  await openLesson(page);
  const menu = page.getByText('Add a visitor');
  for (const browser of ['Safari', 'Edge']) {
    await menu.click();
    await page.getByRole('button', { name: `Add ${browser}` }).click();
    await expect(page.getByRole('tab', { name: new RegExp(browser) })).toBeVisible();
  }
  const tabs = await visitorTabNames(page);
  expect(tabs).toHaveLength(3);
  expect(tabs[0]).toMatch(/^Chrome/);
  expect(tabs[1]).toMatch(/^Safari/);
  expect(tabs[2]).toMatch(/^Edge/);
  expect(await guestBook(page)).toEqual([]);

  const ids: string[] = [];
  for (const [i, browser] of ['Safari', 'Edge'].entries()) {
    const tab = page.getByRole('tab', { name: new RegExp(browser) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await expect(page.locator('#browser-page')).toContainText('Welcome, guest!');
    const rows = await guestBook(page);
    expect(rows).toHaveLength(i + 1);
    const ip = tabs[i + 1]!.split(' · ')[1]!;
    const row = rows.find((r) => r.ip === ip);
    expect(row, `${browser}'s row`).toBeDefined();
    const cookies = await jar(page);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]!.value).toContain(row!.id);
    ids.push(row!.id);
  }
  expect(ids[0]).not.toBe(ids[1]);

  // Chrome never went to the shop: its jar is still empty.
  await page.getByRole('tab', { name: /Chrome/ }).click();
  expect(await jar(page)).toEqual([]);

  // Removing Edge removes its tab; Safari's jar is untouched.
  await page.getByRole('tab', { name: /Edge/ }).click();
  await menu.click();
  await page.getByRole('button', { name: 'Remove Edge' }).click();
  await expect(page.getByRole('tab', { name: /Edge/ })).toHaveCount(0);
  expect(await visitorTabNames(page)).toEqual(tabs.slice(0, 2));
  await page.getByRole('tab', { name: /Safari/ }).click();
  expect((await jar(page))[0]!.value).toContain(ids[0]);
});

// A test per step and language: each has its own time, so a busy machine makes the checks slower,
// never a whole walk of them late.
for (const lang of ['en', 'ko']) {
  for (const n of ['welcome', 'login', 'logout', 'own-jars', 'busy-day']) {
    test(`no sideways scrolling and all three regions on screen, at any size: ${lang} step ${n}`, async ({
      page,
    }) => {
      const sizes = [
        { width: 1920, height: 1080 },
        { width: 1280, height: 720 },
        { width: 390, height: 844 },
      ];
      const problems: string[] = [];
      const check = async (what: string) => {
        const [scroll, client, height, bottom] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
          document.documentElement.scrollHeight,
          Math.max(
            document.querySelector('.app')!.getBoundingClientRect().bottom + scrollY,
            document.documentElement.clientHeight,
          ),
        ]);
        if (scroll > client) problems.push(`${what}: scrollWidth ${scroll} > ${client}`);
        // Every guest book column, user_id included, is in sight without scrolling the table.
        const table = await page
          .locator('.table-scroll')
          .evaluate((el) => [el.scrollWidth, el.clientWidth]);
        if (table[0]! > table[1]!) problems.push(`${what}: guest book ${table[0]} > ${table[1]}`);
        // Nothing hangs below the lesson either (hidden text escaping a scroller, say).
        if (height > bottom + 1) {
          problems.push(`${what}: page ${height}px tall, lesson ends at ${bottom}px`);
        }
        for (const id of ['region-browser', 'region-wire', 'region-server']) {
          if (!(await page.locator(`#${id}`).isVisible())) problems.push(`${what}: #${id} hidden`);
        }
      };
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(sizes[0]!);
      await page.goto(`./?step=${n}&lang=${lang}`);
      await expectStep(page, n, 15_000);
      for (const size of sizes) {
        await page.setViewportSize(size);
        await check(`${lang} step ${n} at ${size.width}×${size.height}`);
      }
      await page.setViewportSize(sizes[0]!);
      await page.keyboard.press('p');
      await expect(page.locator('.app')).toHaveClass(/presenter/);
      await check(`${lang} step ${n} presenter at 1920×1080`);
      await page.keyboard.press('p');
      await expect(page.locator('.app')).not.toHaveClass(/presenter/);
      expect(problems).toEqual([]);
    });
  }
}

test('glossary explanations stay on screen on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [lang, n] of [
    ['en', 'welcome'],
    ['ko', 'set-cookie'],
    ['en', 'login'],
  ] as const) {
    // The first step is the prerendered page: its terms answer once the lesson has adopted it.
    await openLesson(page, `step=${n}&lang=${lang}`);
    await expectStep(page, n);
    const terms = page.locator('.narration .term');
    expect(await terms.count()).toBeGreaterThan(0);
    for (const term of await terms.all()) {
      await term.focus();
      const tip = page.locator('.tooltip.open');
      await expect(tip).toBeVisible();
      const box = (await tip.boundingBox())!;
      const name = `${lang} step ${n}: ${await term.textContent()}`;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
      await page.keyboard.press('Escape');
      await expect(tip).toHaveCount(0);
    }
  }
});

test('a narration longer than its box shows a "more" arrow, takes a tab stop, and the next step starts at its top', async ({
  page,
}) => {
  // A small phone: every step's text is longer than the step bar leaves it.
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto('./?step=set-cookie&lang=en');
  await expectStep(page, 'set-cookie');
  await readLongNarration(page);
  await nextStep(page);
  await expectStep(page, 'jar-stores');
  await expectNarrationFromTop(page);
  // Wide enough for the whole text: no arrow, no tab stop.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('.more-text')).toBeHidden();
  await expect(page.locator('.narration-text')).not.toHaveAttribute('tabindex');
});

test('a link into any chapter never shows a text key, not even for a moment', async ({ page }) => {
  // Every chapter's first step: some chapters' narration loads after the first paint.
  const firsts = STEPS.filter((s, i) => i === 0 || STEPS[i - 1]!.chapter !== s.chapter);
  // A link per chapter and language, each replaying the course up to its step: bounded by those.
  test.setTimeout(60_000 + firsts.length * 2 * 12_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { keysSeen: string[] }).keysSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('#narration')?.textContent ?? '';
      const key = /\b(steps|chapters)\.[\w-]+(\.\w+)?/.exec(text);
      if (key) seen.push(key[0]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  for (const lang of ['ko', 'en']) {
    for (const step of firsts) {
      await page.goto(`./?lang=${lang}&step=${step.id}`);
      // A late chapter replays the course up to it first: slow on a busy machine.
      await expect(page.locator('.narration-meta')).toContainText(
        lang === 'ko' ? `${stepNumber(step.id)}단계` : `Step ${stepNumber(step.id)} `,
        { timeout: 30_000 },
      );
      await expectStep(page, step.id);
      expect(
        await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen),
      ).toEqual([]);
    }
  }
});

test('a step that sends nothing says the wire and the trace show the request from before it', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=jar-stores&lang=en');
  await expectStep(page, 'jar-stores');
  const earlier = page.locator('.wire-earlier');
  await expect(requestEnvelope(page)).toBeVisible();
  await expect(earlier).toHaveCount(0);
  // Half an hour passes: no request, and the wire says its envelopes are the last step's.
  await page.goto('./?step=idle&lang=en');
  await expectStep(page, 'idle');
  await expect(earlier).toHaveText('No new request in this step: the last one, sent before it.');
  await expect(page.locator('.trace-earlier')).toBeVisible();
  await expect(requestEnvelope(page)).toContainText('GET /me');
  // The next request is the step's own again.
  await nextStep(page);
  await expect(requestEnvelope(page)).toBeVisible();
  await expect(earlier).toHaveCount(0);
  await expect(page.locator('.trace-earlier')).toHaveCount(0);
});

test('on a phone the toolbar folds behind Menu: the first step and its part fit the first screen, and the page holds still as it loads', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLesson(page, 'lang=en');
  const toolbar = page.locator('#toolbar');
  await expect(toolbar).toBeHidden();
  // The camera comes with the stage and settles for a moment: the page never moves meanwhile.
  const scrolls = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const timer = setInterval(() => seen.push(scrollY), 100);
        setTimeout(() => {
          clearInterval(timer);
          resolve(seen);
        }, 2500);
      }),
  );
  expect(new Set(scrolls)).toEqual(new Set([0]));
  // …and what the step is about shows whole, under the step and its Next.
  const part = (await page.locator('.browser-region[data-focus="true"]').boundingBox())!;
  expect(part.y).toBeGreaterThan(0);
  expect(part.y + part.height).toBeLessThanOrEqual(844);
  await expect(page.getByRole('button', { name: /^Next step/ })).toBeInViewport();
  // The menu opens the toolbar over the page; a command from it works, and Escape folds it.
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Contents' })).toBeInViewport();
  await toolbar.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('button', { name: '메뉴' })).toBeVisible();
  await expect(page.locator('#step-title')).toHaveText('쇼핑몰에 오신 것을 환영합니다');
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
  // A wider screen shows the toolbar in place, with no menu.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(toolbar).toBeVisible();
  await expect(page.getByRole('button', { name: '메뉴' })).toBeHidden();
});
