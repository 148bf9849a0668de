/**
 * Issue "Every step framed": after every step, the part it is about is on the screen, on a
 * laptop, a projector and a phone, in presenter mode too; the camera moves the page only.
 */
import type { Page } from '@playwright/test';
import { expect, expectStep, nextStep, settledStep, stepNumber, test } from './fixtures';
import { focusAt } from '../src/lessons/model';
import { STEPS } from '../src/lessons/steps';
import {
  FOCUS_TARGETS,
  MARKED_PER_STEP,
  pointSelector,
  primaryFocus,
} from '../src/ui/common/focus-targets';

test.use({ reducedMotion: 'reduce' });

/** How much of the first marked part shows: its share of what could show at all (0…1). */
async function firstPartShown(page: Page, stepId: string): Promise<number> {
  const step = STEPS.find((s) => s.id === stepId)!;
  // A request of the step (a beat) may be about another part than the step as a whole.
  const beat = await page.evaluate(() => window.guestbook?.beat().beat ?? null);
  const selectors = FOCUS_TARGETS[primaryFocus(focusAt(step, beat))[0]!];
  const pointAt = pointSelector(step.point);
  return page.evaluate(
    ({ selectors, pointAt }) => {
      const target = selectors
        .map((s) => document.querySelector(`${s}[data-focus="true"]`))
        .find((e) => e !== null);
      if (!target) return 0;
      // What the step bar covers while it stays at the top does not show.
      const bar = document.querySelector('.lesson-bar')!;
      const covered =
        getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0;
      const box = target.getBoundingClientRect();
      const seenH = Math.min(box.bottom, innerHeight) - Math.max(box.top, covered);
      const seenW = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
      if (seenH <= 0 || seenW <= 0) return 0;
      // A part that fits below the bar shows whole, its heading and mark too.
      if (
        box.height <= innerHeight - covered &&
        (box.top < covered - 1 || box.bottom > innerHeight + 1)
      )
        return 0.4;
      // A part taller than the screen that says where its point is (the row that changed, the
      // server that answered) shows that point whole.
      const point = target.querySelector(pointAt)?.getBoundingClientRect();
      if (
        point &&
        point.height > 0 &&
        point.height <= innerHeight - covered &&
        (point.top < covered - 1 || point.bottom > innerHeight + 1)
      )
        return 0.3;
      // A part taller than the screen counts as shown when it fills half the screen.
      const couldH = Math.min(box.height, (innerHeight - covered) / 2);
      const couldW = Math.min(box.width, innerWidth);
      return Math.min(1, seenH / couldH) * Math.min(1, seenW / couldW);
    },
    { selectors, pointAt },
  );
}

/** Opens a step once the page is live; predictions off, so each step plays at once. */
async function open(page: Page, query: string) {
  await page.goto(`./?${query}`);
  await expect(page.locator('html[data-live]')).toBeAttached({ timeout: 15_000 });
  // The prerendered first screen has gone: one lesson on the page.
  await expect(page.locator('#step-title')).toHaveCount(1);
  // Predictions are off in a fresh test browser (fixtures.ts): the remembered choice shows right
  // after hydration, so it is awaited, never toggled (a toggle read too early turns them on).
  await expect(page.getByTestId('predict-toggle')).toHaveAttribute('aria-pressed', 'false');
}

/**
 * What the student reads stays in view beside the part: the step's title, and the line of the
 * request on show, whole, inside the narration (which scrolls inside the step bar when long).
 */
async function narrationShown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const inside = (e: Element | null, frame: { top: number; bottom: number }) => {
      if (!e) return true;
      const box = e.getBoundingClientRect();
      return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
    };
    const screen = { top: 0, bottom: innerHeight };
    const narration = document.querySelector('#narration')!;
    const shown = narration.getBoundingClientRect();
    const title = document.querySelector('#step-title');
    if (!inside(title, screen) || !inside(title, shown)) return 'title hidden';
    const line = document.querySelector('[data-testid="beat-line"]');
    if (!inside(line, screen) || !inside(line, shown)) return 'request line hidden';
    return 'shown';
  });
}

async function expectFramed(page: Page, stepId: string, where: string) {
  await expectStep(page, stepId);
  await expect
    .poll(() => narrationShown(page), {
      message: `${where}: narration at ${stepId}`,
      timeout: 3000,
    })
    .toBe('shown');
  await expect
    .poll(() => firstPartShown(page, stepId), {
      message: `${where}: step ${stepId} (${STEPS.find((s) => s.id === stepId)!.focus.join(', ')})`,
      timeout: 3000,
    })
    .toBeGreaterThan(0.5);
  // A part whose code is still loading keeps the step before on screen for a moment (its mark
  // too); what settles is what the student reads.
  await expect
    .poll(() => page.locator('.focus-mark').count(), { message: `${where}: marks at ${stepId}` })
    .toBeLessThanOrEqual(MARKED_PER_STEP);
}

/**
 * The browser, the wire and the server tell the same exchange: a step that sends a request shows
 * the browser that sent the latest, and the wire always carries the latest request of the
 * browser on show (method and path), or nothing if it has sent none.
 */
async function expectOneStory(page: Page, stepId: string, where: string) {
  const sends = STEPS.find((s) => s.id === stepId)!.actions.some((a) => a.type === 'request');
  await expect
    .poll(
      () =>
        page.evaluate((sends) => {
          const { exchanges } = window.guestbook!.world();
          const tab = document
            .querySelector('.visitor-tabs [aria-selected="true"]')
            ?.getAttribute('data-visitor');
          const last = exchanges.at(-1);
          if (sends && last && tab !== last.visitorId)
            return `tab ${tab}, latest request from ${last.visitorId}`;
          const own = exchanges.findLast((e) => e.visitorId === tab);
          const envelope = document.querySelector('[data-testid="envelope-request"]')?.textContent;
          if (!own) return envelope ? `wire shows ${envelope.slice(0, 60)}` : 'one story';
          const { pathname } = new URL(own.request.url);
          const request = `${own.request.method} ${pathname}`;
          if (!envelope?.includes(request))
            return `wire shows ${envelope?.slice(0, 60)}, request ${request}`;
          // The server's steps are those of the same request.
          const arrives = document.querySelector('[data-testid="trace"] [data-kind="receive"]');
          return !arrives || arrives.textContent?.includes(request)
            ? 'one story'
            : `trace shows ${arrives.textContent}, request ${request}`;
        }, sends),
      { message: `${where}: browser, wire and server at ${stepId}`, timeout: 3000 },
    )
    .toBe('one story');
}

/**
 * With CAMERA_SHOTS=<folder>, each walk also saves what the student sees at every step and request
 * (`<folder>/<size>-<lang>/<nn>-<step>[-<request>].png`), for looking at them as a student would.
 */
const SHOTS = process.env.CAMERA_SHOTS;
async function shoot(page: Page, where: string, stepId: string, beat?: number) {
  if (!SHOTS) return;
  const n = String(stepNumber(stepId)).padStart(2, '0');
  const name = `${n}-${stepId}${beat === undefined ? '' : `-${beat + 1}`}.png`;
  await page.screenshot({ path: `${SHOTS}/${where.replace(/[^\w-]+/g, '-')}/${name}` });
}

const SIZES = [
  { width: 1280, height: 720, presenter: false },
  { width: 1920, height: 1080, presenter: false },
  { width: 390, height: 844, presenter: false },
  { width: 1280, height: 720, presenter: true },
  { width: 1920, height: 1080, presenter: true },
];

for (const size of SIZES) {
  for (const lang of ['en', 'ko'] as const) {
    const where = `${size.width}×${size.height}${size.presenter ? ' presenter' : ''} ${lang}`;
    test(`every step's part is on the screen at ${where}`, async ({ page }) => {
      test.setTimeout(60_000 + STEPS.length * 4_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      const [first, ...rest] = STEPS;
      await open(page, `lang=${lang}&step=${first!.id}`);
      await expectFramed(page, first!.id, where);
      await shoot(page, where, first!.id);
      if (size.presenter) {
        // Every region loaded first (they load just after the first screen).
        await page.waitForLoadState('networkidle');
        await page.keyboard.press('p');
        await expect(page.locator('.app')).toHaveClass(/\bpresenter\b/);
        await expectFramed(page, first!.id, where);
      }
      for (const step of rest) {
        await page.keyboard.press('ArrowRight');
        await expectFramed(page, step.id, where);
        await expectOneStory(page, step.id, where);
        let beat = 0;
        await shoot(page, where, step.id, (await settledStep(page)).more ? beat : undefined);
        // A step of several requests: each request (beat) framed, and told by all regions.
        while ((await settledStep(page)).more) {
          await page.keyboard.press('ArrowRight');
          await expectFramed(page, step.id, `${where}, its next request`);
          await expectOneStory(page, step.id, `${where}, its next request`);
          await shoot(page, where, step.id, ++beat);
        }
      }
      // The camera moved the page, never the keyboard focus.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    });
  }
}

test('a link straight into a step opens with its part on the screen', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    for (const id of ['busy-day', 'httponly', 'central-store']) {
      await open(page, `lang=ko&step=${id}`);
      await expectFramed(page, id, `${viewport.width}×${viewport.height} ko, linked`);
    }
  }
});

test('the camera keeps still while the student scrolls, and keeps the keyboard where it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'lang=en&step=row-created');
  await expectFramed(page, 'row-created', 'linked');
  // The student scrolls back up to read the narration: the page stays where the student put it.
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, -3000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // Next by mouse: the page moves to the part, the keyboard stays on Next.
  await nextStep(page);
  await expectFramed(page, 'set-cookie', 'after Next');
  await expect(page.getByRole('button', { name: /^Next step/ })).toBeFocused();
  expect(stepNumber('set-cookie')).toBe(stepNumber('row-created') + 1);
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the page holds still under a pressed pointer, and a click pressed mid-glide lands', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, 'lang=en&step=expired');
    await expectFramed(page, 'expired', 'linked');
    const scroll = () => page.evaluate(() => scrollY);
    const next = page.getByRole('button', { name: /^Next step/ });

    // Held on the narration while a key moves the lesson on: the camera waits for the release.
    const title = (await page.locator('#narration h2').first().boundingBox())!;
    await page.mouse.move(title.x + 10, title.y + title.height / 2);
    await page.mouse.down();
    const held = await scroll();
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 'lazy-expiry');
    await page.waitForTimeout(600);
    // (A pixel or two is the browser keeping the text in place as the step bar's height changes.)
    const still = (at: number) => async () => Math.abs((await scroll()) - at);
    expect(await still(held)(), 'the page moved under the pressed pointer').toBeLessThan(4);
    await page.mouse.up();
    await expectFramed(page, 'lazy-expiry', 'once released');
    expect(await still(held)()).toBeGreaterThan(100);

    // Back, then on again: the camera glides down, and the student presses Next mid-glide. The
    // step bar stays at the top meanwhile, Next where it is.
    await page.keyboard.press('ArrowLeft');
    await expectFramed(page, 'expired', 'back');
    await expect.poll(still(held)).toBeLessThan(4);
    const box = (await next.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((from) => scrollY !== from, held, { polling: 'raf' });
    await page.mouse.down();
    const pressedAt = await scroll();
    await page.waitForTimeout(400);
    expect(await still(pressedAt)(), 'the glide went on under the pressed pointer').toBeLessThan(4);
    await page.mouse.up();
    await expectStep(page, 'login-again');
    await expectFramed(page, 'login-again', 'after the click pressed mid-glide');
    expect(stepNumber('login-again')).toBe(stepNumber('lazy-expiry') + 1);
  });

  test('a press mid-glide stops the page where it was pressed', async ({ page }) => {
    // The camera glides the page down from first-visit to row-created, and the student presses
    // mid-glide. The browser's own smooth scroll ran a frame ahead of the page: stopped by the
    // press, it still caught up that frame, so a button pressed near its edge was released over
    // something else and its click was lost (the speaker view did not open). Pressed, the page
    // now stays exactly where it was when the press came.
    await page.setViewportSize({ width: 1440, height: 900 });
    for (let attempt = 0; attempt < 3; attempt++) {
      await open(page, 'lang=en&step=first-visit');
      await expectFramed(page, 'first-visit', 'linked');
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await page.evaluate(() => {
        const at: Record<string, number> = ((window as unknown as { at: typeof at }).at = {});
        for (const type of ['pointerdown', 'pointerup'])
          addEventListener(type, () => (at[type] = scrollY), { capture: true });
      });
      const title = (await page.locator('#narration h2').first().boundingBox())!;
      await page.mouse.move(title.x + 10, title.y + title.height / 2);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => scrollY > 0, undefined, { polling: 'raf' });
      await page.mouse.down();
      await page.waitForTimeout(200);
      await page.mouse.up();
      const at = await page.evaluate(
        () => (window as unknown as { at: Record<string, number> }).at,
      );
      expect(at.pointerdown, 'pressed mid-glide').toBeGreaterThan(0);
      // (A pixel or two is the browser keeping the text in place if a part above grows meanwhile;
      // the browser's own glide went on 14 to 51 px here.)
      expect(
        Math.abs(at.pointerup! - at.pointerdown!),
        'the page moved under the pressed pointer',
      ).toBeLessThan(4);
      // Released, the camera goes on to frame the step.
      await expectFramed(page, 'row-created', 'once released');
    }
  });
});
