/** Issue "A lesson people learn from and teach with": axe on every step, and the keyboard. */
import type { Locator } from '@playwright/test';
import { violations } from './a11y';
import { expect, expectStep, nextStep, openLesson, test } from './fixtures';
import { STEPS } from '../src/lessons/steps';

for (const lang of ['en', 'ko'] as const) {
  test(`no WCAG 2.1 A/AA violation on any step (${lang})`, async ({ page }) => {
    // Bounded by the course's length, not a fixed time: axe takes seconds per step.
    test.setTimeout(60_000 + STEPS.length * 8_000);
    // The final state of each step is what is checked (no half-faded colours).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLesson(page, `lang=${lang}`);
    const found: string[] = [];
    for (const [i, { id }] of STEPS.entries()) {
      if (i > 0) await nextStep(page);
      await expectStep(page, id);
      await expect(page.getByTestId('network-status')).not.toHaveAttribute(
        'data-network',
        'starting',
      );
      found.push(...(await violations(page, `${lang} step ${id}`)));
    }
    expect(found).toEqual([]);
  });
}

test('no violation in the dialogs, the DevTools tabs and presenter mode', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, 'step=login&lang=en');
  await expectStep(page, 'login');
  const found: string[] = [];
  for (const [button, name] of [
    ['Contents', 'Contents'],
    ['Keyboard shortcuts', 'Keyboard shortcuts'],
    ['About this simulation', 'About this simulation'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    found.push(...(await violations(page, `${name} dialog`)));
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  for (const tab of ['Application → Cookies', 'Console', 'Network']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    found.push(...(await violations(page, `DevTools ${tab}`, '.devtools')));
  }
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/presenter/);
  found.push(...(await violations(page, 'presenter mode')));
  await page.keyboard.press('p');
  await page.setViewportSize({ width: 390, height: 844 });
  found.push(...(await violations(page, 'phone')));
  expect(found).toEqual([]);
});

/** A focus indicator a sighted keyboard user can see: an outline of at least 2px, not none. */
async function expectFocusVisible(locator: Locator) {
  await expect(locator).toBeFocused();
  const outline = await locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(
    (outline.style !== 'none' && outline.width >= 2) || outline.shadow !== 'none',
    `focus indicator: ${JSON.stringify(outline)}`,
  ).toBe(true);
}

test('every control is reached with Tab and shows where the focus is', async ({ page }) => {
  await openLesson(page, 'step=login&lang=en');
  await expectStep(page, 'login');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        name: `${el.getAttribute('role') ?? el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        onScreen: r.width > 0 && r.height > 0,
      };
    });
    if (!info) break;
    if (seen.includes(info.name)) continue;
    seen.push(info.name);
    if (!info.outline || !info.onScreen) invisible.push(info.name);
  }
  expect(invisible, 'focused but not visibly').toEqual([]);
  // The controls a student needs, all in the Tab order.
  const names = seen.join('\n');
  for (const want of [
    'Skip to the lesson',
    'Contents',
    'English',
    'select',
    'Presenter mode',
    'Previous step',
    'Next step',
    'Chrome',
    'Add a visitor',
    'Log out',
    'Network',
    'Export HAR',
    '+5 min',
    'region',
    'express-session options',
  ]) {
    expect(names, want).toContain(want);
  }
});

test('Next step by keyboard, visitor tabs by arrows, glossary by focus', async ({ page }) => {
  await openLesson(page);
  const next = page.getByRole('button', { name: 'Next step' });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await next.evaluate((el) => el === document.activeElement)) break;
  }
  await expectFocusVisible(next);
  await page.keyboard.press('Enter');
  await expectStep(page, 'first-visit');
  await expect(next).toBeFocused();

  // The visitor tabs: one Tab stop, arrows move between them and choose the shown browser.
  await page.goto('./?step=second-browser&lang=en');
  await expectStep(page, 'second-browser');
  const tabs = page.getByRole('tablist', { name: 'Visitors' }).getByRole('tab');
  await expect(tabs).toHaveCount(3);
  const edge = tabs.nth(2);
  await expect(edge).toHaveAttribute('aria-selected', 'true');
  await edge.focus();
  await expectFocusVisible(edge);
  await page.keyboard.press('ArrowRight');
  await expectFocusVisible(tabs.nth(0));
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: /Chrome/ })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expectFocusVisible(edge);
  await expect(edge).toHaveAttribute('aria-selected', 'true');
  await expectStep(page, 'second-browser');

  // Glossary terms: the explanation shows on focus and goes away with Escape.
  await page.goto('./?step=set-cookie&lang=en');
  await expectStep(page, 'set-cookie');
  const term = page.getByRole('button', { name: 'HttpOnly', exact: true });
  const tip = page.getByRole('tooltip', { name: /Scripts on the page cannot read/ });
  await expect(tip).toBeHidden();
  await term.focus();
  await expectFocusVisible(term);
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/Scripts on the page cannot read the cookie/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
  await term.hover();
  await expect(tip).toBeVisible();
});

test('the narration is a live region that changes with the step', async ({ page }) => {
  await openLesson(page);
  const live = page.locator('[aria-live="polite"]').filter({ has: page.locator('#step-title') });
  await expect(live).toHaveCount(1);
  await expect(live).toContainText('Welcome to the shop');
  await nextStep(page);
  await expect(live).toContainText('First visit');
  await expect(live).not.toContainText('Welcome to the shop');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('A new row in the guest book');
});
