import { STEPS } from '../src/lessons/steps';
import { atRest, expect, openLesson, test } from './fixtures';

/**
 * The first time a face (font stack, weight, style) or a symbol no font of the stack has is laid
 * out, the browser looks it up, and that step's Next pays for it (the first Next took twice as
 * long as the others). So while the student reads the first step the page lays out, hidden, the
 * faces and symbols the course uses: from the first move of a hand on the page (or after a few quiet
 * seconds), not while the page is still starting. A face or symbol added to the course without
 * being added to the warm-up (src/ui/common/font-warmup.ts) fails here.
 */
for (const lang of ['en', 'ko'] as const) {
  test(`every face and symbol the course draws is laid out while the first step is read, and nothing stays behind (${lang})`, async ({
    page,
  }) => {
    test.slow();
    // Motion changes no face; reduced, each step shows final at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      const warmed: Array<{ style: string; text: string }> = [];
      (window as unknown as { warmed: typeof warmed }).warmed = warmed;
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof HTMLElement && node.hasAttribute('data-font-warmup'))
              warmed.push({ style: node.style.cssText, text: node.textContent ?? '' });
      }).observe(document, { childList: true, subtree: true });
    });
    await openLesson(page, `lang=${lang}`);
    const warmed = () =>
      page.evaluate(() => (window as unknown as { warmed: unknown[] }).warmed.length);
    // Nobody has touched the page yet: it has started without laying out a face it does not show.
    expect(await warmed(), 'warmed while the page started').toBe(0);
    // The student's hand moves on the page: the warm-up begins at once, without the quiet wait.
    await page.mouse.move(200, 300);
    await expect.poll(warmed, { timeout: 2500 }).toBeGreaterThan(0);
    // The warm-up is a box a moment: over once no new one came for a second.
    let before = -1;
    await expect
      .poll(
        async () => {
          const now = await warmed();
          const over = now > 0 && now === before;
          before = now;
          return over;
        },
        { timeout: 20_000, intervals: [1000] },
      )
      .toBe(true);
    // The warm-up is over: none of its boxes is left in the page.
    await expect(page.locator('[data-font-warmup]')).toHaveCount(0);
    const ready = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const faces = new Set<string>();
      let text = '';
      for (const w of (window as unknown as { warmed: Array<{ style: string; text: string }> })
        .warmed) {
        probe.style.cssText = w.style;
        const cs = getComputedStyle(probe);
        faces.add(`${cs.fontFamily} ${cs.fontWeight} ${cs.fontStyle}`);
        text += w.text;
      }
      probe.remove();
      return { faces: [...faces], text };
    });

    // Every step, and each of its requests: the faces and characters on screen.
    const drawn = new Map<string, string>();
    const odd = new Map<string, string>();
    for (let i = 0; i < STEPS.length * 3; i++) {
      const seen = await page.evaluate(() => {
        const out: Array<[string, string]> = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || !n.textContent?.trim() || !el.checkVisibility()) continue;
          const cs = getComputedStyle(el);
          out.push([`${cs.fontFamily} ${cs.fontWeight} ${cs.fontStyle}`, n.textContent]);
        }
        return { out, step: new URL(location.href).searchParams.get('step') ?? '' };
      });
      for (const [face, text] of seen.out) {
        if (!drawn.has(face)) drawn.set(face, seen.step);
        // Past ASCII and Hangul (one syllable warms them all): arrows, marks, quotes.
        for (const c of text)
          if (c > '~' && !/[\u3131-\u318e\uac00-\ud7a3]/.test(c) && !odd.has(c))
            odd.set(c, seen.step);
      }
      const at = await page.evaluate(() => window.guestbook!.beat());
      if (at.step === STEPS.length - 1 && !at.more) break;
      await page.keyboard.press('ArrowRight');
      await atRest(page);
    }
    expect(await page.evaluate(() => window.guestbook!.step()), 'the walk reached the end').toBe(
      STEPS.length - 1,
    );
    expect(drawn.size, 'the walk saw the course').toBeGreaterThan(3);
    const unwarmed = [...drawn].filter(([face]) => !ready.faces.includes(face));
    expect(unwarmed, 'faces first drawn at a step, not warmed').toEqual([]);
    const missing = [...odd].filter(([c]) => !ready.text.includes(c));
    expect(missing, 'symbols first drawn at a step, not warmed').toEqual([]);
    if (lang === 'ko') expect(ready.text).toMatch(/[\uac00-\ud7a3]/);
  });
}
