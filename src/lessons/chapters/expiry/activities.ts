/** The challenges and quiz of the chapter — Expiry: memory cookies, persistent cookies and rows that linger. */
import { MINUTE } from '../../../sim/clock';
import type { World } from '../../../sim/world';
import { CHROME, get, MINA, post, wait, choose, order, spotHeader } from '../../model';
import {
  exchangesSince,
  idInCookie,
  isRequest,
  loginsSince,
  pageUser,
  setSessionCookie,
} from '../../goals';
import { findRow, isExpired } from '../../../sim/server/guest-book';
import type { ChapterActivities } from '../../model';

export const activities: ChapterActivities = {
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
    {
      // Without maxAge a session never ends on its own; with it, idling ends it, browser open.
      id: 'idle-timeout',
      after: 'memory-cookie',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const closed = (w: World) => w.visitors.find((v) => v.id === CHROME)?.closedAfter;
        if (closed(world) !== closed(start)) return false;
        const since = exchangesSince(world, start);
        return loginsSince(world, start, CHROME).some((login) => {
          const id = idInCookie(setSessionCookie(world, login));
          const row = id === null ? undefined : findRow(world.server.guestBook, id);
          return (
            id !== null &&
            (!row || isExpired(row, world.now)) &&
            !since.some(
              (e) => e.id > login.id && e.visitorId === CHROME && isRequest(e, 'POST', '/logout'),
            ) &&
            since.some(
              (e) =>
                e.id > login.id &&
                e.visitorId === CHROME &&
                isRequest(e, 'GET', '/me') &&
                e.response.status === 401,
            )
          );
        });
      },
      nudge: (world, start) => {
        const closed = (w: World) => w.visitors.find((v) => v.id === CHROME)?.closedAfter;
        if (closed(world) !== closed(start)) return 'closed';
        const stillIn = exchangesSince(world, start).some(
          (e) =>
            e.visitorId === CHROME &&
            isRequest(e, 'GET', '/me') &&
            pageUser(e) === 152 &&
            e.at - start.now >= 30 * MINUTE,
        );
        return stillIn && loginsSince(world, start, CHROME).length === 0 ? 'never' : null;
      },
      hints: 3,
      solution: [
        {
          type: 'set-options',
          options: { cookie: { path: '/', httpOnly: true, secure: false, maxAge: 5 * MINUTE } },
        },
        post('/logout'),
        post('/login', MINA),
        wait(5),
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
