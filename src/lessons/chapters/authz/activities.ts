/** Authentication vs authorization: its challenges and quiz (loaded after the first paint). */
import { exchangesSince, isRequest } from '../../goals';
import { choose, CHROME, get, order, post, spotHeader } from '../../model';
import type { ChapterActivities } from '../../model';
import type { Exchange, World } from '../../../sim/world';
import { SORA } from './steps';

const SAFARI = 'v2';

/** The admin page's answers since the challenge began, from one visitor or any. */
const adminVisits = (world: World, start: World, visitorId?: string): Exchange[] =>
  exchangesSince(world, start).filter(
    (e) => isRequest(e, 'GET', '/admin') && (visitorId === undefined || e.visitorId === visitorId),
  );

export const activities: ChapterActivities = {
  challenges: [
    {
      // Authorization comes with the account, not with the session: log in as the admin.
      id: 'open-admin',
      after: 'authz-user',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => adminVisits(world, start).some((e) => e.response.status === 200),
      nudge: (world, start) =>
        adminVisits(world, start).at(-1)?.response.status === 403 ? 'forbidden' : null,
      hints: 2,
      solution: [post('/logout'), post('/login', SORA), get('/admin')],
    },
    {
      // A 403 needs a known visitor: Safari must log in first, as someone who is not an admin.
      id: 'forbidden-not-unknown',
      after: 'authz-user',
      setup: [],
      visitor: SAFARI,
      goal: (world, start) =>
        adminVisits(world, start, SAFARI).some((e) => e.response.status === 403),
      nudge: (world, start) => {
        const last = adminVisits(world, start, SAFARI).at(-1)?.response.status;
        return last === 401 ? 'unknown' : last === 200 ? 'admin' : null;
      },
      hints: 2,
      solution: [
        post('/login', { username: 'mina', password: 'sesame' }, SAFARI),
        get('/admin', SAFARI),
      ],
    },
  ],
  quiz: [
    choose('authz-401', ['who', 'may-not', 'not-found', 'server-error'], 'who', 'authz-guest'),
    choose('authz-403', ['who', 'may-not', 'log-in-again', 'expired'], 'may-not', 'authz-user'),
    choose('authz-joon', ['200', '401', '403', '404'], '403', 'authz-user'),
    choose(
      'authz-where',
      ['cookie-role', 'server-account', 'browser', 'url'],
      'server-account',
      'authz-admin',
    ),
    order('authz-order', ['cookie', 'session', 'user', 'role', 'answer'], 'authz-admin'),
    spotHeader(
      'authz-status',
      [
        'HTTP/1.1 403 Forbidden',
        'X-Powered-By: Express',
        'Set-Cookie: connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
        'Content-Type: application/json; charset=utf-8',
        'Content-Length: 58',
      ],
      2,
      'authz-user',
    ),
  ],
};
