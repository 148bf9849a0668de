/**
 * Authentication vs authorization: the shop's admin page answers 401 to a visitor it does not
 * know, 403 to a logged-in account that is not an admin, and 200 to the admin.
 */
import { CHROME, get, JOON, post, predict, step } from '../../model';
import type { ChapterSteps } from '../../model';

/** Sora, the shop's admin (src/sim/server/users.ts). */
export const SORA = { username: 'sora', password: 'owl' };

export const authz: ChapterSteps = {
  id: 'authz',
  steps: [
    step(
      'authz-guest',
      [
        // Back on express-session, a new server: nobody is logged in.
        { type: 'set-engine', engine: 'express-session' },
        { type: 'delete-cookie', visitorId: CHROME, name: 'session' },
        { type: 'delete-cookie', visitorId: CHROME, name: 'session.sig' },
        get('/admin'),
      ],
      ['shop', 'trace'],
      CHROME,
      predict('authz-guest-status', 'status', ['200', '401', '403'], '401'),
    ),
    step(
      'authz-user',
      [post('/login', JOON), get('/admin')],
      ['trace', 'shop'],
      CHROME,
      predict('authz-user-status', 'status', ['200', '401', '403'], '403'),
    ),
    step(
      'authz-admin',
      [post('/logout'), post('/login', SORA), get('/admin')],
      ['shop', 'guest-book'],
    ),
  ],
};
