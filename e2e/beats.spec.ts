/**
 * Issue "Every step framed": a step that sends several requests plays them one at a time (beats).
 * Next walks them, Previous walks back, and each has its own line, browser and wire.
 */
import type { Page } from '@playwright/test';
import { expect, expectStep, openLesson, test } from './fixtures';
import { courseEn } from '../src/i18n/course-en';
import { courseKo } from '../src/i18n/course-ko';

const rows = (page: Page) =>
  page.locator('[data-testid="guest-book"] tbody tr[data-session-id]:not([data-mark="deleted"])');
const shownTab = (page: Page) => page.locator('.visitor-tabs [aria-selected="true"]');
const click = (page: Page, name: RegExp) => page.getByRole('button', { name }).click();
const NEXT = /^(Next step|다음 단계)/;
const PREV = /^(Previous step|이전 단계)/;

test('Next plays a step’s requests one at a time, and Previous walks them back', async ({
  page,
}) => {
  await openLesson(page, 'lang=en&step=stateless');
  await expectStep(page, 'stateless');
  const before = await rows(page).count();

  await click(page, NEXT);
  await expectStep(page, 'second-browser');
  const meta = page.locator('.narration-meta');
  const line = page.getByTestId('beat-line');
  const wire = page.getByTestId('envelope-request');
  await expect(meta).toContainText('request 1 of 2');
  const request = page.getByTestId('beat-request');
  // Its own line, then the request as the wire carries it.
  await expect(line).toHaveText(courseEn.steps['second-browser'].beat1);
  await expect(request).toHaveText('Chrome · GET / → 200');
  await expect(shownTab(page)).toContainText('Chrome');
  await expect(wire).toContainText('Chrome');
  // Chrome came back with its cookie: no new row yet; Edge has not arrived.
  await expect(rows(page)).toHaveCount(before);
  await expect(page.locator('.visitor-tabs [role="tab"]', { hasText: 'Edge' })).toHaveCount(0);

  await click(page, NEXT);
  await expectStep(page, 'second-browser');
  await expect(meta).toContainText('request 2 of 2');
  await expect(line).toHaveText(courseEn.steps['second-browser'].beat2);
  await expect(request).toHaveText('Edge · GET / → 200');
  await expect(shownTab(page)).toContainText('Edge');
  await expect(wire).toContainText('Edge');
  await expect(rows(page)).toHaveCount(before + 1);

  await click(page, PREV);
  await expectStep(page, 'second-browser');
  await expect(meta).toContainText('request 1 of 2');
  await expect(shownTab(page)).toContainText('Chrome');
  await expect(rows(page)).toHaveCount(before);

  await click(page, PREV);
  await expectStep(page, 'stateless');
  await expect(meta).not.toContainText('request');
  await expect(line).toHaveCount(0);
});

test('a link to a step of several requests shows it whole, and Previous then walks back into it', async ({
  page,
}) => {
  await openLesson(page, 'lang=ko&step=two-logins');
  await expectStep(page, 'two-logins');
  const meta = page.locator('.narration-meta');
  await expect(meta).not.toContainText('요청');
  // Both logins are in the guest book; Mina's Chrome, whose login came last, is on show.
  await expect(rows(page).filter({ hasText: '152' })).toHaveCount(1);
  await expect(shownTab(page)).toContainText('Chrome');

  await click(page, PREV);
  await expectStep(page, 'two-logins');
  await expect(meta).toContainText('요청 2개 중 1번째');
  await expect(page.getByTestId('beat-line')).toHaveText(courseKo.steps['two-logins'].beat1);
  await expect(page.getByTestId('beat-request')).toHaveText('Edge · POST /login → 200');
  await expect(shownTab(page)).toContainText('Edge');
  // Joon is logged in, Mina not yet.
  await expect(rows(page).filter({ hasText: '152' })).toHaveCount(0);
});

test('no result before its moment: the new row after the server’s steps, the page after the response', async ({
  page,
}) => {
  await openLesson(page, 'lang=en&step=welcome');
  // Half speed, so the order can be read.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.5');
  // Watched frame by frame in the page from before the click, so a slow runner misses nothing:
  // how the new row and the arriving page first looked, and which became whole first.
  const watch = page.evaluate(
    () =>
      new Promise<{ firstRow: number; firstPage: number; order: string[] }>((resolve) => {
        let firstRow = -1;
        let firstPage = -1;
        const order: string[] = [];
        const opacity = (el: Element) => Number(getComputedStyle(el).opacity);
        const frame = () => {
          const row = document.querySelector('[data-testid="guest-book"] tr[data-mark="inserted"]');
          const body = document.querySelector('.shop-body[data-arriving="true"]');
          if (row && firstRow < 0) firstRow = opacity(row);
          if (body && firstPage < 0) firstPage = opacity(body);
          if (row && opacity(row) === 1 && !order.includes('row')) order.push('row');
          if (body && opacity(body) === 1 && !order.includes('page')) order.push('page');
          if (order.length === 2) resolve({ firstRow, firstPage, order });
          else requestAnimationFrame(frame);
        };
        frame();
      }),
  );
  await click(page, NEXT);
  await expectStep(page, 'first-visit');
  const seen = await watch;
  // The request was on its way: neither the server's new row nor the page had come yet.
  expect(seen.firstRow).toBeLessThan(0.5);
  expect(seen.firstPage).toBeLessThan(0.5);
  // The store changes before the response leaves; the page shows once it has arrived.
  expect(seen.order).toEqual(['row', 'page']);
});

test('no count nor answer before its moment: the guest book’s count with its row, DevTools’ status and response with the page', async ({
  page,
}) => {
  await openLesson(page, 'lang=en&step=welcome');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.5');
  const parts = {
    row: '[data-testid="guest-book"] tr[data-mark="inserted"]',
    count: '[data-testid="guest-book-summary"] [data-enter]',
    page: '.shop-body[data-arriving="true"]',
    status: '.network-list .status',
    response: '.network-detail [data-enter]',
  };
  const watch = page.evaluate(
    (parts) =>
      new Promise<{
        first: Record<string, number>;
        order: string[];
        pendingAtFirst: boolean;
        countBefore: string;
      }>((resolve) => {
        const first: Record<string, number> = {};
        const order: string[] = [];
        let pendingAtFirst = false;
        let countBefore = '';
        const opacity = (el: Element) => Number(getComputedStyle(el).opacity);
        const frame = () => {
          for (const [name, selector] of Object.entries(parts)) {
            const el = document.querySelector(selector);
            if (!el) continue;
            if (!(name in first)) {
              first[name] = opacity(el);
              if (name === 'count') {
                const was = getComputedStyle(el.parentElement!, '::before');
                countBefore = was.visibility === 'visible' ? was.content : '';
              }
              if (name === 'status') {
                const pending = el.parentElement?.querySelector('[data-until]');
                pendingAtFirst = !!pending && getComputedStyle(pending).visibility === 'visible';
              }
            }
            if (opacity(el) === 1 && !order.includes(name)) order.push(name);
          }
          if (order.length === Object.keys(parts).length)
            resolve({ first, order, pendingAtFirst, countBefore });
          else requestAnimationFrame(frame);
        };
        frame();
      }),
    parts,
  );
  await click(page, NEXT);
  await expectStep(page, 'first-visit');
  const seen = await watch;
  // Each was there, waiting: none showed its result while the request was on its way.
  for (const name of Object.keys(parts)) expect(seen.first[name], name).toBeLessThan(0.5);
  // DevTools said "(pending)" meanwhile, as a browser's does; the guest book its old count.
  expect(seen.pendingAtFirst).toBe(true);
  expect(seen.countBefore).toBe('"0 sessions · about 0 bytes stored"');
  // The count changes with the row; DevTools has the answer when the page has it.
  expect(new Set(seen.order.slice(0, 2))).toEqual(new Set(['row', 'count']));
  expect(new Set(seen.order.slice(2))).toEqual(new Set(['page', 'status', 'response']));
  await expect(page.getByTestId('guest-book-summary')).toHaveText(/^1 session/);
  await expect(page.locator('.network-list').getByText('(pending)')).toBeHidden();
  await expect(page.locator('.network-list .status')).toHaveText('200');
});
