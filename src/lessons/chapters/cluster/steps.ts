/** Many servers: where sessions must live so that any server can answer. */
import { get, MINA, post, predict, step, CHROME } from '../../model';
import type { ChapterSteps } from '../../model';

export const cluster: ChapterSteps = {
  id: 'cluster',
  steps: [
    step(
      'two-servers',
      [{ type: 'set-cluster', mode: 'per-server' }, post('/login', MINA)],
      ['cluster', 'trace'],
    ),
    step(
      'lost-login',
      [get('/me')],
      ['cluster', 'shop', 'response'],
      CHROME,
      predict('lost-login-status', 'status', ['200', '401'], '401'),
    ),
    step(
      'sticky',
      [{ type: 'set-cluster', mode: 'sticky' }, post('/login', MINA), get('/me'), get('/me')],
      ['cluster', 'shop'],
      CHROME,
      predict('sticky-status', 'status', ['200', '401'], '200'),
    ),
    step(
      'replication',
      [{ type: 'set-cluster', mode: 'replicated' }, post('/login', MINA), get('/me')],
      ['cluster', 'guest-book'],
    ),
    step(
      'central-store',
      [{ type: 'set-cluster', mode: 'central' }, post('/login', MINA), get('/me')],
      ['cluster', 'guest-book'],
    ),
    step('frameworks', [], ['settings']),
  ],
};
