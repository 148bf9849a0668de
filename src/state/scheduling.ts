/** When the page's own work runs: after the first paint, and in tasks short enough to answer. */

/** Runs `job` once the first screen is painted and the browser has a moment to spare. */
export function whenIdle(job: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(job, { timeout: 1500 })
      : setTimeout(job, 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

const SIGNS_OF_LIFE = ['pointermove', 'pointerdown', 'click', 'keydown', 'touchstart', 'wheel'];
/**
 * A hand on the page, before it clicks: for work the click may need (started at the click itself
 * it would come too late to help, and only add to what the click does).
 */
export const STIRRING = SIGNS_OF_LIFE.filter((type) => type !== 'click');

/**
 * Runs `job` once: at the student's first sign of life (a pointer, a click, a key, a touch) or
 * once the page is idle, whichever comes first. The listeners are the page's first (capturing on
 * the window): a click runs `job` before the click's own handler. `signs`: the events that count
 * (`STIRRING`: all but the click). `quietFor`: without a sign, wait that long after the page is
 * first idle, then for another idle moment. Returns a function that runs it now, if it has not run
 * yet.
 */
export function atFirstSignOfLife(
  job: () => void,
  signs: readonly string[] = SIGNS_OF_LIFE,
  { quietFor = 0 }: { quietFor?: number } = {},
): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    for (const type of signs) removeEventListener(type, run, true);
    job();
  };
  for (const type of signs) addEventListener(type, run, { capture: true, passive: true });
  whenIdle(quietFor > 0 ? () => setTimeout(() => whenIdle(run), quietFor) : run);
  return run;
}

/**
 * Resolves in a task of its own, so that what follows does not lengthen the task that awaits it
 * (a message, not a timer: a hidden tab slows timers down).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
