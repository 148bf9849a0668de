/** Where sessions live: memory, restarts, many sessions. */
import { get, step, CHROME, type Chapter } from '../model';

export const storage: Chapter = {
  id: 'storage',
  steps: [
    step('restart', [{ type: 'restart-server' }, get('/me')], ['guest-book', 'shop']),
    step('busy-day', [{ type: 'crowd', count: 1000 }], ['guest-book']),
  ],
  challenges: [
    {
      id: 'forget-everyone',
      after: 'busy-day',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        start.server.guestBook.length > 0 && world.server.guestBook.length === 0,
      hints: 2,
      solution: [{ type: 'restart-server' }],
    },
  ],
};
