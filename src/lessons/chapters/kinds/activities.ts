/** Three things called session: the challenge and the quiz (loaded after the first paint). */
import { isRequest } from '../../goals';
import { choose, CHROME, get, MINA, order, post, spotHeader, wait } from '../../model';
import type { ChapterActivities } from '../../model';
import type { World } from '../../../sim/world';
import { kindsCookie } from './steps';
import { sessionTimeline, type Moment } from './timeline';
import { SHOP_IDLE_MS } from '../../../sim/server/options';

/** The moments of Mina's browser since the challenge began (the states carried over from before). */
const momentsSince = (world: World, start: World) =>
  sessionTimeline(world, CHROME).slice(sessionTimeline(start, CHROME).length);

/** A login session that outlived a browser session: in before a close, in after it, no login between. */
function outlived(world: World, start: World): boolean {
  const moments = momentsSince(world, start);
  const closed = moments.findIndex((m) => m.kind === 'browser-closed' && m.login === 'in');
  if (closed < 0) return false;
  for (const m of moments.slice(closed + 1)) {
    if (m.exchange && isRequest(m.exchange, 'POST', '/login')) return false;
    if (isMe(m) && m.login === 'in') return true;
  }
  return false;
}

/** New connections, all of one login session (no login, close or expiry between them). */
function connectionsOfOneLogin(world: World, start: World): number {
  let count = 0;
  for (const m of momentsSince(world, start)) {
    if (m.kind === 'browser-closed' || m.login !== 'in') return count;
    if (m.exchange && isRequest(m.exchange, 'POST', '/login')) count = 0;
    if (m.kind === 'request' && m.newConnection) count++;
  }
  return count;
}

const isMe = (m: Moment) => m.exchange !== undefined && isRequest(m.exchange, 'GET', '/me');

export const activities: ChapterActivities = {
  challenges: [
    {
      // The browser session ends, the login session goes on: only a persistent cookie carries it.
      id: 'kinds-keep-login',
      after: 'kinds-idle',
      setup: [{ type: 'set-options', options: { cookie: kindsCookie() } }, post('/login', MINA)],
      visitor: CHROME,
      goal: outlived,
      nudge: (world, start) => {
        const moments = momentsSince(world, start);
        const closed = moments.findLastIndex((m) => m.kind === 'browser-closed');
        if (closed < 0)
          return moments.some((m) => isMe(m) && m.login === 'in') ? 'not-closed' : null;
        // The login was lost with the browser: its cookie was a memory cookie.
        if (moments[closed]!.login !== 'lost') return null;
        return world.server.options.cookie.maxAge === undefined ? 'memory-cookie' : 'old-cookie';
      },
      hints: 3,
      solution: [
        { type: 'set-options', options: { cookie: kindsCookie(SHOP_IDLE_MS) } },
        post('/login', MINA),
        { type: 'close-browser', visitorId: CHROME },
        get('/me'),
      ],
    },
    {
      // One login session across several connections: a pause longer than keep-alive, not idle.
      id: 'kinds-three-connections',
      after: 'kinds-idle',
      setup: [post('/login', MINA)],
      visitor: CHROME,
      goal: (world, start) => connectionsOfOneLogin(world, start) >= 3,
      nudge: (world, start) => {
        const moments = momentsSince(world, start);
        if (moments.some((m) => m.kind === 'login-expired')) return 'expired';
        const requests = moments.filter((m) => m.kind === 'request');
        return requests.length >= 2 && requests.slice(1).every((m) => !m.newConnection)
          ? 'same-connection'
          : null;
      },
      hints: 2,
      solution: [wait(5), get('/me'), wait(5), get('/me'), wait(5), get('/me')],
    },
  ],
  quiz: [
    choose(
      'kinds-close-ends',
      ['browser-and-connection', 'all-three', 'login-only', 'nothing'],
      'browser-and-connection',
      'kinds-close',
    ),
    choose(
      'kinds-new-connection',
      ['still-in', 'logged-out', 'new-row', 'error'],
      'still-in',
      'kinds-pause',
    ),
    choose(
      'kinds-idle-ends',
      ['login-only', 'browser-only', 'all-three', 'connection-only'],
      'login-only',
      'kinds-idle',
    ),
    order('kinds-lifetimes', ['connection', 'login', 'browser'], 'kinds-idle'),
    spotHeader(
      'kinds-memory-cookie',
      [
        'HTTP/1.1 200 OK',
        'Content-Type: application/json; charset=utf-8',
        'Content-Length: 63',
        'Set-Cookie: connect.sid=s%3AkP9w…; Path=/; HttpOnly; Secure',
      ],
      3,
      'kinds-close',
    ),
  ],
};
