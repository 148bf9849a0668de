import { startTransition } from 'react';
import { i18n, startI18n } from './i18n/i18n';
import { startLesson, useLesson } from './state/lesson-store';
import { nextTask } from './state/scheduling';
import { usePrefs } from './state/prefs-store';
import { sandboxLinkFromUrl, stepFromUrl } from './state/url';
import { Stage } from './ui/app';
import { LessonRoot } from './ui/lesson-root';
import { preloadSandboxPanel } from './ui/player/narration';
import './ui/styles.css';

/** `?view=speaker`: the instructor's second window (speaker notes, timer), not the lesson. */
const speakerView = new URLSearchParams(location.search).get('view') === 'speaker';

/**
 * The first step, as the build prerendered it (index.html), is adopted only when the page shows
 * exactly that screen: the language file-notice.js chose and showed, no saved place, no other step,
 * challenge, quiz or sandbox link, no presenter mode. Anything else is drawn afresh, so nothing
 * ever mismatches.
 */
function prerenderedFirstScreen(): HTMLElement | null {
  const shown = document.documentElement.dataset.prerendered;
  const container = document.querySelector<HTMLElement>(`[data-first-screen="${i18n.language}"]`);
  const s = useLesson.getState();
  const first =
    shown === i18n.language &&
    s.step === 0 &&
    s.hand === null &&
    s.challenge === null &&
    s.quiz === null &&
    !s.restoreFailed &&
    !usePrefs.getState().presenter;
  return first ? container : null;
}

/**
 * A link to a later step (`?step=login`) is drawn once that step is computed, and a sandbox link
 * once its sandbox is open, so neither the first step's text nor the step the sandbox starts from
 * flashes by first (given up after ten seconds: the page never stays blank).
 */
function linkReady(linked: number | null, sandboxLinked: boolean): Promise<void> {
  const ready = (s: ReturnType<typeof useLesson.getState>) =>
    s.error !== null ||
    (sandboxLinked ? s.sandbox !== null : linked === null || linked <= 0 || s.step === linked);
  if (ready(useLesson.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = useLesson.subscribe((s) => {
      if (ready(s)) done();
    });
    const timer = setTimeout(done, 10_000);
  });
}

/**
 * Starts the lesson and adopts (or draws) the page. Each start asks for files (a task per start):
 * all in one task, that was the page's longest after its first paint.
 */
async function start() {
  // The lesson runs: the notice for a page opened from a file (index.html) is not needed.
  document.getElementById('file-notice')?.remove();
  // Read before the lesson starts, which rewrites the address while it computes the linked step.
  const linked = speakerView ? null : stepFromUrl();
  const sandboxLinked = !speakerView && sandboxLinkFromUrl() !== null;
  // The simulated network starts in the background; the shell renders as soon as its words load.
  if (!speakerView) {
    startLesson();
    await nextTask();
  }

  // Chooses the language at once; its words load in the background.
  const wordsReady = startI18n();
  const prerendered = speakerView ? null : prerenderedFirstScreen();
  // file-notice.js kept only the copy on show; it goes too when the lesson does not adopt it (a
  // saved place that failed to restore, say).
  for (const other of document.querySelectorAll<HTMLElement>('[data-first-screen]')) {
    if (other !== prerendered) other.remove();
  }

  // The speaker view's code loads only in its own window.
  if (speakerView) {
    void Promise.all([wordsReady, import('./ui/speaker/speaker-view')]).then(([, view]) =>
      view.mountSpeakerView(),
    );
    return;
  }
  // React's renderer runs in a task of its own: with the lesson's modules it made one long task
  // (40–47 ms on this 2-core machine). Its file was fetched with the entry's (vite.config.ts).
  const renderer = import('react-dom/client');
  await nextTask();
  // The stage's code loads at once too. The adopted first screen shows its stage meanwhile (React
  // adopts it when the code arrives); a screen drawn afresh waits for it.
  const stageReady = Stage.preload();
  await Promise.all(
    prerendered
      ? [wordsReady]
      : [
          wordsReady,
          stageReady,
          linkReady(linked, sandboxLinked),
          // The sandbox's panel too, so that it shows with the page, not a moment after.
          ...(sandboxLinked ? [preloadSandboxPanel()] : []),
        ],
  );
  const { createRoot, hydrateRoot } = await renderer;
  if (prerendered) {
    // The renderer's module has just run (in the task its file arrived); adopting the page starts
    // in the next: the two together were up to 21 ms here.
    await nextTask();
    prerendered.id = 'root';
    // As a transition, React adopts the page in slices of a few milliseconds (a blocking
    // hydration is one long task): the prerendered screen already shows, and a click or key
    // meanwhile is not held up.
    startTransition(() => {
      hydrateRoot(prerendered, <LessonRoot prerendered />);
    });
  } else {
    let root = document.getElementById('root');
    if (!root) {
      root = document.createElement('div');
      root.id = 'root';
      document.body.prepend(root);
    }
    createRoot(root).render(<LessonRoot prerendered={false} />);
  }
}

// In a task of its own, after the modules' evaluation: the two together were one long task that
// kept a slow phone from answering.
void nextTask().then(start);
