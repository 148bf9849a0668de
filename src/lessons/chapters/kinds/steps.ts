/**
 * Three things called "session", for Mina's one browser: the connection (a TCP connection kept
 * alive between requests), the browser session (until the browser closes) and the login session
 * (from login to logout or idle expiry), placed on one timeline drawn from the exchanges.
 */
import { MINUTE } from '../../../sim/clock';
import { SHOP_IDLE_MS } from '../../../sim/server/options';
import { CHROME, freshShop, get, MINA, post, predict, step, wait } from '../../model';
import type { ChapterSteps } from '../../model';
import type { Action } from '../../../sim/world';

/** The shop's cookie options: a memory cookie, or one that lasts the idle timeout. */
export const kindsCookie = (maxAge?: number) => ({
  path: '/',
  httpOnly: true,
  secure: true,
  ...(maxAge === undefined ? {} : { maxAge }),
});

export const kinds: ChapterSteps = {
  id: 'kinds',
  steps: [
    step(
      'kinds-login',
      [
        // One express-session server; a memory cookie (no maxAge), as express-session's default.
        ...freshShop(kindsCookie()),
        // Cookies left by the other stacks' chapters (Flask's is persistent).
        ...['session', 'session.sig'].map((name): Action => ({
          type: 'delete-cookie',
          visitorId: CHROME,
          name,
        })),
        { type: 'close-browser', visitorId: CHROME },
        wait(1),
        get('/'),
        post('/login', MINA),
        get('/me'),
      ],
      ['timeline', 'shop'],
    ),
    step(
      'kinds-pause',
      [wait(2), get('/me')],
      ['timeline', 'shop'],
      CHROME,
      predict('kinds-pause-status', 'status', ['200', '401'], '200'),
    ),
    step(
      'kinds-close',
      [{ type: 'close-browser', visitorId: CHROME }, wait(1), get('/me')],
      ['jar', 'guest-book'],
      CHROME,
      predict('kinds-close-status', 'status', ['200', '401'], '401'),
    ),
    step(
      'kinds-idle',
      [
        { type: 'set-options', options: { cookie: kindsCookie(SHOP_IDLE_MS) } },
        post('/login', MINA),
        wait(SHOP_IDLE_MS / MINUTE + 1),
        get('/me'),
      ],
      ['timeline', 'clock'],
      CHROME,
      predict('kinds-idle-status', 'status', ['200', '401'], '401'),
    ),
  ],
};
