/** Issue "Every step framed": icons are drawn as SVG, so a machine without an emoji font shows them. */
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });

// ▶ and ◀ are geometric shapes every text font has; the rest of these need an emoji font.
const NEEDS_EMOJI_FONT = /(?![▶◀])\p{Extended_Pictographic}/gu;

for (const lang of ['en', 'ko']) {
  test(`no emoji in the lesson's screen, every icon drawn from the page's sprite (${lang})`, async ({
    page,
  }) => {
    for (const step of ['login', 'logout', 'httponly', 'central-store']) {
      await page.goto(`./?lang=${lang}&step=${step}`);
      await expect(page.locator('html[data-live]')).toBeAttached();
      await expect(page.locator('#step-title')).toHaveCount(1);
      await page.locator('.devtools [role="tab"]').nth(1).click();
      // textContent includes what is hidden from screen readers: the decorative icons too.
      const text = await page.locator('body').evaluate((b) => b.textContent ?? '');
      expect(text.match(NEEDS_EMOJI_FONT), `step ${step}`).toBeNull();
      const icons = page.locator('svg.icon');
      expect(await icons.count()).toBeGreaterThan(8);
      // Each icon draws a symbol that is in the page.
      const missing = await icons.evaluateAll((all) =>
        all
          .map((i) => i.querySelector('use')?.getAttribute('href') ?? '')
          .filter((href) => !href.startsWith('#') || !document.querySelector(`symbol${href}`)),
      );
      expect(missing).toEqual([]);
      // Drawn, with the size of the text beside it.
      const box = await page.locator('.region-title svg.icon').first().boundingBox();
      expect(box!.width).toBeGreaterThan(10);
    }
  });
}
