/**
 * Build-time only (vite.config.ts → prerender): the first step's screen as HTML, in each language,
 * written into index.html so the page is readable before any script runs. The browser then adopts
 * that markup (src/main.tsx) instead of drawing it again.
 */
import { prerender } from 'react-dom/static';
import { changeLanguage, type Language } from './i18n/i18n';
import { STEPS } from './lessons/steps';
import { LessonRoot } from './ui/lesson-root';

export const FIRST_STEP_ID = STEPS[0]!.id;

export async function renderFirstScreen(lang: Language): Promise<string> {
  await changeLanguage(lang);
  // Every part is written in place (a large one too): the page allows no inline script but its own
  // (CSP, by hash), so nothing may be left to be streamed in later.
  const { prelude } = await prerender(<LessonRoot prerendered />, {
    progressiveChunkSize: Infinity,
  });
  const html = await new Response(prelude).text();
  if (html.includes('<script')) throw new Error('The prerendered first screen needs a script');
  return html;
}
