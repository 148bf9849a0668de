/** Stateless HTTP, shown: its challenges and quiz (loaded after the first paint). */
import { exchangesSince, isRequest, pageUser } from '../../goals';
import { choose, get, MINA, order, post, spotHeader } from '../../model';
import type { ChapterActivities } from '../../model';
import type { World } from '../../../sim/world';
import { SAFARI } from './steps';

/** Safari's exchanges since the challenge began. */
const safari = (world: World, start: World) =>
  exchangesSince(world, start).filter((e) => e.visitorId === SAFARI);

export const activities: ChapterActivities = {
  challenges: [
    {
      // The login sticks only when the browser may keep the session cookie and send it back.
      id: 'login-sticks',
      after: 'stateless-login',
      setup: [],
      visitor: SAFARI,
      goal: (world, start) =>
        safari(world, start).some((e) => isRequest(e, 'GET', '/me') && pageUser(e) === 152),
      nudge: (world, start) =>
        safari(world, start).some((e) => isRequest(e, 'GET', '/me') && e.response.status === 401) &&
        world.visitors.find((v) => v.id === SAFARI)?.cookiesBlocked
          ? 'blocked'
          : null,
      hints: 2,
      solution: [
        { type: 'block-cookies', visitorId: SAFARI, blocked: false },
        post('/login', MINA, SAFARI),
        get('/me', SAFARI),
      ],
    },
    {
      // Without a cookie every request is a stranger's: three requests, three sessions.
      id: 'three-strangers',
      after: 'stateless-login',
      setup: [{ type: 'block-cookies', visitorId: SAFARI, blocked: false }],
      visitor: SAFARI,
      goal: (world, start) => {
        // Three requests in a row from Safari, each starting a session of its own.
        const runs = safari(world, start).map((e) => e.diff.inserted.length > 0);
        return runs.some((_, i) => i >= 2 && runs[i] && runs[i - 1] && runs[i - 2]);
      },
      nudge: (world, start) => {
        const runs = safari(world, start).map((e) => e.diff.inserted.length > 0);
        return runs.length >= 2 && runs.at(-2) && !runs.at(-1) ? 'remembered' : null;
      },
      hints: 2,
      solution: [
        { type: 'block-cookies', visitorId: SAFARI, blocked: true },
        get('/', SAFARI),
        get('/', SAFARI),
        get('/', SAFARI),
      ],
    },
  ],
  quiz: [
    choose(
      'stateless-meaning',
      ['no-memory', 'no-server', 'no-https', 'one-request'],
      'no-memory',
      'stateless-blocked',
    ),
    choose('stateless-rows', ['one', 'three', 'none', 'two'], 'three', 'stateless-again'),
    choose('stateless-login', ['200', '401', '403', '500'], '401', 'stateless-login'),
    order(
      'stateless-remember',
      ['set-cookie', 'store', 'send-back', 'recognise'],
      'stateless-again',
    ),
    spotHeader(
      'stateless-blocked-request',
      [
        'GET /me HTTP/1.1',
        'Host: shop.example',
        'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15',
        'Cookie: connect.sid=s%3AkP9w…',
        'Accept: application/json',
      ],
      3,
      'stateless-login',
    ),
  ],
};
