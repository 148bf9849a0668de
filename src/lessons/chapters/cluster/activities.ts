/** The challenges and quiz of the chapter — Many servers: where sessions must live so that any server can answer. */
import { get, MINA, post, CHROME, choose, order, spotHeader } from '../../model';
import { exchangesSince, isRequest, loginsSince, pageUser } from '../../goals';
import type { ChapterActivities } from '../../model';

export const activities: ChapterActivities = {
  challenges: [
    {
      // Any server must know the login: sticky, replicated or central sessions all do it.
      id: 'survive-two-servers',
      after: 'lost-login',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const since = exchangesSince(world, start).filter((e) => e.visitorId === CHROME);
        const login = since.findLast((e) => isRequest(e, 'POST', '/login') && pageUser(e) === 152);
        return since.some(
          (e) =>
            login !== undefined &&
            e.id > login.id &&
            isRequest(e, 'GET', '/me') &&
            pageUser(e) === 152 &&
            e.node !== undefined &&
            e.node !== login.node,
        );
      },
      hints: 2,
      solution: [{ type: 'set-cluster', mode: 'central' }, post('/login', MINA), get('/me')],
    },
    {
      // Sticky sessions: nothing shared, the load balancer keeps Mina on the server that knows her.
      id: 'sticky-without-sharing',
      after: 'lost-login',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        if (world.cluster?.mode !== 'sticky') return false;
        const since = exchangesSince(world, start);
        return loginsSince(world, start, CHROME).some(
          (login) =>
            since.filter(
              (e) =>
                e.id > login.id &&
                e.visitorId === CHROME &&
                isRequest(e, 'GET', '/me') &&
                pageUser(e) === 152 &&
                e.node === login.node,
            ).length >= 2,
        );
      },
      nudge: (world, start) => {
        const mode = world.cluster?.mode;
        const since = exchangesSince(world, start);
        const meOk = since.some(
          (e) => e.visitorId === CHROME && isRequest(e, 'GET', '/me') && pageUser(e) === 152,
        );
        if ((mode === 'replicated' || mode === 'central') && meOk) return 'shared';
        const lost =
          mode === 'per-server' &&
          loginsSince(world, start, CHROME).some((login) =>
            since.some(
              (e) =>
                e.id > login.id &&
                e.visitorId === CHROME &&
                isRequest(e, 'GET', '/me') &&
                e.response.status === 401,
            ),
          );
        return lost ? 'lost' : null;
      },
      hints: 2,
      solution: [
        { type: 'set-cluster', mode: 'sticky' },
        post('/login', MINA),
        get('/me'),
        get('/me'),
      ],
    },
  ],
  quiz: [
    choose(
      'cluster-lost',
      ['forward', 'new-session', 'cookie-data', 'signed'],
      'new-session',
      'lost-login',
    ),
    choose('cluster-sticky', ['down', 'copies', 'redis', 'cookie'], 'down', 'sticky'),
    choose('cluster-replication', ['one', 'two', 'four', 'none'], 'four', 'replication'),
    order('cluster-central', ['login-a', 'write', 'next-b', 'read', 'answer'], 'central-store'),
    spotHeader(
      'cluster-cookie-name',
      [
        'HTTP/1.1 200 OK',
        'Content-Type: text/html; charset=utf-8',
        'Set-Cookie: JSESSIONID=9A1F5D0C3B7E42A8C6D1; Path=/; HttpOnly',
        'Cache-Control: no-store',
        'Content-Length: 1432',
      ],
      2,
      'frameworks',
    ),
  ],
};
