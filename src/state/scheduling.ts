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
