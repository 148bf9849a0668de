/** Many visitors at once: the guest book of the course notes. */
import { get, JOON, MINA, post, predict, step, wait } from '../../model';
import type { ChapterSteps } from '../../model';

export const crowd: ChapterSteps = {
  id: 'crowd',
  steps: [
    step(
      'stateless',
      [{ type: 'add-visitor', browser: 'Safari' }, get('/', 'v2')],
      ['request', 'guest-book'],
      'v2',
      predict('stateless-sent', 'cookie-sent', ['yes', 'no'], 'no'),
    ),
    step(
      'second-browser',
      [wait(1), get('/'), { type: 'add-visitor', browser: 'Edge' }, get('/', 'v3')],
      ['guest-book'],
      'v3',
    ),
    step(
      'two-logins',
      [wait(1), post('/login', JOON, 'v3'), post('/login', MINA)],
      ['guest-book'],
      // Mina's login is the last: her browser, the wire and the guest book tell one story.
      'v1',
    ),
    step(
      'own-jars',
      [wait(1), get('/me', 'v3'), get('/me', 'v2')],
      ['jar', 'shop'],
      'v2',
      predict('own-jars-user', 'user', ['152', '214', 'none'], 'none'),
    ),
  ],
};
