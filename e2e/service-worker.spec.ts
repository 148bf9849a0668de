/** The simulated network's service worker, across reloads, as a student would meet it. */
import { expect, expectStep, nextStep, openLesson, test } from './fixtures';

test('a reload that skips the cache loads the page once and keeps the service worker', async ({
  page,
}) => {
  await openLesson(page, 'lang=en');
  const status = page.getByTestId('network-status');
  await expect(status).toHaveAttribute('data-network', 'service-worker');
  await nextStep(page);
  await expectStep(page, 'first-visit');

  // A reload that ignores the cache (as DevTools does); the worker is still registered.
  let loads = 0;
  page.on('domcontentloaded', () => loads++);
  const cdp = await page.context().newCDPSession(page);
  await Promise.all([page.waitForEvent('load'), cdp.send('Page.reload', { ignoreCache: true })]);
  await expect(status).toHaveAttribute('data-network', 'service-worker');
  await expectStep(page, 'first-visit');

  // The next exchange travels through the worker, and the page was loaded exactly once.
  await nextStep(page);
  await expectStep(page, 'row-created');
  await page.getByRole('button', { name: 'My page' }).click();
  await expect(page.getByTestId('envelope-request')).toContainText('GET /me');
  const last = await page.evaluate(() => window.guestbook!.world().exchanges.at(-1)!.transport);
  expect(last).toBe('service-worker');
  expect(loads).toBe(1);
});

test('reloading again and again keeps the worker and the place', async ({ page }) => {
  await openLesson(page, 'lang=en');
  await nextStep(page);
  await expectStep(page, 'first-visit');
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await expect(page.getByTestId('network-status')).toHaveAttribute(
      'data-network',
      'service-worker',
    );
    await expectStep(page, 'first-visit');
  }
});
