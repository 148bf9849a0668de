/**
 * Differential suite for the Tomcat engine: a REAL Tomcat 10 (Debian's tomcat10, the shop as a
 * servlet compiled with javac, started once) runs beside the simulator. One driver sends the
 * same requests to both, each side with its own cookie jar, and after every request compares
 * status, body, the headers in the order they left (names), every Set-Cookie line, and the
 * session manager: which sessions are live, their attributes and their maxInactiveInterval.
 *
 * Tomcat makes its own random IDs, so IDs of its shape (32 upper-case hex characters) are
 * compared as tokens in order of appearance on each side, after checking the shape.
 *
 * Time: a scenario that waits runs the real Tomcat with setMaxInactiveInterval(2) and sleeps
 * 3 s, while the simulator keeps the default 30 minutes and moves its own clock 31 minutes.
 *
 * Left out on purpose: the connector's Connection header, the Date value (its format is
 * checked), and the maxInactiveInterval of scenarios that wait (2 s against 1800 s, as said).
 */
import { expect } from 'vitest';
import { MINUTE } from '../../clock';
import { isExpired, type GuestBook } from '../guest-book';
import { defaultOptions } from '../options';
import {
  describeNativeDiff,
  get,
  JOURNEY,
  login,
  post,
  runNativeScenario,
  wait,
  waits,
  WRONG_LOGIN,
  type NativeStep,
} from './native-diff';
import { dataOf } from './php-file';
import { hasTomcat, startRealTomcat, type TomcatSession } from './real-tomcat-app';
import { TOMCAT_DEFAULTS, TOMCAT_SID_SHAPE } from './tomcat-session';

interface Scenario {
  name: string;
  regenerate?: boolean;
  steps: NativeStep[];
}

const PLANTED = 'JSESSIONID=0123456789ABCDEF0123456789ABCDEF';

const SCENARIOS: Scenario[] = [
  {
    name: 'first visit: a new ID of 32 hex characters, Path=/, HttpOnly',
    steps: [get('/'), get('/')],
  },
  {
    name: 'journey: cart, login changes the ID, my page, logout invalidates and clears',
    steps: JOURNEY,
  },
  {
    name: 'wrong password and a page that needs login',
    steps: WRONG_LOGIN,
  },
  {
    name: 'login on a first request: one Set-Cookie, the changed ID',
    steps: [login(), get('/me')],
  },
  {
    name: 'changeSessionId(): the old ID is dead, a new session is made for it',
    steps: [
      get('/'),
      login({ save: true }),
      get('/me', { cookie: 'JSESSIONID=$SAVED' }),
      get('/me'),
    ],
  },
  {
    name: 'unknown ID: never adopted, a new ID is sent',
    steps: [get('/', { cookie: PLANTED }), get('/me')],
  },
  {
    name: 'session fixation attempt without changeSessionId(): the planted ID is still refused',
    regenerate: false,
    steps: [get('/', { cookie: PLANTED }), login({ cookie: PLANTED }), get('/me')],
  },
  {
    name: 'two JSESSIONID cookies: the first that names a live session wins',
    steps: [
      login(),
      get('/me', { cookie: 'JSESSIONID=$JAR; JSESSIONID=nope' }),
      get('/me', { cookie: 'JSESSIONID=nope; JSESSIONID=$JAR' }),
    ],
  },
  {
    name: 'idle past maxInactiveInterval: expired on the server, a new empty session',
    steps: [login(), wait, get('/me'), get('/me')],
  },
  {
    name: 'active within maxInactiveInterval: each request restarts the countdown',
    steps: [login(), get('/me'), get('/me')],
  },
  {
    name: 'logout, then the old cookie replayed: refused, a new session',
    steps: [
      login(),
      get('/me', { save: true }),
      post('/logout'),
      get('/me', { cookie: 'JSESSIONID=$SAVED' }),
    ],
  },
];

/** The simulated manager's live sessions, as the servlet's listener lists them. */
const simSessions = (book: GuestBook, now: number): TomcatSession[] =>
  book
    .filter((r) => !isExpired(r, now))
    .map((r) => {
      const data = dataOf(r);
      return {
        id: r.id,
        maxInactiveInterval: r.native?.engine === 'tomcat' ? r.native.maxInactiveInterval : -1,
        userId: data.userId ?? null,
        cart: JSON.stringify(data.cart ?? []),
      };
    });

describeNativeDiff({
  title: 'Tomcat 10 sessions: simulator beside the real Tomcat',
  label: 'tomcat differential',
  available: hasTomcat(),
  missing:
    'tomcat10 or javac is missing (apt-get install tomcat10 openjdk-17-jdk-headless): the Tomcat differential is skipped',
  start: startRealTomcat,
  startTimeout: 180_000,
  stopTimeout: 60_000,
  scenarios: SCENARIOS,
  async run(tomcat, scenario) {
    const compareMaxInactive = !waits(scenario.steps);
    tomcat.configure({
      maxInactive: compareMaxInactive ? 1800 : 2,
      regenerate: scenario.regenerate ?? true,
    });
    // Sessions other scenarios left behind are not this scenario's.
    const before = new Set((await tomcat.sessions()).map((s) => s.id));
    await runNativeScenario(scenario.steps, {
      cookieName: 'JSESSIONID',
      idShape: TOMCAT_SID_SHAPE,
      ignoredHeaders: ['Connection'],
      simulatedWait: 31 * MINUTE,
      simState: {
        options: defaultOptions('unused by Tomcat'),
        engine: 'tomcat',
        tomcat: TOMCAT_DEFAULTS,
        app: { regenerateOnLogin: scenario.regenerate ?? true },
      },
      sendReal: (req) => tomcat.send(req),
      realStore: async () => (await tomcat.sessions()).filter((s) => !before.has(s.id)),
      simStore: simSessions,
      checkIds(realSessions, book) {
        for (const s of realSessions) expect(s.id, 'a real Tomcat ID').toMatch(TOMCAT_SID_SHAPE);
        for (const r of book) expect(r.id, 'a simulated Tomcat ID').toMatch(TOMCAT_SID_SHAPE);
      },
      // Read after the cookies: a session the cookies did not name gets its token here.
      viewStore: (sessions, token) => ({
        manager: Object.fromEntries(
          [...sessions]
            .sort((a, b) => (a.id < b.id ? -1 : 1))
            .map((s) => [
              token(s.id),
              {
                userId: s.userId,
                cart: s.cart,
                ...(compareMaxInactive ? { max: s.maxInactiveInterval } : {}),
              },
            ]),
        ),
      }),
    });
  },
});
