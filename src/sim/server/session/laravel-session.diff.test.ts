/**
 * Differential suite for the Laravel engine: the REAL Illuminate code of Laravel 8.83 (Debian's
 * php-laravel-framework: EncryptCookies, StartSession, Store, DatabaseSessionHandler on SQLite,
 * SessionGuard) runs the shop under php -S beside the simulator, with the same APP_KEY. One
 * driver sends the same requests to both, each side with its own cookie jar, and after every
 * request compares status, body, the header names in order, every Set-Cookie line with the
 * session ID decrypted (both sides' cookies must decrypt with the app's key, MAC and name prefix
 * checked, here with Node's OpenSSL), and the `sessions` table: every row's columns and its
 * payload unserialized.
 *
 * IDs and CSRF tokens (Str::random(40)) are compared as tokens in order of appearance on each
 * side, after checking their shape. Time: the real app's Carbon clock is pinned to the
 * simulator's on every request, so waits take no real time. Symfony computes Max-Age from the
 * machine's clock, not Carbon's: the suite checks it against the machine's clock, then compares
 * it as the pinned clock gives it.
 *
 * Left out on purpose: php -S's own Host and Connection headers, and the Date value (its format
 * is checked).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { MINUTE } from '../../clock';
import { headerValues, SITE_ORIGIN } from '../../http/wire';
import type { GuestBook } from '../guest-book';
import { defaultOptions } from '../options';
import {
  APP_KEY,
  LARAVEL_COOKIE,
  LARAVEL_DEFAULTS,
  LARAVEL_SID_SHAPE,
  decryptCookie,
  encryptCookie,
  payloadColumn,
  type LaravelSettings,
} from './laravel-session';
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
import { hasLaravel, startRealLaravel, type SessionsRow } from './real-laravel-app';

const KEY = Buffer.from(APP_KEY.slice('base64:'.length), 'base64');
const prefix = (name: string) => `${createHmac('sha1', KEY).update(`${name}v2`).digest('hex')}|`;

/** Encrypter::encrypt() with Node's OpenSSL: a cookie value as the app would make it. */
function encryptNode(plain: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', KEY, iv);
  const value = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
  const ivText = iv.toString('base64');
  const mac = createHmac('sha256', KEY)
    .update(ivText + value)
    .digest('hex');
  const json = JSON.stringify({ iv: ivText, value, mac, tag: '' });
  return encodeURIComponent(Buffer.from(json).toString('base64'));
}

/** EncryptCookies::decrypt() with Node's OpenSSL; throws unless MAC and prefix are right. */
function decryptNode(wire: string): string {
  const payload = JSON.parse(Buffer.from(decodeURIComponent(wire), 'base64').toString()) as {
    iv: string;
    value: string;
    mac: string;
    tag: string;
  };
  const mac = createHmac('sha256', KEY)
    .update(payload.iv + payload.value)
    .digest('hex');
  expect(payload.mac, 'the MAC').toBe(mac);
  expect(payload.tag, 'no tag for AES-CBC').toBe('');
  const decipher = createDecipheriv('aes-256-cbc', KEY, Buffer.from(payload.iv, 'base64'));
  const plain = Buffer.concat([
    decipher.update(Buffer.from(payload.value, 'base64')),
    decipher.final(),
  ]).toString();
  expect(plain.startsWith(prefix(LARAVEL_COOKIE)), 'the name prefix').toBe(true);
  return plain.slice(41);
}

/** A session cookie carrying this ID, as the site would have sent it to someone. */
const planted = (id: string) => `${LARAVEL_COOKIE}=${encryptNode(prefix(LARAVEL_COOKIE) + id)}`;
const ATTACKER = 'Attacker0ChosenSessionId0123456789abcdef';

interface Scenario {
  name: string;
  settings?: Partial<LaravelSettings>;
  /** `$request->session()->regenerate()` after login (the shop's default). */
  regenerate?: boolean;
  /** How far the clock moves at a wait; past the lifetime unless said. */
  waitMinutes?: number;
  steps: NativeStep[];
}

/** The lottery that never draws, so GC runs only where a scenario asks for it. */
const NO_GC: Partial<LaravelSettings> = { lottery: [0, 100] };
const GC_EVERY_TIME: Partial<LaravelSettings> = { lottery: [1, 1] };

const SCENARIOS: Scenario[] = [
  {
    name: 'first visit: a row at once, the cookie on every response, the URL remembered',
    steps: [get('/'), get('/'), get('/nothing')],
  },
  {
    name: 'a GET with a query: the URL remembered with its query sorted and encoded as Symfony does',
    steps: [get('/?b=2&a=1'), get('/me/?z=(1)&y=a%20b&y=c~d'), get('/?')],
  },
  {
    name: 'journey: cart, login migrates the ID, my page, logout invalidates into a new session',
    steps: JOURNEY,
  },
  { name: 'wrong password and a page that needs login', steps: WRONG_LOGIN },
  {
    name: 'logging in again while logged in: Auth::login() migrates the ID once more',
    regenerate: false,
    steps: [post('/cart', { item: 'milk' }), login(), login(), get('/me')],
  },
  {
    name: 'the ID before login comes back: adopted as a new, empty row under that ID',
    steps: [
      get('/'),
      login({ save: true }),
      get('/me', { cookie: `${LARAVEL_COOKIE}=$SAVED` }),
      get('/me'),
    ],
  },
  {
    name: 'session fixation: a planted session cookie, login without regenerate() still migrates',
    regenerate: false,
    steps: [
      post('/cart', { item: 'bait' }, { cookie: planted(ATTACKER) }),
      login(),
      get('/me', { cookie: planted(ATTACKER) }),
      get('/me'),
    ],
  },
  {
    name: 'tampered, unencrypted or another cookie’s value: refused, a new session',
    steps: [
      get('/'),
      get('/', { cookie: `${LARAVEL_COOKIE}=$JAR` + 'x' }),
      get('/', { cookie: `${LARAVEL_COOKIE}=${ATTACKER}` }),
      get('/', { cookie: `${LARAVEL_COOKIE}=${encryptNode(prefix('XSRF-TOKEN') + ATTACKER)}` }),
      get('/', { cookie: `${LARAVEL_COOKIE}=${encryptNode(prefix(LARAVEL_COOKIE) + 'short')}` }),
    ],
  },
  {
    name: 'two laravel_session cookies: the first one wins',
    steps: [
      get('/'),
      login(),
      get('/me', { cookie: `${LARAVEL_COOKIE}=$JAR; ${planted(ATTACKER)}` }),
      get('/me', { cookie: `${planted(ATTACKER)}; ${LARAVEL_COOKIE}=$JAR` }),
    ],
  },
  {
    name: 'idle 119 minutes: still logged in, last_activity moves on',
    waitMinutes: 119,
    steps: [login(), wait, get('/me'), wait, get('/me')],
  },
  {
    name: 'idle past 120 minutes: the browser drops the cookie; replayed, the row reads empty and its ID is reused',
    steps: [
      login(),
      get('/me', { save: true }),
      wait,
      get('/me'),
      get('/me', { cookie: `${LARAVEL_COOKIE}=$SAVED` }),
      get('/me', { cookie: `${LARAVEL_COOKIE}=$SAVED` }),
    ],
  },
  {
    name: 'the lottery won: GC deletes rows idle past the lifetime, not fresh ones',
    settings: GC_EVERY_TIME,
    steps: [login(), get('/', { cookie: '' }), wait, get('/', { cookie: '' }), get('/me')],
  },
  {
    name: 'GC deletes the expired row this request read: its update writes nothing',
    settings: GC_EVERY_TIME,
    steps: [
      login(),
      get('/me', { save: true }),
      wait,
      post('/cart', { item: 'milk' }, { cookie: `${LARAVEL_COOKIE}=$SAVED` }),
      get('/me'),
    ],
  },
  {
    name: 'logout, then the old cookie replayed: adopted as an empty session',
    steps: [
      login(),
      get('/me', { save: true }),
      post('/logout'),
      get('/me', { cookie: `${LARAVEL_COOKIE}=$SAVED` }),
    ],
  },
  {
    name: 'a lifetime of 5 minutes: the cookie and the row both last 5 minutes',
    settings: { lifetime: 5 },
    waitMinutes: 6,
    steps: [
      login(),
      get('/me', { save: true }),
      wait,
      get('/me', { cookie: `${LARAVEL_COOKIE}=$SAVED` }),
    ],
  },
];

/** The table as the simulator keeps it, in the columns the real table has. */
function simStore(book: GuestBook): SessionsRow[] {
  return book.map((r) => ({
    id: r.id,
    user_id: r.user_id,
    ip_address: r.ip_address,
    user_agent: r.user_agent,
    payload: r.native?.engine === 'laravel' ? payloadColumn(r.native.attributes) : '',
    last_activity: Math.floor(r.last_activity / 1000),
  }));
}

const RANDOM = /[A-Za-z0-9]{40}/g;

/** Symfony's Max-Age comes from the machine's clock: checked there, compared at the pinned one. */
function pinMaxAge(line: string, now: number): string {
  const expires = Date.parse(/expires=([^;]+)/.exec(line)?.[1] ?? '') / 1000;
  const maxAge = Number(/Max-Age=(\d+)/.exec(line)?.[1]);
  expect(
    Math.abs(maxAge - Math.max(0, expires - Date.now() / 1000)),
    'Max-Age by the machine',
  ).toBeLessThan(3);
  return line.replace(/Max-Age=\d+/, `Max-Age=${Math.max(0, expires - Math.floor(now / 1000))}`);
}

describeNativeDiff({
  title: 'Laravel 8.83 sessions: simulator beside the real Illuminate code',
  label: 'laravel differential',
  available: hasLaravel(),
  missing:
    'php-laravel-framework, php-sqlite3 or php-mbstring is not installed (apt-get install php-laravel-framework php-sqlite3 php-mbstring): the Laravel differential is skipped',
  start: startRealLaravel,
  startTimeout: 20_000,
  scenarios: SCENARIOS,
  async run(laravel, scenario) {
    const settings: LaravelSettings = { ...LARAVEL_DEFAULTS, ...NO_GC, ...scenario.settings };
    laravel.clear();
    laravel.configure({ ...settings, regenerate: scenario.regenerate ?? true, appKey: APP_KEY });
    await runNativeScenario(scenario.steps, {
      cookieName: LARAVEL_COOKIE,
      idShape: LARAVEL_SID_SHAPE,
      cookieId: decryptNode,
      ignoredHeaders: ['Host', 'Connection'],
      simulatedWait: (scenario.waitMinutes ?? 121) * MINUTE,
      realWaitMs: 0,
      simState: {
        options: defaultOptions('unused by Laravel'),
        engine: 'laravel',
        laravel: settings,
        app: { regenerateOnLogin: scenario.regenerate ?? true },
      },
      async sendReal(req, now) {
        const res = await laravel.send(req, now);
        const headers = res.headers.map(([n, v]): [string, string] =>
          n === 'Set-Cookie' ? [n, pinMaxAge(v, now)] : [n, v],
        );
        return { ...res, headers };
      },
      realStore: () => laravel.store(),
      simStore,
      checkIds(realStore, book) {
        for (const row of realStore) expect(row.id, 'a real ID').toMatch(LARAVEL_SID_SHAPE);
        for (const row of book) expect(row.id, 'a simulated ID').toMatch(LARAVEL_SID_SHAPE);
      },
      viewStore: (rows, token) => ({
        rows: rows.map((r) => ({
          ...r,
          id: token(r.id),
          // The payload unserialized as PHP wrote it; IDs and CSRF tokens as tokens.
          payload: Buffer.from(r.payload, 'base64')
            .toString()
            .replace(RANDOM, (s) => token(s)),
        })),
      }),
    });
  },
});

it.skipIf(!hasLaravel())(
  'the simulator’s cookie and the real app’s cookie decrypt on the other side',
  async () => {
    const laravel = await startRealLaravel();
    try {
      laravel.configure({
        ...LARAVEL_DEFAULTS,
        lottery: [0, 100],
        regenerate: true,
        appKey: APP_KEY,
      });
      const id = 'SimulatorMadeThisIdForTheRealServer01234';
      const cookie = `${LARAVEL_COOKIE}=${encodeURIComponent(await encryptCookie(LARAVEL_COOKIE, id))}`;
      const res = await laravel.send(
        { method: 'GET', url: `${SITE_ORIGIN}/`, headers: [['Cookie', cookie]], body: '' },
        Date.now(),
      );
      // The real app read the simulator's cookie: it adopted the ID and wrote its row.
      expect(laravel.store().map((r) => r.id)).toEqual([id]);
      const line = headerValues(res.headers, 'Set-Cookie')[0]!;
      const wire = /^laravel_session=([^;]+)/.exec(line)![1]!;
      expect(await decryptCookie(LARAVEL_COOKIE, decodeURIComponent(wire))).toBe(id);
      expect(await decryptCookie('XSRF-TOKEN', decodeURIComponent(wire))).toBeNull();
    } finally {
      await laravel.stop();
    }
  },
  30_000,
);
