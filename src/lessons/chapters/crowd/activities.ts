/** The challenges and quiz of the chapter — Many visitors at once: the guest book of the course notes. */
import { CHROME, get, JOON, MINA, post, choose, order, spotHeader } from '../../model';
import { exchangesSince, isRequest, loggedInUser, pageUser } from '../../goals';
import type { ChapterActivities } from '../../model';

export const activities: ChapterActivities = {
  challenges: [
    {
      id: 'two-users',
      after: 'second-browser',
      setup: [],
      visitor: 'v2',
      goal: (world) => {
        const users = world.visitors.map((v) => loggedInUser(world, v.id));
        return users.includes(152) && users.includes(214);
      },
      hints: 2,
      solution: [post('/login', MINA), post('/login', JOON, 'v2')],
    },
    {
      // Logging out destroys the one session whose cookie came with the request.
      id: 'log-out-one',
      after: 'own-jars',
      setup: [],
      visitor: 'v3',
      goal: (world, start) => {
        const since = exchangesSince(world, start);
        const logout = since.find((e) => e.visitorId === 'v3' && isRequest(e, 'POST', '/logout'));
        return (
          logout !== undefined &&
          loggedInUser(world, 'v3') === null &&
          since.some(
            (e) =>
              e.id > logout.id &&
              e.visitorId === CHROME &&
              isRequest(e, 'GET', '/me') &&
              pageUser(e) === 152,
          )
        );
      },
      nudge: (world, start) =>
        exchangesSince(world, start).some(
          (e) => e.visitorId === CHROME && isRequest(e, 'POST', '/logout'),
        )
          ? 'wrong-one'
          : null,
      hints: 2,
      solution: [post('/logout', {}, 'v3'), get('/me')],
    },
  ],
  quiz: [
    choose('crowd-tell-apart', ['ip', 'cookie', 'agent', 'arrival'], 'cookie', 'second-browser'),
    choose('crowd-null', ['expired', 'logged-out', 'guest', 'failed'], 'guest', 'two-logins'),
    choose('crowd-other-browser', ['yes-computer', 'yes-ip', 'no'], 'no', 'own-jars'),
    order(
      'crowd-first-visit',
      ['no-cookie', 'create', 'set-cookie', 'store', 'send-back'],
      'stateless',
    ),
    spotHeader(
      'crowd-response-cookie',
      [
        'HTTP/1.1 200 OK',
        'Content-Type: text/html; charset=utf-8',
        'Cache-Control: no-store',
        'Cookie: connect.sid=s%3AR2dTx8…Lq.Hk0b…',
        'Content-Length: 1432',
      ],
      3,
      'stateless',
    ),
  ],
};
