/**
 * The step lives in the URL by its ID (`?step=login`), so a link opens the same step and stays
 * right when chapters gain steps. Older links by number (`?step=8`) still open.
 */
import { challengeById, isChapter, STEPS, stepIndexById, type ChapterId } from '../lessons/steps';

export function stepFromUrl(): number | null {
  const raw = new URLSearchParams(location.search).get('step');
  if (raw === null) return null;
  const byId = stepIndexById(raw);
  if (byId >= 0) return byId;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return null;
  return Math.min(Math.max(n, 1), STEPS.length) - 1;
}

export function writeStepToUrl(step: number): void {
  const url = new URL(location.href);
  url.searchParams.set('step', STEPS[step]?.id ?? String(step + 1));
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

export function writeLanguageToUrl(lang: string): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}

/** A challenge has a link too (`?challenge=steal-without-password`). */
export function challengeFromUrl(): string | null {
  const id = new URLSearchParams(location.search).get('challenge');
  return id !== null && challengeById(id) ? id : null;
}

export function writeChallengeToUrl(id: string | null): void {
  const url = new URL(location.href);
  if (id === null) url.searchParams.delete('challenge');
  else url.searchParams.set('challenge', id);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** A chapter's quiz has a link too (`?quiz=security`). */
export function quizFromUrl(): ChapterId | null {
  const id = new URLSearchParams(location.search).get('quiz');
  return id !== null && isChapter(id) ? id : null;
}

export function writeQuizToUrl(chapter: ChapterId | null): void {
  const url = new URL(location.href);
  if (chapter === null) url.searchParams.delete('quiz');
  else url.searchParams.set('quiz', chapter);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
