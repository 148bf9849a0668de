/**
 * Differential suite for the central store: the REAL express + express-session + connect-redis
 * 10 (with the `redis` client) against a REAL redis-server, beside the simulator's RedisStore
 * (session-store.ts), both driven by one client with the project's cookie jar. After every
 * request the two must agree on: status, body and Set-Cookie; the commands the store sent to
 * Redis (read from Redis's own MONITOR feed, in order); the keys Redis holds, the JSON text of
 * each value, and each key's TTL (±1 s).
 *
 * Time: Vitest fakes only `Date`, so express-session and connect-redis compute cookie expiry and
 * TTLs on the simulated clock. Redis counts TTLs down on real time, so a simulated wait is
 * played on the real Redis by shortening every key's TTL by the wait (and deleting the keys it
 * runs out): see SIMPLIFICATIONS. One scenario waits for real, with a 2-second maxAge, and
 * lets Redis expire the key on its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storeSetCookies, type MaybeJar } from '../../browser/cookie-jar';
import { LESSON_START, MINUTE } from '../../clock';
import { headerValues } from '../../http/wire';
import type { SessionOptions } from '../options';
import { handleRequest, type ServerState } from '../shop';
import {
  clientRequest,
  idMaker,
  REMOTE_IP,
  stepMakers,
  withOptions,
  type ClientStep,
  type Scheme,
} from './diff-client';
import { realShop, startRealServer, type RealServer } from './real-express-app';
import { freePort } from './real-process';
import { REDIS_PREFIX } from './session-store';

const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const HAVE_REDIS = existsSync(REDIS_SERVER);
if (!HAVE_REDIS) {
  console.warn(
    `redis differential SKIPPED: no redis-server at ${REDIS_SERVER}. Install Redis ` +
      '(Debian/Ubuntu: apt-get install redis-server) or set REDIS_SERVER to its path.',
  );
}

/** Every way the comparison is loosened on purpose. Nothing else is skipped. */
export const SIMPLIFICATIONS = [
  {
    name: 'Simulated waits are played on Redis by shortening TTLs',
    reason:
      'Redis counts TTLs down on the real clock, which a fake Date cannot move. For a simulated ' +
      'wait the driver lowers every key’s PTTL by the wait (PEXPIRE) and deletes the keys whose TTL ' +
      'it runs out, from a second connection that is not compared. The scenario "real expiry" waits ' +
      'for real instead.',
  },
  {
    name: 'TTLs compared within one second',
    reason: 'The real keys lose the milliseconds the test itself takes between commands.',
  },
  {
    name: 'Response headers other than Set-Cookie',
    reason:
      'The store does not change them; the express-session suite compares every header in order.',
  },
];

type Step =
  | ({ do: 'request' } & ClientStep & { visitor?: 0 | 1 })
  /** Simulated time passes (played on Redis by shortening TTLs). */
  | { do: 'wait'; ms: number }
  /** Real time passes: Redis expires keys on its own. */
  | { do: 'sleep'; ms: number };

interface Scenario {
  name: string;
  options: SessionOptions;
  steps: Step[];
}

const DAY = 24 * 60 * MINUTE;
const steps = stepMakers<Extract<Step, { do: 'request' }>>();
const get = (path: string, visitor: 0 | 1 = 0) => steps.get(path, { visitor });
const post = (path: string, form: Record<string, string> = {}, visitor: 0 | 1 = 0) =>
  steps.post(path, form, { visitor });
const wait = (ms: number): Step => ({ do: 'wait', ms });
const login = (username = 'mina', password = 'sesame', visitor: 0 | 1 = 0) =>
  post('/login', { username, password }, visitor);

/** Visit, cart, login, /me, idle, come back, logout, a day later. */
const JOURNEY: Step[] = [
  get('/'),
  wait(MINUTE),
  get('/'),
  post('/cart', { item: 'apple' }),
  get('/me'),
  login(),
  get('/me'),
  wait(20 * MINUTE),
  post('/cart', { item: '사과 🍎' }),
  wait(20 * MINUTE),
  get('/me'),
  wait(31 * MINUTE),
  get('/me'),
  get('/'),
  post('/logout'),
  get('/'),
  wait(DAY + MINUTE),
  get('/'),
];

function scenarios(): Scenario[] {
  const list: Scenario[] = [];
  const add = (name: string, options: SessionOptions, steps: Step[]) =>
    list.push({ name, options, steps });
  for (const resave of [false, true])
    for (const saveUninitialized of [false, true])
      for (const rolling of [false, true])
        for (const maxAge of [undefined, 30 * MINUTE])
          add(
            `journey: resave=${resave} saveUninitialized=${saveUninitialized} rolling=${rolling} ` +
              `maxAge=${maxAge ?? 'none'}`,
            withOptions({ resave, saveUninitialized, rolling, cookie: { maxAge } }),
            JOURNEY,
          );
  for (const rolling of [true, false])
    add(`idle past maxAge, rolling=${rolling}`, withOptions({ rolling }), [
      get('/'),
      login(),
      wait(29 * MINUTE),
      get('/me'),
      wait(29 * MINUTE),
      get('/me'),
      wait(31 * MINUTE),
      get('/me'),
    ]);
  add(
    'touch renews the TTL only (resave=false, rolling=false): EXPIRE, the JSON keeps its cookie',
    withOptions({ resave: false, rolling: false }),
    [get('/'), login(), wait(10 * MINUTE), get('/me'), wait(25 * MINUTE), get('/me')],
  );
  add(
    'no maxAge: the key lives one day (connect-redis default ttl), then it is gone',
    withOptions({ cookie: { maxAge: undefined } }),
    [get('/'), login(), wait(23 * 60 * MINUTE), get('/me'), wait(DAY + MINUTE), get('/me')],
  );
  add('maxAge 7 days', withOptions({ cookie: { maxAge: 7 * DAY } }), [
    get('/'),
    login(),
    wait(6 * DAY),
    get('/me'),
    wait(8 * DAY),
    get('/me'),
  ]);
  add('two browsers, login, switch user, logout', withOptions({}), [
    get('/'),
    get('/', 1),
    login(),
    post('/cart', { item: 'apple' }, 1),
    login('joon', 'tiger', 1),
    get('/me'),
    get('/me', 1),
    post('/logout'),
    post('/logout'),
    get('/me', 1),
  ]);
  add('wrong password, empty cart item', withOptions({ saveUninitialized: false }), [
    get('/'),
    login('mina', 'wrong'),
    post('/cart', { item: '' }),
    post('/cart', { item: 'pear' }),
    login(),
    get('/me'),
  ]);
  add('real expiry: maxAge 2 s, Redis expires the key on its own clock', withOptions({}), [
    get('/'),
    login(),
    { do: 'sleep', ms: 2300 },
    get('/me'),
  ]);
  // The real-expiry scenario needs a short maxAge.
  list[list.length - 1]!.options.cookie.maxAge = 2000;
  return list;
}

// --------------------------------------------------------------------------------------------
// Redis: the server, the app's client, an inspecting client, and the MONITOR feed.

/** redis-server's escaping in MONITOR (sdscatrepr), undone to the bytes, read as UTF-8. */
function unrepr(quoted: string): string {
  const bytes: number[] = [];
  const ESC: Record<string, number> = { n: 10, r: 13, t: 9, a: 7, b: 8, '\\': 92, '"': 34 };
  for (let i = 0; i < quoted.length; i++) {
    const ch = quoted[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = quoted[++i]!;
    if (next === 'x') {
      bytes.push(parseInt(quoted.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(ESC[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `1700000000.123456 [0 127.0.0.1:5555] "GET" "sess:…"` → address and arguments. */
function parseMonitorLine(line: string): { addr: string; args: string[] } | null {
  const head = /^\S+ \[\d+ ([^\]]+)\] /.exec(line);
  if (!head) return null;
  const args = [...line.slice(head[0].length).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    unrepr(m[1]!),
  );
  return { addr: head[1]!, args };
}

type Client = ReturnType<typeof createClient>;

let redisProcess: ChildProcess | undefined;
let app: Client;
let inspect: Client;
let monitor: Client;
let appAddr = '';
const feed: string[][] = [];
let server: RealServer;
let scenarioCount = 0;
let matchedCount = 0;
const failures: string[] = [];

async function startRedis(): Promise<number> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  redisProcess = child;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return port;
}

/** Waits until MONITOR has passed a marker sent after everything before it. */
let markers = 0;
async function settle(): Promise<void> {
  const marker = `settle-${++markers}`;
  await inspect.echo(marker);
  const deadline = Date.now() + 5000;
  while (!feed.some((args) => args[0] === 'ECHO' && args[1] === marker)) {
    if (Date.now() > deadline) throw new Error('MONITOR did not deliver the marker');
    await new Promise((r) => setTimeout(r, 2));
  }
}

interface KeyState {
  value: string;
  /** Seconds left. */
  ttl: number;
}

async function realKeys(): Promise<Map<string, KeyState>> {
  const out = new Map<string, KeyState>();
  for (const key of (await inspect.keys('*')).sort()) {
    const value = await inspect.get(key);
    const pttl = await inspect.pTTL(key);
    if (value !== null) out.set(key, { value, ttl: pttl / 1000 });
  }
  return out;
}

function simKeys(state: ServerState, now: number): Map<string, KeyState> {
  const out = new Map<string, KeyState>();
  for (const row of [...state.guestBook].sort((a, b) => (a.id < b.id ? -1 : 1)))
    out.set(REDIS_PREFIX + row.id, {
      value: JSON.stringify(row.payload),
      ttl: ((row.keyExpiresAt ?? Infinity) - now) / 1000,
    });
  return out;
}

/** A simulated wait, played on the real Redis: every TTL shortened by it. */
async function warp(ms: number): Promise<void> {
  for (const key of await inspect.keys('*')) {
    const pttl = await inspect.pTTL(key);
    if (pttl < 0) continue;
    if (pttl <= ms) await inspect.del(key);
    else await inspect.pExpire(key, pttl - ms);
  }
}

async function run(sc: Scenario): Promise<string | null> {
  await inspect.flushAll();
  const simIds = idMaker();
  const realIds = idMaker();
  let state: ServerState = { options: sc.options, guestBook: [] };
  const store = new RedisStore({ client: app });
  server.mount(realShop(sc.options, realIds, store).app);
  let now = LESSON_START;
  const jars: Record<'sim' | 'real', MaybeJar[]> = { sim: [null, null], real: [null, null] };
  const scheme: Scheme = 'https';

  for (const [i, step] of sc.steps.entries()) {
    if (step.do === 'wait') {
      now += step.ms;
      await warp(step.ms);
      continue;
    }
    if (step.do === 'sleep') {
      now += step.ms;
      await new Promise((r) => setTimeout(r, step.ms));
      continue;
    }
    const v = step.visitor ?? 0;
    vi.setSystemTime(now);
    await settle();
    const mark = feed.length;
    const simSide = clientRequest(jars.sim[v] ?? null, scheme, step, now);
    const realSide = clientRequest(jars.real[v] ?? null, scheme, step, now);
    const trace: string[][] = [];
    const reply = await handleRequest(state, simSide.request, {
      now,
      remoteIp: REMOTE_IP,
      newId: simIds,
      store: 'redis',
    });
    for (const s of reply.trace) if (s.kind === 'store-command') trace.push(s.command);
    state = reply.state;
    const real = await server.send(realSide.request, scheme);
    await settle();
    const realCommands = feed
      .slice(mark)
      .filter((args) => args[0] !== 'ECHO')
      .map((args) => args);
    jars.sim[v] = storeSetCookies(
      simSide.jar,
      simSide.request.url,
      headerValues(reply.response.headers, 'Set-Cookie'),
      now,
    ).jar;
    jars.real[v] = storeSetCookies(
      realSide.jar,
      realSide.request.url,
      headerValues(real.headers, 'Set-Cookie'),
      now,
    ).jar;

    const differences: string[] = [];
    const same = (field: string, a: unknown, b: unknown) => {
      if (!isDeepStrictEqual(a, b))
        differences.push(
          `≠ ${field}\n      simulator: ${JSON.stringify(a)}\n      real:      ${JSON.stringify(b)}`,
        );
    };
    same('status', reply.response.status, real.status);
    same('body', reply.response.body, real.body);
    same(
      'Set-Cookie',
      headerValues(reply.response.headers, 'Set-Cookie'),
      headerValues(real.headers, 'Set-Cookie'),
    );
    same('commands to Redis', trace, realCommands);
    const mine = simKeys(state, now);
    const theirs = await realKeys();
    same('keys', [...mine.keys()], [...theirs.keys()]);
    for (const [key, r] of theirs) {
      const s = mine.get(key);
      if (!s) continue;
      same(`value of ${key}`, s.value, r.value);
      if (Math.abs(s.ttl - r.ttl) > 1) same(`TTL of ${key} (s)`, s.ttl, r.ttl);
    }
    if (differences.length > 0) {
      const steps = sc.steps
        .slice(0, i + 1)
        .map((st, n) =>
          st.do === 'request'
            ? `  ${n + 1}. ${st.method} ${st.path}${st.visitor ? ' (browser 1)' : ''}`
            : `  ${n + 1}. ${st.do} ${st.ms / 1000} s`,
        );
      return [`${sc.name}`, ...steps, ...differences].join('\n');
    }
  }
  return null;
}

const SCENARIOS = scenarios();

describe.skipIf(!HAVE_REDIS)(
  'redis differential: the simulator against connect-redis + Redis',
  () => {
    beforeAll(async () => {
      const port = await startRedis();
      const url = `redis://127.0.0.1:${port}`;
      app = createClient({ url });
      inspect = createClient({ url });
      monitor = createClient({ url });
      await Promise.all([app.connect(), inspect.connect(), monitor.connect()]);
      const info = await app.clientInfo();
      appAddr = info.addr;
      await monitor.monitor((line) => {
        const parsed = parseMonitorLine(String(line));
        // The app's commands, and the markers; the inspecting client's reads are not compared.
        if (!parsed) return;
        if (parsed.addr === appAddr || parsed.args[0] === 'ECHO') feed.push(parsed.args);
      });
      server = await startRealServer();
      vi.useFakeTimers({ toFake: ['Date'] });
    }, 20_000);

    afterAll(async () => {
      vi.useRealTimers();
      await server?.close();
      for (const c of [app, inspect, monitor]) await c?.destroy();
      redisProcess?.kill();
      console.log(
        `redis differential: ${scenarioCount} scenarios, ${matchedCount} matched, ` +
          `${SIMPLIFICATIONS.length} listed simplifications`,
      );
      for (const f of failures) console.log(`  differs: ${f.split('\n')[0]}`);
    });

    for (const sc of SCENARIOS) {
      it(sc.name, { timeout: 20_000 }, async () => {
        const finding = await run(sc);
        scenarioCount++;
        if (finding === null) matchedCount++;
        else {
          failures.push(finding);
          expect.fail(`The simulator and connect-redis + Redis differ:\n${finding}`);
        }
      });
    }
  },
);
