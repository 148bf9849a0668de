/** What the accessibility checks of several specs share: axe's findings, and reaching by Tab. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expectStep, nextStep, openLesson } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's WCAG 2.1 A/AA violations, one readable line per rule and element. */
export async function violations(page: Page, where: string, include?: string): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself (there are no frames to visit), instead of
  // opening a blank page per run to merge frame results: three times faster, same rules.
  let builder = new AxeBuilder({ page }).withTags(WCAG).setLegacyMode();
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${where}: ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary ?? ''}`,
    ),
  );
}

/** Presses Tab (or Shift+Tab, when the target lies before the focus) until the target has it. */
export async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    const before = await target.evaluate((el) => {
      const active = document.activeElement;
      if (!active || active === document.body) return false;
      return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
    });
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

/**
 * A chapter's steps walked with Next from its first, with reduced motion (each step's final
 * state), and axe run on each once `ready` says the step's own panel is there.
 */
export async function chapterViolations(
  page: Page,
  steps: readonly string[],
  lang: 'en' | 'ko',
  ready: (id: string) => Promise<void> = async () => {},
): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openLesson(page, `step=${steps[0]}&lang=${lang}`);
  const found: string[] = [];
  for (const [i, id] of steps.entries()) {
    if (i > 0) await nextStep(page);
    await expectStep(page, id);
    await ready(id);
    found.push(...(await violations(page, `${lang} step ${id}`)));
  }
  return found;
}
