/** Simulated time: epoch milliseconds that move only when the lesson or the student says so. */

/** Monday 2 March 2026, 09:00 in Seoul (00:00 UTC): the first class of the term. */
export const LESSON_START = Date.UTC(2026, 2, 2, 0, 0, 0);

export const MINUTE = 60_000;

/** `2026-03-02 09:05:00`, in Seoul time like the course material. */
export function formatTimestamp(ms: number): string {
  const kst = new Date(ms + 9 * 60 * MINUTE);
  return kst.toISOString().slice(0, 19).replace('T', ' ');
}
