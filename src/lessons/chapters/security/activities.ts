/** The challenges and quiz of the chapter — Security: what the cookie proves, and how it is protected. */
import { CHROME, get, MINA, post, choose, order, spotHeader } from '../../model';
import { MINUTE } from '../../../sim/clock';
import type { World } from '../../../sim/world';
import {
  exchangesSince,
  isRequest,
  issuedTo,
  loggedInUser,
  loginsSince,
  pageUser,
  sentSessionCookie,
  setSessionCookie,
} from '../../goals';
import type { ChapterActivities } from '../../model';

/** Mina's logins in Chrome since the challenge began that carried an ID the attacker was given. */
const plantedLogins = (world: World, start: World) =>
  loginsSince(world, start, CHROME).filter((login) => {
    const sent = sentSessionCookie(world, login);
    return sent !== null && issuedTo(world, sent) === 'v4';
  });

/** The attacker's My page, sent with the planted ID after that login. */
const attackerTries = (world: World, start: World, login: { id: number }, planted: string | null) =>
  exchangesSince(world, start).filter(
    (e) =>
      e.id > login.id &&
      e.visitorId === 'v4' &&
      isRequest(e, 'GET', '/me') &&
      sentSessionCookie(world, e) === planted,
  );

/** What a page script read in Chrome's Console since the challenge began. */
const consoleReads = (world: World, start: World) =>
  (world.visitors.find((v) => v.id === CHROME)?.consoleLog ?? []).slice(
    start.visitors.find((v) => v.id === CHROME)?.consoleLog?.length ?? 0,
  );

const SHOP_COOKIE = { path: '/', secure: false, maxAge: 30 * MINUTE };

export const activities: ChapterActivities = {
  challenges: [
    {
      // Session hijacking by hand: copy the cookie in DevTools, paste it in another browser.
      id: 'steal-without-password',
      after: 'httponly',
      setup: [{ type: 'add-visitor', browser: 'Firefox' }],
      visitor: 'v4',
      goal: (world, start) => {
        const since = exchangesSince(world, start).filter((e) => e.visitorId === 'v4');
        return (
          !since.some((e) => isRequest(e, 'POST', '/login') && e.request.body.includes('mina')) &&
          since.some((e) => isRequest(e, 'GET', '/me') && pageUser(e) === 152)
        );
      },
      nudge: (world, start) =>
        exchangesSince(world, start).some(
          (e) => e.visitorId === 'v4' && isRequest(e, 'POST', '/login'),
        )
          ? 'password'
          : null,
      hints: 3,
      solution: [
        { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'connect.sid' },
        get('/me', 'v4'),
      ],
    },
    {
      id: 'stolen-worthless',
      after: 'stolen',
      setup: [],
      visitor: 'v4',
      goal: (world, start) => {
        const stolen = start.visitors
          .find((v) => v.id === 'v4')
          ?.cookies.find((c) => c.name === world.server.options.name)?.value;
        return exchangesSince(world, start).some(
          (e) =>
            e.visitorId === 'v4' &&
            isRequest(e, 'GET', '/me') &&
            e.response.status === 401 &&
            stolen !== undefined &&
            sentSessionCookie(world, e) === stolen,
        );
      },
      nudge: (world, start) => {
        const before = start.visitors.find((v) => v.id === 'v4')?.cookies;
        const now = world.visitors.find((v) => v.id === 'v4')?.cookies;
        return JSON.stringify(before?.map((c) => c.value)) !==
          JSON.stringify(now?.map((c) => c.value))
          ? 'thief-side'
          : null;
      },
      hints: 2,
      solution: [post('/logout'), get('/me', 'v4')],
    },
    {
      // Session fixation, performed by the student against a login that keeps the ID.
      id: 'plant-session-id',
      after: 'logout-public-pc',
      setup: [{ type: 'set-app', app: { regenerateOnLogin: false } }],
      visitor: 'v4',
      goal: (world, start) =>
        !exchangesSince(world, start).some(
          (e) => e.visitorId === 'v4' && isRequest(e, 'POST', '/login'),
        ) &&
        plantedLogins(world, start).some((login) =>
          attackerTries(world, start, login, sentSessionCookie(world, login)).some(
            (e) => pageUser(e) === 152,
          ),
        ),
      nudge: (world, start) => {
        const since = exchangesSince(world, start);
        const stolenAfter = since.some((e) => {
          const sent = sentSessionCookie(world, e);
          return (
            e.visitorId === 'v4' &&
            pageUser(e) === 152 &&
            sent !== null &&
            issuedTo(world, sent) === CHROME
          );
        });
        if (stolenAfter) return 'after-login';
        const renewed = plantedLogins(world, start).some((login) => {
          const set = setSessionCookie(world, login);
          return set !== null && set !== sentSessionCookie(world, login);
        });
        return renewed ? 'renewed' : null;
      },
      hints: 3,
      solution: [
        { type: 'copy-cookie', from: 'v4', to: CHROME, name: 'connect.sid' },
        post('/login', MINA),
        get('/me', 'v4'),
      ],
    },
    {
      // The defence: renew the ID at login, and the planted one opens nothing.
      id: 'stop-fixation',
      after: 'fixation',
      setup: [
        post('/logout'),
        { type: 'set-app', app: { regenerateOnLogin: false } },
        { type: 'copy-cookie', from: 'v4', to: CHROME, name: 'connect.sid' },
      ],
      visitor: CHROME,
      goal: (world, start) =>
        plantedLogins(world, start).some((login) => {
          const planted = sentSessionCookie(world, login);
          const set = setSessionCookie(world, login);
          return (
            set !== null &&
            set !== planted &&
            attackerTries(world, start, login, planted).some((e) => e.response.status === 401)
          );
        }),
      nudge: (world, start) => {
        const attackerIn = plantedLogins(world, start).some((login) =>
          attackerTries(world, start, login, sentSessionCookie(world, login)).some(
            (e) => pageUser(e) === 152,
          ),
        );
        if (attackerIn) return 'attacker-in';
        const careful = loginsSince(world, start, CHROME).some((login) => {
          const sent = sentSessionCookie(world, login);
          return sent === null || issuedTo(world, sent) !== 'v4';
        });
        return careful ? 'not-planted' : null;
      },
      hints: 2,
      solution: [
        { type: 'set-app', app: { regenerateOnLogin: true } },
        post('/login', MINA),
        get('/me', 'v4'),
      ],
    },
    {
      // What HttpOnly hides: the same document.cookie, before and after the option.
      id: 'hide-from-scripts',
      after: 'httponly',
      setup: [
        { type: 'set-options', options: { cookie: { ...SHOP_COOKIE, httpOnly: false } } },
        // A session keeps the cookie options it was made with: a new login takes the new ones.
        post('/login', MINA),
      ],
      visitor: CHROME,
      goal: (world, start) => {
        const reads = consoleReads(world, start);
        const seen = reads.findIndex((r) => r.includes('connect.sid='));
        const last = reads.at(-1);
        const cookie = world.visitors
          .find((v) => v.id === CHROME)
          ?.cookies.find((c) => c.name === world.server.options.name);
        return (
          seen >= 0 &&
          seen < reads.length - 1 &&
          last !== undefined &&
          !last.includes('connect.sid=') &&
          cookie?.httpOnly === true &&
          loggedInUser(world, CHROME) === 152
        );
      },
      nudge: (world, start) => {
        const cookie = world.visitors
          .find((v) => v.id === CHROME)
          ?.cookies.find((c) => c.name === world.server.options.name);
        const reads = consoleReads(world, start);
        if (!cookie && reads.length > 0 && !reads.at(-1)!.includes('connect.sid='))
          return 'no-cookie';
        if (cookie && !cookie.httpOnly && world.server.options.cookie.httpOnly)
          return 'old-session';
        return null;
      },
      hints: 3,
      solution: [
        { type: 'run-console', visitorId: CHROME },
        { type: 'set-options', options: { cookie: { ...SHOP_COOKIE, httpOnly: true } } },
        post('/logout'),
        post('/login', MINA),
        { type: 'run-console', visitorId: CHROME },
      ],
    },
  ],
  quiz: [
    choose(
      'security-httponly',
      ['https', 'scripts', 'encrypt', 'other-sites'],
      'scripts',
      'httponly',
    ),
    choose(
      'security-tamper',
      ['new-session', 'error', 'enters', 'blocked'],
      'new-session',
      'tamper',
    ),
    choose(
      'security-stolen',
      ['close-tab', 'clear-own', 'logout', 'new-ip'],
      'logout',
      'logout-public-pc',
    ),
    order('security-fixation', ['get-id', 'plant', 'login', 'renew', 'refused'], 'fixation'),
    spotHeader(
      'security-samesite-none',
      [
        'HTTP/1.1 302 Found',
        'Location: /me',
        'Set-Cookie: theme=dark; Path=/; SameSite=Lax',
        'Set-Cookie: connect.sid=s%3AF4xq…Zs.p2Lw…; Path=/; HttpOnly; SameSite=None',
        'Cache-Control: no-store',
      ],
      3,
      'logout-public-pc',
    ),
  ],
};
