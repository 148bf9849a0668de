/**
 * Differential suite for the PHP engine: the REAL php-cli 8.2 (its built-in server, its session
 * module, its files store, Debian's php.ini) runs the shop beside the simulator. One driver sends
 * the same requests to both, each side with its own cookie jar, and after every request compares
 * status, body, the headers in the order they left (names), every Set-Cookie line, and the store:
 * which `sess_<id>` files exist and the exact text in each.
 *
 * PHP makes its own random IDs, so IDs of PHP's shape (26 characters of 0-9a-v) are compared as
 * tokens in order of appearance on each side, after checking the shape; an ID a client makes up
 * is compared as it is.
 *
 * Time: the real server cannot read a fake clock. A scenario that waits runs the real PHP with
 * gc_maxlifetime = 2 s and sleeps 3 s, while the simulator keeps Debian's 1440 s and moves its
 * own clock 25 minutes: both are "idle past gc_maxlifetime".
 *
 * Left out on purpose: php -S's own Host and Connection response headers (a web server's, not
 * the session module's), and the Date value (its format is checked).
 */
import { expect } from 'vitest';
import { MINUTE } from '../../clock';
import type { GuestBook } from '../guest-book';
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
import { dataOf, PHP_DEFAULTS, PHP_SID_SHAPE, phpSerialize, type PhpSettings } from './php-session';
import { hasPhp, startRealPhp } from './real-php-app';

interface Scenario {
  name: string;
  ini?: Partial<PhpSettings>;
  /** session_regenerate_id(true) on login (the shop's default). */
  regenerate?: boolean;
  steps: NativeStep[];
}

const GC_EVERY_TIME = { gcProbability: 1, gcDivisor: 1 };

const SCENARIOS: Scenario[] = [
  { name: 'first visit: a new ID, an empty file', steps: [get('/'), get('/')] },
  {
    name: 'journey: cart, login renews the ID, my page, logout clears the cookie',
    steps: JOURNEY,
  },
  {
    name: 'wrong password and a page that needs login',
    steps: WRONG_LOGIN,
  },
  {
    name: 'login renews the ID: the old one comes back as a new, empty session (adopted)',
    steps: [
      get('/'),
      login({ save: true }),
      get('/me', { cookie: 'PHPSESSID=$SAVED' }),
      get('/me'),
    ],
  },
  {
    name: 'unknown ID: PHP adopts it (use_strict_mode off)',
    steps: [get('/', { cookie: 'PHPSESSID=attackerchosen123' }), get('/me')],
  },
  {
    name: 'session fixation: a planted ID, login without regenerate, the attacker’s ID is logged in',
    regenerate: false,
    steps: [
      post('/cart', { item: 'bait' }, { cookie: 'PHPSESSID=attackerchosen123' }),
      login(),
      get('/me', { cookie: 'PHPSESSID=attackerchosen123' }),
    ],
  },
  {
    name: 'the same planted ID with regenerate on login: the attacker’s ID is left empty',
    steps: [
      get('/', { cookie: 'PHPSESSID=attackerchosen123' }),
      login(),
      get('/me', { cookie: 'PHPSESSID=attackerchosen123' }),
    ],
  },
  {
    name: 'use_strict_mode = 1: an unknown ID is refused and replaced',
    ini: { useStrictMode: true },
    steps: [get('/', { cookie: 'PHPSESSID=attackerchosen123' }), get('/me'), login(), get('/me')],
  },
  {
    name: 'illegal characters: session_start() fails, no session at all',
    steps: [
      get('/', { cookie: 'PHPSESSID=bad!id' }),
      post('/login', { username: 'mina', password: 'sesame' }, { cookie: 'PHPSESSID=bad!id' }),
      post('/cart', { item: 'milk' }, { cookie: 'PHPSESSID=bad.id' }),
      post('/logout', {}, { cookie: 'PHPSESSID=bad!id' }),
    ],
  },
  {
    name: 'an ID over 250 characters fails too (sess_<id> is past 255 bytes); a space or an empty value counts as none',
    steps: [
      get('/', { cookie: `PHPSESSID=${'a'.repeat(257)}` }),
      get('/', { cookie: `PHPSESSID=${'a'.repeat(251)}` }),
      get('/', { cookie: `PHPSESSID=${'a'.repeat(250)}` }),
      get('/', { cookie: 'PHPSESSID=a%20b' }),
      get('/', { cookie: 'PHPSESSID=' }),
    ],
  },
  {
    name: 'two PHPSESSID cookies: the first one wins',
    steps: [
      get('/'),
      login(),
      get('/me', { cookie: 'PHPSESSID=$JAR; PHPSESSID=other' }),
      get('/me', { cookie: 'PHPSESSID=other; PHPSESSID=$JAR' }),
    ],
  },
  {
    name: 'cookie_httponly = 1: HttpOnly on the session cookie and on the logout',
    ini: { cookieHttponly: true },
    steps: [get('/'), login(), post('/logout')],
  },
  {
    name: 'idle past gc_maxlifetime with Debian’s gc_probability = 0: still served',
    steps: [login(), wait, get('/me'), post('/cart', { item: 'milk' }), get('/me')],
  },
  {
    name: 'idle with GC on every request: served once more, then gone, then the ID is adopted empty',
    ini: GC_EVERY_TIME,
    steps: [login(), wait, get('/me'), get('/me'), get('/')],
  },
  {
    name: 'GC deletes the file while the request changes it: the change is lost',
    ini: GC_EVERY_TIME,
    steps: [login(), wait, post('/cart', { item: 'milk' }), get('/me')],
  },
  {
    name: 'GC deletes another visitor’s old file but not a fresh one',
    ini: GC_EVERY_TIME,
    steps: [login(), get('/'), wait, get('/', { cookie: '' }), get('/me')],
  },
  {
    name: 'logout, then the old cookie replayed: adopted as an empty session',
    steps: [
      login(),
      get('/me', { save: true }),
      post('/logout'),
      get('/me', { cookie: 'PHPSESSID=$SAVED' }),
    ],
  },
];

const simStore = (book: GuestBook) => new Map(book.map((r) => [r.id, phpSerialize(dataOf(r))]));

describeNativeDiff({
  title: 'PHP 8.2 session module: simulator beside the real php',
  label: 'php differential',
  available: hasPhp(),
  missing: 'php-cli is not installed (apt-get install php-cli): the PHP differential is skipped',
  start: startRealPhp,
  startTimeout: 20_000,
  scenarios: SCENARIOS,
  async run(php, scenario) {
    const ini: PhpSettings = { ...PHP_DEFAULTS, ...scenario.ini };
    php.clear();
    php.configure({
      strict: ini.useStrictMode,
      httponly: ini.cookieHttponly,
      maxlifetime: waits(scenario.steps) ? 2 : ini.gcMaxlifetime,
      probability: ini.gcProbability,
      divisor: ini.gcDivisor,
      regenerate: scenario.regenerate ?? true,
    });
    await runNativeScenario(scenario.steps, {
      cookieName: 'PHPSESSID',
      idShape: PHP_SID_SHAPE,
      ignoredHeaders: ['Host', 'Connection'],
      simulatedWait: 25 * MINUTE,
      simState: {
        options: defaultOptions('unused by PHP'),
        engine: 'php',
        php: ini,
        app: { regenerateOnLogin: scenario.regenerate ?? true },
      },
      sendReal: (req) => php.send(req),
      realStore: () => php.store(),
      simStore,
      checkIds(realStore, book) {
        for (const id of realStore.keys()) {
          if (/^[0-9a-z]{26}$/.test(id)) expect(id, 'a real PHP ID').toMatch(PHP_SID_SHAPE);
        }
        for (const id of new Set(book.map((r) => r.id))) {
          if (/^[0-9a-z]{26}$/.test(id)) expect(id, 'a simulated PHP ID').toMatch(PHP_SID_SHAPE);
        }
      },
      // Files the cookies did not name yet (an adopted or a refused ID) get tokens in name order.
      viewStore: (store, token) => ({
        files: Object.fromEntries(
          [...store.entries()].sort().map(([id, text]) => [token(id), text]),
        ),
      }),
    });
  },
});
