/** The challenges and quiz of the chapter — Where sessions live: memory, restarts, many sessions. */
import { get, CHROME, choose, order, spotHeader } from '../../model';
import { exchangesSince, sentSessionCookie, setSessionCookie } from '../../goals';
import type { Exchange, World } from '../../../sim/world';
import type { ChapterActivities } from '../../model';

/** Page visits since the challenge began from a browser that sent no session cookie. */
const cookielessVisits = (world: World, start: World): Exchange[] =>
  exchangesSince(world, start).filter(
    (e) => e.request.method === 'GET' && sentSessionCookie(world, e) === null,
  );

export const activities: ChapterActivities = {
  challenges: [
    {
      id: 'forget-everyone',
      after: 'busy-day',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        start.server.guestBook.length > 0 && world.server.guestBook.length === 0,
      hints: 2,
      solution: [{ type: 'restart-server' }],
    },
    {
      // saveUninitialized: false stores nothing (and sends no cookie) for a visitor who did nothing.
      id: 'no-row-for-strangers',
      after: 'busy-day',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        cookielessVisits(world, start).some(
          (e) =>
            e.response.status === 200 &&
            e.diff.inserted.length === 0 &&
            setSessionCookie(world, e) === null,
        ),
      nudge: (world, start) =>
        cookielessVisits(world, start).some((e) => e.diff.inserted.length > 0) ? 'row-made' : null,
      hints: 2,
      solution: [
        { type: 'set-options', options: { saveUninitialized: false } },
        { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
        get('/'),
      ],
    },
  ],
  quiz: [
    choose(
      'storage-restart',
      ['logged-in', 'new-session', 'error', 'auto-login'],
      'new-session',
      'restart',
    ),
    choose(
      'storage-redis',
      ['shorter', 'readable', 'survives', 'no-cookie'],
      'survives',
      'restart',
    ),
    choose(
      'storage-uninitialized',
      ['resave', 'rolling', 'httponly', 'save-uninitialized'],
      'save-uninitialized',
      'busy-day',
    ),
    order('storage-request', ['read', 'verify', 'lookup', 'use', 'save'], 'busy-day'),
    spotHeader(
      'storage-client-data',
      [
        'HTTP/1.1 200 OK',
        'Content-Type: text/html; charset=utf-8',
        'Set-Cookie: connect.sid=s%3AmQ7c…Vg.Tz4r…; Path=/; HttpOnly',
        'Set-Cookie: cart_total=12000; Path=/',
        'Cache-Control: no-store',
      ],
      3,
      'busy-day',
    ),
  ],
};
