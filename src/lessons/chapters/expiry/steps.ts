/** Expiry: memory cookies, persistent cookies and rows that linger. */
import { MINUTE } from '../../../sim/clock';
import { CHROME, get, MINA, post, predict, step, wait } from '../../model';
import type { ChapterSteps } from '../../model';

export const expiry: ChapterSteps = {
  id: 'expiry',
  steps: [
    step(
      'memory-cookie',
      [
        // express-session's own default: no maxAge, so a session cookie and a session that never expires.
        {
          type: 'set-options',
          options: { rolling: false, cookie: { path: '/', httpOnly: true, secure: false } },
        },
        post('/login', MINA),
      ],
      ['response', 'settings'],
    ),
    step(
      'close-browser',
      [{ type: 'close-browser', visitorId: CHROME }, get('/me')],
      ['jar', 'guest-book'],
      CHROME,
      predict('close-browser-sent', 'cookie-sent', ['yes', 'no'], 'no'),
    ),
    step(
      'remember-me',
      [
        {
          type: 'set-options',
          options: {
            rolling: true,
            cookie: {
              path: '/',
              httpOnly: true,
              secure: true,
              sameSite: 'lax',
              maxAge: 7 * 24 * 60 * MINUTE,
            },
          },
        },
        post('/login', MINA),
      ],
      ['response', 'jar'],
    ),
    step(
      'reopen',
      [{ type: 'close-browser', visitorId: CHROME }, wait(60), get('/me')],
      ['jar', 'shop'],
      CHROME,
      predict('reopen-status', 'status', ['200', '401'], '200'),
    ),
  ],
};
