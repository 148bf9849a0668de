/**
 * The step lives in the URL by its ID (`?step=login`), so a link opens the same step and stays
 * right when chapters gain steps. Older links by number (`?step=8`) still open.
 */
import { isChapter, STEPS, stepIndexById, type ChapterId } from '../lessons/steps';

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
  writeParam('step', STEPS[step]?.id ?? String(step + 1));
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
  // Checked when it starts (the challenges load later): an unknown one is dropped from the URL.
  return id !== null && /^[a-z0-9-]{1,80}$/.test(id) ? id : null;
}

/** Sets (or, with null, removes) query parameters without a new history entry. */
function writeParams(values: Record<string, string | null>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

const writeParam = (name: string, value: string | null) => writeParams({ [name]: value });

export const writeChallengeToUrl = (id: string | null): void => writeParam('challenge', id);

/** A chapter's quiz has a link too (`?quiz=security`). */
export function quizFromUrl(): ChapterId | null {
  const id = new URLSearchParams(location.search).get('quiz');
  return id !== null && isChapter(id) ? id : null;
}

export const writeQuizToUrl = (chapter: ChapterId | null): void => writeParam('quiz', chapter);

/** The sandbox has a link too (`?sandbox=login&actions=1.…`): its step and its actions. */
function sandboxFromUrl(): { from: string; code: string | null } | null {
  const params = new URLSearchParams(location.search);
  const from = params.get('sandbox');
  if (from === null) return null;
  return { from: stepIndexById(from) >= 0 ? from : STEPS[0]!.id, code: params.get('actions') };
}

/** The sandbox link the lesson opens at start: a challenge or a quiz in the same link wins. */
export function sandboxLinkFromUrl(): { from: string; code: string | null } | null {
  return challengeFromUrl() !== null || quizFromUrl() !== null ? null : sandboxFromUrl();
}

let sandboxWrites = 0;
let sandboxLinkPending = false;
/**
 * Writes (or, with null, removes) the sandbox's link just after the page shows the action: a busy
 * day's link encodes a thousand actions, and the address bar can wait a frame; the click cannot. A
 * later write wins, so an encoding that finishes after the student left the sandbox writes nothing.
 */
export function writeSandboxToUrl(
  from: string | null,
  code: (() => Promise<string | null> | string | null) | null,
): void {
  const ticket = ++sandboxWrites;
  sandboxLinkPending = true;
  const write = () =>
    Promise.resolve(code?.() ?? null)
      .then((actions) => {
        if (ticket !== sandboxWrites) return;
        writeParams({ sandbox: from, actions: from === null ? null : actions });
      })
      .catch(() => undefined)
      .finally(() => {
        if (ticket === sandboxWrites) sandboxLinkPending = false;
      });
  // After the next frame, or soon in any case (a hidden page paints no frame).
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    void write();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}

/** Whether the sandbox's link has yet to reach the address bar. */
export function sandboxLinkWaiting(): boolean {
  return sandboxLinkPending;
}
