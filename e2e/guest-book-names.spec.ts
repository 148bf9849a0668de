/** Issue "Every step framed": the guest book says which browser wrote each row, even two Chromes. */
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });

test('a second Chrome comes to the front with its own name, and the guest book tells the two apart', async ({
  page,
}) => {
  await page.goto('./?lang=en&step=second-browser');
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(page.locator('#step-title')).toHaveCount(1);
  const tabs = page.locator('.visitor-tabs [role="tab"]');
  const before = await tabs.count();

  await page.locator('.visitor-menu summary').click();
  await page.getByRole('button', { name: 'Add Chrome' }).click();
  await expect(tabs).toHaveCount(before + 1);
  const added = tabs.last();
  // The new window is shown, has the keyboard, and is not named like the first Chrome.
  await expect(added).toHaveAttribute('aria-selected', 'true');
  await expect(added).toBeFocused();
  const number = (await added.getAttribute('data-visitor'))!.replace(/^v/, '');
  await expect(added).toContainText(`Chrome #${number}`);
  await expect(tabs.first()).toContainText('Chrome #1');

  // The new Chrome visits: its row and the first Chrome's row read differently.
  await page.locator('#browser-page').getByRole('button', { name: 'Home', exact: true }).click();
  const names = page.locator('[data-testid="guest-book"] tbody tr[data-session-id] .ua-name');
  await expect(names.filter({ hasText: `Chrome #${number}` })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Chrome #1' })).toHaveCount(1);
  await expect(names.filter({ hasText: /^Safari$/ })).toHaveCount(1);
  await expect(names.filter({ hasText: /^Edge$/ })).toHaveCount(1);

  // The whole User-Agent: on hover (title) and on keyboard focus (a tooltip that describes it).
  const edge = names.filter({ hasText: /^Edge$/ });
  await expect(edge).toHaveAttribute('title', /Edg\/142/);
  await expect(edge).toHaveAccessibleDescription(/^Mozilla\/5\.0 .*Edg\/142/);
  const tip = page.locator(`#${await edge.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  await edge.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(edge).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(/Edg\/142/);
});
