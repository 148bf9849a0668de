/**
 * Cookie vs session: the same shop on a client-side cookie store (the npm package
 * `cookie-session`): the data itself travels in the cookie, signed but readable, and the
 * server's guest book stays empty.
 */
import { CHROME, get, MINA, post, predict, step, wait } from '../../model';
import type { ChapterSteps } from '../../model';

/** Chrome's cart and login, with user_id changed to Joon's: what a student types in DevTools. */
export const FORGED_SESSION = btoa('{"cart":["apple"],"userId":214}');

export const cookieStore: ChapterSteps = {
  id: 'cookie-store',
  steps: [
    step(
      'cookie-store',
      [
        { type: 'set-cluster', mode: null },
        { type: 'set-engine', engine: 'cookie-session' },
        { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
        get('/'),
      ],
      ['guest-book', 'response'],
      CHROME,
      predict('cookie-store-first-cookie', 'set-cookie', ['yes', 'no'], 'no'),
    ),
    step(
      'cookie-store-cart',
      [post('/cart', { item: 'apple' })],
      ['response', 'guest-book'],
      CHROME,
      predict('cookie-store-row', 'guest-book', ['added', 'same'], 'same'),
    ),
    step('cookie-store-login', [post('/login', MINA)], ['jar', 'settings']),
    step('cookie-store-read', [get('/me')], ['settings', 'request']),
    step(
      'cookie-store-tamper',
      [
        { type: 'edit-cookie', visitorId: CHROME, name: 'session', value: FORGED_SESSION },
        get('/me'),
      ],
      ['request', 'trace'],
      CHROME,
      predict('cookie-store-tamper-status', 'status', ['200', '401'], '401'),
    ),
    {
      ...step(
        'cookie-store-bytes',
        [
          post('/login', MINA),
          ...['pear', 'plum', 'fig', 'kiwi', 'mango', 'cherry'].map((item) =>
            post('/cart', { item }),
          ),
          get('/me'),
        ],
        ['settings'],
      ),
      // Each request adds a pair of bars: the chart, not the table under it.
      point: 'chart',
    },
    {
      ...step('cookie-store-compare', [wait(31), get('/me')], ['settings', 'jar']),
      point: 'compare',
    },
  ],
};
