/** Where sessions live: memory, restarts, many sessions. */
import { get, predict, step, CHROME } from '../../model';
import type { ChapterSteps } from '../../model';

export const storage: ChapterSteps = {
  id: 'storage',
  steps: [
    step(
      'restart',
      [{ type: 'restart-server' }, get('/me')],
      ['guest-book', 'shop'],
      CHROME,
      predict('restart-status', 'status', ['200', '401'], '401'),
    ),
    step('busy-day', [{ type: 'crowd', count: 1000 }], ['guest-book']),
  ],
};
