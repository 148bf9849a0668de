/** Secure: the café link challenge and the quiz (loaded after the first paint). */
import {
  exchangesSince,
  isRequest,
  loggedInUser,
  pageUser,
  sentSessionCookie,
  sessionCookieName,
} from '../../goals';
import { choose, CHROME, get, MINA, order, post, spotHeader } from '../../model';
import type { ChapterActivities } from '../../model';
import type { World } from '../../../sim/world';
import { overHttp, shopCookie } from './steps';

/** Mina's plain-http requests since the challenge began. */
const cafeRequests = (world: World, start: World) =>
  exchangesSince(world, start).filter(
    (e) => e.visitorId === CHROME && e.request.url.startsWith('http:'),
  );

/** Firefox: another guest on the café's Wi-Fi. */
const FIREFOX = 'v4';

/** Every session cookie value that crossed the network in plain http, as anyone there read it. */
const overheard = (world: World): string[] =>
  world.exchanges
    .filter((e) => e.request.url.startsWith('http:'))
    .flatMap((e) => sentSessionCookie(world, e) ?? []);

/** Whether Mina's jar holds the session cookie, and whether it is Secure. */
const jarCookie = (world: World) =>
  world.visitors
    .find((v) => v.id === CHROME)
    ?.cookies.find((c) => c.name === sessionCookieName(world));

export const activities: ChapterActivities = {
  challenges: [
    {
      // The option alone is not enough: the cookie Mina already holds was set without Secure.
      id: 'secure-cafe-link',
      after: 'secure-withheld',
      setup: [
        { type: 'set-options', options: { cookie: shopCookie(false) } },
        { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
        post('/login', MINA),
      ],
      visitor: CHROME,
      goal: (world, start) => {
        const last = cafeRequests(world, start).at(-1);
        return (
          last !== undefined &&
          sentSessionCookie(world, last) === null &&
          jarCookie(world)?.secure === true &&
          loggedInUser(world, CHROME) === 152
        );
      },
      nudge: (world, start) => {
        const last = cafeRequests(world, start).at(-1);
        if (last && sentSessionCookie(world, last) !== null)
          return world.server.options.cookie.secure === true ? 'old-cookie' : 'sent-in-clear';
        if (last && loggedInUser(world, CHROME) !== 152) return 'logged-out';
        return null;
      },
      hints: 3,
      solution: [
        { type: 'set-options', options: { cookie: shopCookie(true) } },
        post('/login', MINA),
        overHttp('/me'),
      ],
    },
    {
      // What Secure prevents: the Cookie line read off the café's network is a working login.
      id: 'secure-eavesdrop',
      after: 'secure-withheld',
      setup: [
        { type: 'set-options', options: { cookie: shopCookie(false) } },
        { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
        post('/login', MINA),
        overHttp('/me'),
      ],
      visitor: FIREFOX,
      goal: (world, start) => {
        const seen = overheard(world);
        return exchangesSince(world, start).some(
          (e) =>
            e.visitorId === FIREFOX &&
            pageUser(e) === 152 &&
            seen.includes(sentSessionCookie(world, e) ?? ''),
        );
      },
      nudge: (world, start) => {
        const tries = exchangesSince(world, start).filter(
          (e) => e.visitorId === FIREFOX && isRequest(e, 'GET', '/me'),
        );
        const last = tries.at(-1);
        if (!last || last.response.status !== 401) return null;
        return sentSessionCookie(world, last) === null ? 'no-cookie' : 'wrong-value';
      },
      hints: 3,
      solution: [
        { type: 'copy-cookie', from: CHROME, to: FIREFOX, name: 'connect.sid' },
        get('/me', FIREFOX),
      ],
    },
  ],
  quiz: [
    choose(
      'secure-eavesdropper',
      ['cookie-header', 'nothing', 'password-only', 'server-name-only'],
      'cookie-header',
      'secure-cafe',
    ),
    choose(
      'secure-https-sees',
      ['name-and-size', 'whole-request', 'nothing-at-all', 'cookie-only'],
      'name-and-size',
      'secure-https',
    ),
    choose(
      'secure-option-http',
      ['no-set-cookie', 'secure-cookie', 'plain-cookie', 'error'],
      'no-set-cookie',
      'secure-no-cookie',
    ),
    order('secure-steps', ['option', 'login', 'jar', 'withheld'], 'secure-withheld'),
    spotHeader(
      'secure-http-answer',
      [
        'HTTP/1.1 200 OK',
        'Content-Type: application/json; charset=utf-8',
        'Content-Length: 52',
        'Set-Cookie: connect.sid=s%3AkP9w…; Path=/; Expires=Tue, 01 Dec 2026 10:30:00 GMT; HttpOnly; Secure',
      ],
      3,
      'secure-no-cookie',
    ),
  ],
};
