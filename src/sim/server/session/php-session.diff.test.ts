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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeaderFor, storeSetCookies, type MaybeJar } from '../../browser/cookie-jar';
import { LESSON_START, MINUTE } from '../../clock';
import { headerValues, SITE_ORIGIN, type HeaderList, type WireRequest } from '../../http/wire';
import type { GuestBook } from '../guest-book';
import { defaultOptions } from '../options';
import { handleRequest } from '../shop';
import { dataOf, PHP_DEFAULTS, PHP_SID_SHAPE, phpSerialize, type PhpSettings } from './php-session';
import { hasPhp, startRealPhp, type RealPhp } from './real-php-app';

type Step =
  | {
      do: 'request';
      method: 'GET' | 'POST';
      path: string;
      form?: Record<string, string>;
      /** Replaces the jar's Cookie header; `$JAR` is the jar's PHPSESSID, `$SAVED` a saved one. */
      cookie?: string;
      /** Remember the jar's PHPSESSID before this request (to replay it later). */
      save?: boolean;
    }
  /** Idle past gc_maxlifetime: 3 real seconds for the real PHP, 25 minutes for the simulator. */
  | { do: 'wait' };

interface Scenario {
  name: string;
  ini?: Partial<PhpSettings>;
  /** session_regenerate_id(true) on login (the shop's default). */
  regenerate?: boolean;
  steps: Step[];
}

const get = (path: string, extra: Partial<Extract<Step, { do: 'request' }>> = {}): Step => ({
  do: 'request',
  method: 'GET',
  path,
  ...extra,
});
const post = (
  path: string,
  form: Record<string, string> = {},
  extra: Partial<Extract<Step, { do: 'request' }>> = {},
): Step => ({ do: 'request', method: 'POST', path, form, ...extra });
const login = (extra: Partial<Extract<Step, { do: 'request' }>> = {}) =>
  post('/login', { username: 'mina', password: 'sesame' }, extra);
const wait: Step = { do: 'wait' };
const GC_EVERY_TIME = { gcProbability: 1, gcDivisor: 1 };

const SCENARIOS: Scenario[] = [
  { name: 'first visit: a new ID, an empty file', steps: [get('/'), get('/')] },
  {
    name: 'journey: cart, login renews the ID, my page, logout clears the cookie',
    steps: [
      get('/'),
      post('/cart', { item: 'milk' }),
      login(),
      get('/me'),
      post('/cart', { item: '김치' }),
      post('/logout'),
      get('/me'),
    ],
  },
  {
    name: 'wrong password and a page that needs login',
    steps: [
      get('/me'),
      post('/login', { username: 'mina', password: 'nope' }),
      post('/login', { username: '', password: 'x' }),
    ],
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

interface Side {
  jar: MaybeJar;
  saved?: string;
  tokens: Map<string, string>;
}

const newSide = (): Side => ({ jar: null, tokens: new Map() });

/** A PHP-shaped ID becomes `<id#n>` in order of appearance on its side; anything else stays. */
function token(side: Side, id: string): string {
  if (!PHP_SID_SHAPE.test(id)) return id;
  let t = side.tokens.get(id);
  if (!t) side.tokens.set(id, (t = `<id#${side.tokens.size + 1}>`));
  return t;
}

const jarValue = (side: Side, now: number) =>
  /PHPSESSID=([^;]*)/.exec(cookieHeaderFor(side.jar, SITE_ORIGIN + '/', now).header)?.[1] ?? '';

function buildRequest(side: Side, step: Extract<Step, { do: 'request' }>, now: number) {
  const url = SITE_ORIGIN + step.path;
  const jarCookie = cookieHeaderFor(side.jar, url, now).header;
  if (step.save) side.saved = jarValue(side, now);
  const cookie =
    step.cookie === undefined
      ? jarCookie
      : step.cookie.replace('$JAR', jarValue(side, now)).replace('$SAVED', side.saved ?? '');
  const body = step.form ? new URLSearchParams(step.form).toString() : '';
  const headers: HeaderList = [
    ['Host', 'shop.example'],
    ['User-Agent', 'differential-test'],
  ];
  if (step.method === 'POST') {
    headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    headers.push(['Content-Length', String(Buffer.byteLength(body))]);
  }
  if (cookie) headers.push(['Cookie', cookie]);
  const req: WireRequest = { method: step.method, url, headers, body };
  return req;
}

/** What both sides must agree on, IDs as tokens. */
function observe(
  side: Side,
  res: { status: number; headers: HeaderList; body: string },
  store: Map<string, string>,
) {
  const names = res.headers.map(([n]) => n).filter((n) => n !== 'Host' && n !== 'Connection');
  const setCookie = headerValues(res.headers, 'Set-Cookie').map((line) =>
    line.replace(/^PHPSESSID=([^;]*)/, (_, id: string) => `PHPSESSID=${token(side, id)}`),
  );
  // Files the cookies did not name yet (an adopted or a refused ID) get tokens in name order.
  const files = Object.fromEntries(
    [...store.entries()].sort().map(([id, text]) => [token(side, id), text]),
  );
  return { status: res.status, body: res.body, headers: names, setCookie, files };
}

const simStore = (book: GuestBook) => new Map(book.map((r) => [r.id, phpSerialize(dataOf(r))]));

const available = hasPhp();
let php: RealPhp;
let matched = 0;

describe.skipIf(!available)('PHP 8.2 session module: simulator beside the real php', () => {
  beforeAll(async () => {
    php = await startRealPhp();
  }, 20_000);
  afterAll(async () => {
    console.log(`php differential: ${SCENARIOS.length} scenarios, ${matched} matched`);
    await php?.stop();
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, scenario) => {
      const ini: PhpSettings = { ...PHP_DEFAULTS, ...scenario.ini };
      const waits = scenario.steps.some((s) => s.do === 'wait');
      php.clear();
      php.configure({
        strict: ini.useStrictMode,
        httponly: ini.cookieHttponly,
        maxlifetime: waits ? 2 : ini.gcMaxlifetime,
        probability: ini.gcProbability,
        divisor: ini.gcDivisor,
        regenerate: scenario.regenerate ?? true,
      });
      const real = newSide();
      const sim = newSide();
      let now = LESSON_START;
      let book: GuestBook = [];
      const log: string[] = [];
      for (const step of scenario.steps) {
        if (step.do === 'wait') {
          await new Promise((r) => setTimeout(r, 3100));
          now += 25 * MINUTE;
          log.push('wait');
          continue;
        }
        const realReq = buildRequest(real, step, now);
        const simReq = buildRequest(sim, step, now);
        const realRes = await php.send(realReq);
        const reply = await handleRequest(
          {
            options: defaultOptions('unused by PHP'),
            guestBook: book,
            engine: 'php',
            php: ini,
            app: { regenerateOnLogin: scenario.regenerate ?? true },
          },
          simReq,
          { now, remoteIp: '127.0.0.1' },
        );
        book = reply.state.guestBook;
        for (const side of [real, sim]) {
          const res = side === real ? realRes : reply.response;
          side.jar = storeSetCookies(
            side.jar,
            realReq.url,
            headerValues(res.headers, 'Set-Cookie'),
            now,
          ).jar;
        }
        const realStore = php.store();
        for (const id of realStore.keys()) {
          if (/^[0-9a-z]{26}$/.test(id)) expect(id, 'a real PHP ID').toMatch(PHP_SID_SHAPE);
        }
        for (const id of new Set(book.map((r) => r.id))) {
          if (/^[0-9a-z]{26}$/.test(id)) expect(id, 'a simulated PHP ID').toMatch(PHP_SID_SHAPE);
        }
        expect(headerValues(realRes.headers, 'Date')[0]).toMatch(
          /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
        );
        const want = observe(real, realRes, realStore);
        const got = observe(sim, reply.response, simStore(book));
        log.push(`${step.method} ${step.path}`);
        expect(got, `after ${log.join(' → ')}`).toEqual(want);
      }
      matched++;
    },
    30_000,
  );
});

if (!available) {
  describe('PHP 8.2 session module: simulator beside the real php', () => {
    it.skip('php-cli is not installed (apt-get install php-cli): the PHP differential is skipped', () => {});
  });
}
