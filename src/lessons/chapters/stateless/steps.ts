/**
 * Stateless HTTP, shown: a browser that blocks all cookies. Every request arrives as a stranger's
 * (a new row each time), the server cannot tell two of its requests apart, and a login cannot
 * stick, because nothing carries it to the next request.
 */
import { get, MINA, post, predict, step } from '../../model';
import type { ChapterSteps } from '../../model';

/** Safari, open since the first chapters: the browser whose cookies get blocked. */
export const SAFARI = 'v2';

export const stateless: ChapterSteps = {
  id: 'stateless',
  steps: [
    step(
      'stateless-blocked',
      [
        // The shop back on express-session, a new server with no sessions yet.
        { type: 'set-cluster', mode: null },
        { type: 'set-engine', engine: 'express-session' },
        { type: 'block-cookies', visitorId: SAFARI, blocked: true },
        { type: 'delete-cookie', visitorId: SAFARI, name: 'connect.sid' },
        get('/', SAFARI),
      ],
      ['jar', 'guest-book'],
      SAFARI,
    ),
    step(
      'stateless-again',
      [get('/', SAFARI)],
      ['request', 'guest-book'],
      SAFARI,
      predict('stateless-again-row', 'guest-book', ['added', 'same'], 'added'),
    ),
    step(
      'stateless-login',
      [post('/login', MINA, SAFARI), get('/me', SAFARI)],
      ['shop', 'guest-book'],
      SAFARI,
      predict('stateless-login-status', 'status', ['200', '401'], '401'),
    ),
  ],
};
