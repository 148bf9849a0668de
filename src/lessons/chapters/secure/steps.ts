/**
 * Secure: Mina opens the shop from a café's Wi-Fi page by a plain http:// link. Without Secure
 * her session cookie crosses the café's network in the clear; with `cookie.secure` the server
 * sets no cookie over http, and the browser keeps a Secure cookie off http requests.
 */
import { SHOP_IDLE_MS } from '../../../sim/server/options';
import type { Action } from '../../../sim/world';
import { CHROME, freshShop, get, MINA, post, predict, step } from '../../model';
import type { ChapterSteps } from '../../model';

/** The café's link: the same shop, over plain http. */
export const overHttp = (path: string, visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path,
  scheme: 'http',
});

/** The shop's cookie options, with or without Secure. */
export const shopCookie = (secure: boolean) => ({
  path: '/',
  httpOnly: true,
  secure,
  maxAge: SHOP_IDLE_MS,
});

export const secure: ChapterSteps = {
  id: 'secure',
  steps: [
    {
      ...step(
        'secure-cafe',
        [
          // The shop back on one express-session server with its usual options, no sessions yet.
          ...freshShop(shopCookie(false)),
          // Cookies left by the other stacks' chapters (Flask's is persistent).
          ...['session', 'session.sig'].map((name): Action => ({
            type: 'delete-cookie',
            visitorId: CHROME,
            name,
          })),
          { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
          post('/login', MINA),
          overHttp('/me'),
        ],
        // What the café's Wi-Fi reads off the request: the Cookie header, in the clear.
        ['eavesdropper', 'request'],
        CHROME,
        predict('secure-cafe-sent', 'cookie-sent', ['yes', 'no'], 'yes'),
      ),
      // Its first request is about the answer's Set-Cookie (no Secure).
      beatFocus: { 0: ['response', 'shop'] },
    },
    step('secure-https', [get('/me')], ['eavesdropper', 'request']),
    step(
      'secure-no-cookie',
      [
        { type: 'set-options', options: { cookie: shopCookie(true) } },
        { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
        overHttp('/'),
      ],
      ['trace', 'response', 'settings'],
      CHROME,
      predict('secure-no-cookie-set', 'set-cookie', ['yes', 'no'], 'no'),
    ),
    {
      ...step('secure-login', [post('/login', MINA)], ['response', 'jar']),
      // The jar's Secure column for the cookie just set, beside the Set-Cookie that asked for it.
      point: 'secure',
    },
    step(
      'secure-withheld',
      [overHttp('/me')],
      ['request', 'shop'],
      CHROME,
      predict('secure-withheld-status', 'status', ['200', '401'], '401'),
    ),
  ],
};
