/** Many visitors at once: the guest book of the course notes. */
import {
  get,
  JOON,
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
import { loggedInUser } from '../goals';

export const crowd: Chapter = {
  id: 'crowd',
  steps: [
    step(
      'stateless',
      [{ type: 'add-visitor', browser: 'Safari' }, get('/', 'v2')],
      ['request', 'guest-book'],
      'v2',
      predict('stateless-sent', 'cookie-sent', ['yes', 'no'], 'no'),
    ),
    step(
      'second-browser',
      [wait(1), get('/'), { type: 'add-visitor', browser: 'Edge' }, get('/', 'v3')],
      ['guest-book'],
      'v3',
    ),
    step(
      'two-logins',
      [wait(1), post('/login', JOON, 'v3'), post('/login', MINA)],
      ['guest-book'],
      'v3',
    ),
    step(
      'own-jars',
      [wait(1), get('/me', 'v3'), get('/me', 'v2')],
      ['jar', 'shop'],
      'v2',
      predict('own-jars-user', 'user', ['152', '214', 'none'], 'none'),
    ),
  ],
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
