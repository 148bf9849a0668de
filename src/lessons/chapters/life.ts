/** One visitor's life, from the first request to logout. */
import { get, MINA, post, step, wait, CHROME, type Chapter } from '../model';
import { exchangesSince, isRequest, sessionIdOf } from '../goals';
import { findRow, isExpired } from '../../sim/server/guest-book';

export const life: Chapter = {
  id: 'life',
  steps: [
    step('welcome', [], ['shop', 'guest-book']),
    step('first-visit', [get('/')], ['request', 'trace']),
    step('row-created', [], ['guest-book']),
    step('set-cookie', [], ['response']),
    step('jar-stores', [], ['jar']),
    step('cookie-returns', [wait(3), get('/')], ['request']),
    step('last-activity', [], ['guest-book', 'trace']),
    step('login', [wait(1), post('/login', MINA)], ['trace', 'guest-book', 'response']),
    step('me', [wait(2), get('/me')], ['shop', 'trace']),
    step('idle', [wait(31)], ['clock', 'jar']),
    step('expired', [get('/me')], ['request', 'shop', 'guest-book']),
    // MemoryStore drops an expired session only when it reads it; all() reads every one.
    step('lazy-expiry', [{ type: 'collect-garbage' }], ['guest-book', 'clock']),
    step('login-again', [post('/login', MINA)], ['guest-book', 'jar']),
    step('logout', [wait(2), post('/logout')], ['trace', 'response', 'guest-book', 'jar']),
    step('after-logout', [get('/me')], ['request', 'shop']),
  ],
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
  ],
};
