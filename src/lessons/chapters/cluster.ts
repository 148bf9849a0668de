/** Many servers: where sessions must live so that any server can answer. */
import { get, MINA, post, step, type Chapter } from '../model';

export const cluster: Chapter = {
  id: 'cluster',
  steps: [
    step(
      'two-servers',
      [{ type: 'set-cluster', mode: 'per-server' }, post('/login', MINA)],
      ['cluster', 'trace'],
    ),
    step('lost-login', [get('/me')], ['cluster', 'shop', 'response']),
    step(
      'sticky',
      [{ type: 'set-cluster', mode: 'sticky' }, post('/login', MINA), get('/me'), get('/me')],
      ['cluster', 'shop'],
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
  challenges: [],
};
