/** Where sessions live: memory, restarts, many sessions. */
import { get, step, type Chapter } from '../model';

export const storage: Chapter = {
  id: 'storage',
  steps: [
    step('restart', [{ type: 'restart-server' }, get('/me')], ['guest-book', 'shop']),
    step('busy-day', [{ type: 'crowd', count: 1000 }], ['guest-book']),
  ],
  challenges: [],
};
