/**
 * Differential suite for the Flask engine: the REAL Flask 2.2 (Debian's python3-flask on
 * /usr/bin/python3, Werkzeug's development server) and Flask-Session 0.3.2 run the shop beside
 * the simulator. One driver sends the same requests to both, each side with its own cookie jar,
 * and after every request compares status, body, the response header names in order, every
 * Set-Cookie line byte for byte, and the store: Flask-Session's files (named md5("session:" +
 * ID)), each one's expiry and the session pickled in it; for Flask's own cookie session, that
 * there is no file at all.
 *
 * Time and IDs are pinned, so every value is compared exactly: the real app reads the lesson's
 * clock from each request (itsdangerous's timestamp, Expires and cachelib's expiry follow it),
 * and makes its uuid4 session IDs from the same sequence as the simulator (see real-flask-app).
 * A wait moves both clocks at once, so 32 days take no time.
 *
 * Left out on purpose: the Date value (Werkzeug writes the real time; its format is checked).
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { LESSON_START } from '../../clock';
import { dataOf } from './php-file';
import type { GuestBook } from '../guest-book';
import { defaultOptions } from '../options';
import { flaskDict, type FlaskSettings } from './flask-file';
import { dumpCookie, FLASK_DEFAULTS, FLASK_SID_SHAPE } from './flask-session';
import {
  describeNativeDiff,
  get,
  JOURNEY,
  login,
  post,
  runNativeScenario,
  wait,
  WRONG_LOGIN,
  type NativeStep,
} from './native-diff';
import { hasFlask, lessonIds, startRealFlask, type FlaskFile } from './real-flask-app';

const DAY = 24 * 60 * 60 * 1000;
const SECRET = FLASK_DEFAULTS.secretKey;

interface Scenario {
  name: string;
  flask?: Partial<FlaskSettings>;
  /** How far both clocks move for a wait. */
  waitMs?: number;
  steps: NativeStep[];
}

const FILES = { sessionType: 'filesystem' } as const;
const at = (day: number) => Math.floor((LESSON_START + day * DAY) / 1000);
// Cookies made with the key or without it; every request of a scenario before a wait runs at
// LESSON_START, so a cookie signed then is what the shop itself would have sent.
const signed = (dict: Record<string, unknown>, secret = SECRET, day = 0) =>
  dumpCookie(secret, dict, at(day));
const mina = await signed({ user_id: 152 });
const [payload, stamp, sig] = mina.split('.') as [string, string, string];
const joonPayload = (await signed({ user_id: 214 })).split('.')[0]!;
// The 27th character of a signature carries 4 bits of the 20 bytes; its last 2 bits are ignored.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const lastSextet = ALPHABET.indexOf(sig.at(-1)!);
const sameBits = `${sig.slice(0, -1)}${ALPHABET[lastSextet ^ 1]}`;
const otherBits = `${sig.slice(0, -1)}${ALPHABET[lastSextet ^ 4]}`;

const SCENARIOS: Scenario[] = [
  {
    name: 'cookie: a first visit sends no cookie and keeps no file',
    steps: [get('/'), get('/me')],
  },
  {
    name: 'cookie: the whole journey, every signed cookie byte for byte, logout deletes it',
    steps: JOURNEY,
  },
  { name: 'cookie: wrong password and a page that needs login', steps: WRONG_LOGIN },
  {
    name: 'cookie: a cookie signed with the app’s key is believed without any lookup',
    steps: [get('/me', { cookie: `session=${mina}` }), get('/')],
  },
  {
    name: 'cookie: forged with another key, or the payload swapped, the signature fails',
    steps: [
      get('/me', { cookie: `session=${await signed({ user_id: 152 }, 'guessed')}` }),
      get('/me', { cookie: `session=${joonPayload}.${stamp}.${sig}` }),
      get('/me', { cookie: `session=${payload}.${stamp}` }),
      get('/me', { cookie: 'session=not-signed' }),
    ],
  },
  {
    name: 'cookie: base64 as Python reads it: the signature’s unused last bits do not count',
    steps: [
      get('/me', { cookie: `session=${payload}.${stamp}.${sameBits}` }),
      get('/me', { cookie: `session=${payload}.${stamp}.${otherBits}` }),
    ],
  },
  {
    name: 'cookie: older than PERMANENT_SESSION_LIFETIME (31 days), the signature is refused',
    waitMs: 32 * DAY,
    steps: [login(), get('/me'), wait, get('/me'), post('/cart', { item: 'milk' })],
  },
  {
    name: 'cookie: a browser-session cookie is not signed again: 20 + 20 days idle and it is too old',
    waitMs: 20 * DAY,
    steps: [login(), wait, get('/me'), wait, get('/me')],
  },
  {
    name: 'cookie: session.permanent on login: Expires in 31 days, signed again on every request',
    flask: { permanentOnLogin: true },
    waitMs: 20 * DAY,
    steps: [get('/'), login(), wait, get('/me'), wait, get('/me'), get('/nothing')],
  },
  {
    name: 'cookie: a long cart is zlib-compressed behind a leading dot',
    steps: [
      ...Array.from({ length: 6 }, () => post('/cart', { item: 'milk milk milk milk' })),
      get('/'),
      login(),
      get('/me'),
    ],
  },
  {
    name: 'cookie: logout without a session still deletes the cookie; two cookies, the first wins',
    steps: [
      post('/logout'),
      login(),
      get('/me', { cookie: 'session=$JAR; session=other' }),
      get('/me', { cookie: 'session=other; session=$JAR' }),
    ],
  },
  {
    name: 'filesystem: a first visit makes a file and an ID cookie with Expires (SESSION_PERMANENT)',
    flask: FILES,
    steps: [get('/'), get('/'), get('/nothing')],
  },
  {
    name: 'filesystem: the whole journey; logout deletes the file and the cookie',
    flask: FILES,
    steps: JOURNEY,
  },
  {
    name: 'filesystem: an unknown ID is adopted, and without a renewal call the login keeps it',
    flask: FILES,
    steps: [
      post('/cart', { item: 'bait' }, { cookie: 'session=attacker-chosen' }),
      login(),
      get('/me', { cookie: 'session=attacker-chosen' }),
    ],
  },
  {
    name: 'filesystem, SESSION_USE_SIGNER: the ID is signed, a made-up one replaced',
    flask: { ...FILES, useSigner: true },
    steps: [get('/'), login(), get('/me'), get('/me', { cookie: 'session=attacker-chosen' })],
  },
  {
    name: 'filesystem, SESSION_PERMANENT off: nothing saved until the cart, no Expires',
    flask: { ...FILES, sessionPermanent: false },
    steps: [get('/'), get('/'), post('/cart', { item: 'milk' }), login(), post('/logout')],
  },
  {
    name: 'filesystem: a file past its 31 days is not read; the same ID starts empty',
    flask: FILES,
    waitMs: 32 * DAY,
    steps: [login({ save: true }), wait, get('/me', { cookie: 'session=$SAVED' }), get('/me')],
  },
];

type Store = Record<string, FlaskFile>;

const fileName = (sid: string) => createHash('md5').update(`session:${sid}`).digest('hex');

const simStore = (book: GuestBook): Store =>
  Object.fromEntries(
    book.map((r) => {
      const native = r.native?.engine === 'flask' ? r.native : undefined;
      return [
        fileName(r.id),
        {
          expires: Math.floor((native?.expires ?? 0) / 1000),
          data: flaskDict(dataOf(r), native?.permanent ?? false),
        },
      ];
    }),
  );

let run = 0;

describeNativeDiff({
  title: 'Flask 2.2 sessions: simulator beside the real Flask and Flask-Session',
  label: 'flask differential',
  available: hasFlask(),
  missing:
    'python3-flask or python3-flask-session is not installed (apt-get install python3-flask python3-flask-session): the Flask differential is skipped',
  start: () => startRealFlask({ ...FLASK_DEFAULTS, type: 'cookie', run: 0 }),
  startTimeout: 20_000,
  scenarios: SCENARIOS,
  async run(flask, scenario) {
    const s: FlaskSettings = { ...FLASK_DEFAULTS, ...scenario.flask };
    flask.clear();
    flask.configure({
      type: s.sessionType,
      permanentOnLogin: s.permanentOnLogin,
      sessionPermanent: s.sessionPermanent,
      useSigner: s.useSigner,
      secretKey: s.secretKey,
      run: ++run,
    });
    await runNativeScenario(scenario.steps, {
      cookieName: 'session',
      idShape: FLASK_SID_SHAPE,
      ignoredHeaders: [],
      simulatedWait: scenario.waitMs ?? 0,
      realWaitMs: 0,
      newId: lessonIds(),
      simState: { options: defaultOptions('unused by Flask'), engine: 'flask', flask: s },
      sendReal: (req, now) => flask.send(req, now),
      realStore: () => flask.store(),
      simStore,
      checkIds(real, book) {
        if (s.sessionType === 'cookie') {
          expect(Object.keys(real), 'Flask’s cookie session keeps no file').toEqual([]);
          expect(book, 'nor does the simulated one keep a row').toEqual([]);
        }
      },
      viewStore: (store) => ({ files: store }),
    });
  },
});
