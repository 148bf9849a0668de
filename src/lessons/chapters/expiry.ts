/** Expiry: memory cookies, persistent cookies and rows that linger. */
import { MINUTE } from '../../sim/clock';
import {
  CHROME,
  get,
  MINA,
  post,
  predict,
  step,
  wait,
  type Chapter,
  choose,
  order,
  spotHeader,
} from '../model';
import { isRequest, pageUser } from '../goals';

export const expiry: Chapter = {
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
      ['settings', 'response'],
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
  challenges: [
    {
      id: 'stay-logged-in',
      after: 'close-browser',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const closedAfter = world.visitors.find((v) => v.id === CHROME)?.closedAfter;
        if (closedAfter === undefined || closedAfter < start.exchanges.length) return false;
        return world.exchanges
          .slice(closedAfter)
          .some((e) => e.visitorId === CHROME && isRequest(e, 'GET', '/me') && pageUser(e) === 152);
      },
      hints: 3,
      solution: [
        {
          type: 'set-options',
          options: {
            rolling: true,
            cookie: { path: '/', httpOnly: true, secure: false, maxAge: 7 * 24 * 60 * MINUTE },
          },
        },
        post('/login', MINA),
        { type: 'close-browser', visitorId: CHROME },
        get('/me'),
      ],
    },
  ],
  quiz: [
    choose('expiry-no-expires', ['half-hour', 'close', 'never', 'day'], 'close', 'memory-cookie'),
    choose(
      'expiry-server-row',
      ['deleted', 'half-hour', 'stays', 'next-request'],
      'stays',
      'close-browser',
    ),
    choose(
      'expiry-persistent',
      ['httponly', 'secure', 'rolling', 'max-age'],
      'max-age',
      'remember-me',
    ),
    order('expiry-remember', ['option', 'login', 'disk', 'reopen', 'works'], 'reopen'),
    spotHeader(
      'expiry-forgotten',
      [
        'HTTP/1.1 302 Found',
        'Date: Tue, 10 Mar 2026 12:00:00 GMT',
        'Location: /me',
        'Set-Cookie: connect.sid=s%3Ab7Yp…3Q.Kx9d…; Path=/; HttpOnly; Secure; SameSite=Lax',
        'Cache-Control: no-store',
      ],
      3,
      'remember-me',
    ),
  ],
};
