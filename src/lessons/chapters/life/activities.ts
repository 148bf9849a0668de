/** The challenges and quiz of the chapter — One visitor's life, from the first request to logout. */
import { get, wait, CHROME, choose, order, spotHeader } from '../../model';
import { exchangesSince, isRequest, loggedInUser, sessionIdOf } from '../../goals';
import { findRow, isExpired } from '../../../sim/server/guest-book';
import type { ChapterActivities } from '../../model';

export const activities: ChapterActivities = {
  challenges: [
    {
      // The server forgets by itself: an idle timeout, not a logout.
      id: 'forget-without-logout',
      after: 'me',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const since = exchangesSince(world, start);
        const id = sessionIdOf(start, CHROME);
        const row = id === null ? undefined : findRow(world.server.guestBook, id);
        return (
          !since.some((e) => isRequest(e, 'POST', '/logout')) &&
          (!row || isExpired(row, world.now)) &&
          since.some(
            (e) =>
              e.visitorId === CHROME && isRequest(e, 'GET', '/me') && e.response.status === 401,
          )
        );
      },
      nudge: (world, start) =>
        exchangesSince(world, start).some((e) => isRequest(e, 'POST', '/logout')) ? 'logout' : null,
      hints: 2,
      solution: [wait(31), get('/me')],
    },
    {
      // The server knows a browser only by its cookie: without it, Chrome is a stranger again.
      id: 'stranger-again',
      after: 'cookie-returns',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const before = sessionIdOf(start, CHROME);
        const now = sessionIdOf(world, CHROME);
        const old = before === null ? undefined : findRow(world.server.guestBook, before);
        const fresh = now === null ? undefined : findRow(world.server.guestBook, now);
        return (
          now !== before &&
          fresh !== undefined &&
          old !== undefined &&
          !isExpired(old, world.now) &&
          loggedInUser(world, CHROME) === null
        );
      },
      nudge: (world, start) => {
        const closed = world.visitors.find((v) => v.id === CHROME)?.closedAfter;
        const closedNow = closed !== start.visitors.find((v) => v.id === CHROME)?.closedAfter;
        return closedNow && sessionIdOf(world, CHROME) === sessionIdOf(start, CHROME)
          ? 'closed'
          : null;
      },
      hints: 2,
      solution: [{ type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' }, get('/')],
    },
  ],
  quiz: [
    choose('life-browser-holds', ['data', 'id', 'password', 'row'], 'id', 'jar-stores'),
    spotHeader(
      'life-cookie-header',
      [
        'GET /me HTTP/1.1',
        'Host: shop.example',
        'User-Agent: Mozilla/5.0 (…) Chrome/142.0.0.0',
        'Accept: text/html',
        'Cookie: connect.sid=s%3AkJ3vQ9…wE.9fXa…; Path=/; HttpOnly',
      ],
      4,
      'cookie-returns',
    ),
    choose(
      'life-idle',
      ['after-30', 'stays', 'every-request', 'two-hours'],
      'stays',
      'last-activity',
    ),
    order('life-login', ['post', 'password', 'regenerate', 'bind', 'set-cookie'], 'login'),
    choose('life-lazy', ['timer', 'browser', 'lingers', 'null'], 'lingers', 'lazy-expiry'),
    choose(
      'life-destroy',
      ['cleared', 'error', 'still-in', 'cookie-stays'],
      'cookie-stays',
      'logout',
    ),
  ],
};
