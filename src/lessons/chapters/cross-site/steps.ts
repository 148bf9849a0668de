/**
 * SameSite and CSRF: Mina is logged in at the shop and opens another site, evil.example, in the
 * same browser. Its image and its hidden form reach the shop; whether her session cookie goes
 * with them is decided by the jar with the real rules (RFC 6265bis same-site contexts, Chrome's
 * Lax by default and its two-minute Lax+POST window). Then the shop's own defence: a CSRF token.
 */
import { SHOP_IDLE_MS, type CookieOptions } from '../../../sim/server/options';
import type { Action } from '../../../sim/world';
import { CHROME, get, MINA, post, predict, step, wait } from '../../model';
import type { ChapterSteps } from '../../model';

export const EVIL = 'evil.example';
/** What the forged form puts into the cart of whoever is logged in at the shop. */
export const FORGED_ITEM = 'gift-card-x10';

/** The page's `<img src="https://shop.example/me">`: a cross-site subresource GET. */
export const evilImage = (visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path: '/me',
  from: EVIL,
  subresource: true,
});
/** The hidden form, submitted: a cross-site top-level POST. */
export const evilForm = (visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'POST',
  path: '/cart',
  form: { item: FORGED_ITEM },
  from: EVIL,
});
/** A plain link to the shop: a cross-site top-level GET. */
export const evilLink = (visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path: '/me',
  from: EVIL,
});
/** Opening evil.example: the tab shows it, and its image loads at once. */
export const openEvil = (visitorId = CHROME): Action[] => [
  { type: 'open-site', visitorId, site: EVIL },
  evilImage(visitorId),
];

/** The shop's session cookie options with this SameSite (None needs Secure, so it is set). */
export const cookieWith = (sameSite: CookieOptions['sameSite']): Action => ({
  type: 'set-options',
  options: {
    cookie: {
      path: '/',
      httpOnly: true,
      secure: sameSite === 'none',
      maxAge: SHOP_IDLE_MS,
      ...(sameSite && { sameSite }),
    },
  },
});

export const crossSite: ChapterSteps = {
  id: 'cross-site',
  steps: [
    step(
      'cross-site-login',
      [
        // The shop back on express-session with its default cookie (no SameSite), no token.
        { type: 'set-cluster', mode: null },
        { type: 'set-engine', engine: 'express-session' },
        { type: 'set-app', app: { regenerateOnLogin: true, csrfToken: false } },
        cookieWith(undefined),
        { type: 'open-site', visitorId: CHROME, site: null },
        // A fresh cookie: its age matters for Chrome's Lax+POST window below.
        { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
        post('/login', MINA),
      ],
      ['jar', 'shop'],
    ),
    step(
      'cross-site-evil',
      openEvil(),
      ['shop', 'request'],
      CHROME,
      predict('cross-site-image', 'cookie-sent', ['yes', 'no'], 'no'),
    ),
    step(
      'cross-site-form',
      [evilForm()],
      ['request', 'shop'],
      CHROME,
      predict('cross-site-form-fresh', 'cookie-sent', ['yes', 'no'], 'yes'),
    ),
    step(
      'cross-site-later',
      [wait(5), ...openEvil(), evilForm()],
      // The jar (listed, not marked) shows the cookie the answer replaced.
      ['request', 'guest-book', 'jar'],
      CHROME,
      predict('cross-site-form-later', 'cookie-sent', ['yes', 'no'], 'no'),
    ),
    {
      ...step(
        'cross-site-none',
        // Mina logs in again: the forged form's answer left a stranger's session in her jar.
        [cookieWith('none'), post('/login', MINA), ...openEvil(), evilForm()],
        ['request', 'settings'],
        CHROME,
        predict('cross-site-form-none', 'cookie-sent', ['yes', 'no'], 'yes'),
      ),
      // Its first request is about the answer's Set-Cookie (SameSite=None; Secure).
      beatFocus: { 0: ['response', 'settings'] },
    },
    step(
      'cross-site-token',
      [{ type: 'set-app', app: { csrfToken: true } }, get('/me'), ...openEvil(), evilForm()],
      ['trace', 'shop'],
      CHROME,
      predict('cross-site-token-status', 'status', ['200', '403'], '403'),
    ),
  ],
};
