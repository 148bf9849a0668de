/**
 * Differential suite: the REAL express + express-session (MemoryStore) runs beside the
 * simulator, both driven by one client (this file's driver, with the project's cookie jar), and
 * after every request the two answers must agree byte for byte: status, body, every header that
 * matters in the order it left the server (Set-Cookie strings included), and the store — which
 * session IDs it holds and the exact JSON MemoryStore keeps for each.
 *
 * Both sides get the same deterministic session IDs (`genid` / `ctx.newId`) and the same clock:
 * Vitest fakes only `Date`, so express-session and MemoryStore read the simulated time while
 * setImmediate and the sockets keep running for real.
 *
 * Where the simulator deliberately shows less than the real server, the difference is named in
 * `SIMPLIFICATIONS` below with its reason; nothing else is left out of the comparison.
 */
import { isDeepStrictEqual } from 'node:util';
import signature from 'cookie-signature';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  dropSessionCookies,
  listCookies,
  storeSetCookies,
  type MaybeJar,
} from '../../browser/cookie-jar';
import { LESSON_START, MINUTE } from '../../clock';
import { header, headerValues, type HeaderList, type WireRequest } from '../../http/wire';
import {
  signingSecret,
  type CookieOptions,
  type SameSiteOption,
  type SessionOptions,
} from '../options';
import { handleRequest, type ServerState, type ShopAppChoices } from '../shop';
import {
  clientRequest,
  idMaker,
  REMOTE_IP,
  SECRET,
  stepMakers,
  withOptions,
  type OptionChange,
  type Scheme,
} from './diff-client';
import { realShop, startRealServer, type RealServer, type RealShop } from './real-express-app';

export interface Simplification {
  name: string;
  reason: string;
}

/** Every way the comparison is loosened on purpose. Nothing else is skipped. */
export const SIMPLIFICATIONS: Simplification[] = [
  {
    name: 'Connection and Keep-Alive response headers',
    reason:
      "Node's HTTP server adds them for connection management; the simulated wire shows only the " +
      'headers the app and express-session produce. They are removed from the real answer before comparing.',
  },
  {
    name: 'Date response header: format and position only',
    reason:
      "Node writes Date from its own internal clock, which Vitest's fake Date cannot reach. The real " +
      "value is checked to be an IMF-fixdate in the same place; the simulator's must equal the simulated clock.",
  },
  {
    name: 'TLS terminated by a trusted proxy',
    reason:
      'The simulated shop terminates TLS itself; the real app listens on plain HTTP with `trust proxy` ' +
      'and learns the scheme from X-Forwarded-Proto (sent only to the real server), which express-session ' +
      'reads as req.secure.',
  },
  {
    name: 'Cookie names that are properties of every JavaScript object',
    reason:
      'With `constructor` or `__proto__` as the name, express-session 1.19 answers 500 to every request ' +
      'with a Cookie header (its cookie parser returns a plain object). The options form refuses these ' +
      'names (see isUsableCookieName), so the simulator never runs with them; a test pins the refusal.',
  },
  {
    name: 'Guest-book columns beside the payload',
    reason:
      'ip_address, user_agent, last_activity and user_id are Laravel-style columns the lesson shows; ' +
      'MemoryStore keeps only the payload JSON, so only IDs and payloads are compared.',
  },
];

// --------------------------------------------------------------------------------------------
// Scenarios: plain data, so that fast-check can print and shrink them.

/** Cookie headers a hostile or broken client sends, injected past the jar. */
const HOSTILE = {
  garbage: (c: CookieCtx) => `${c.name}=%%garbage!!`,
  unsigned: (c: CookieCtx) => `${c.name}=abc`,
  'bad signature': (c: CookieCtx) =>
    `${c.name}=${encodeURIComponent(`s:${c.id ?? 'nobody'}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)}`,
  'valid signature, unknown id': (c: CookieCtx) =>
    `${c.name}=${encodeURIComponent(`s:${signature.sign('no-such-session-id', c.secret)}`)}`,
  'empty value': (c: CookieCtx) => `${c.name}=`,
  'quoted value': (c: CookieCtx) => `${c.name}="${c.jarValue ?? 'x'}"`,
  'two cookies, valid first': (c: CookieCtx) =>
    `${c.name}=${c.jarValue ?? 'x'}; ${c.name}=s%3Agarbage.sig`,
  'two cookies, garbage first': (c: CookieCtx) =>
    `${c.name}=s%3Agarbage.sig; ${c.name}=${c.jarValue ?? 'x'}`,
  'signed with another secret': (c: CookieCtx) =>
    `${c.name}=${encodeURIComponent(`s:${signature.sign(c.id ?? 'nobody', 'another secret')}`)}`,
  'non-UTF-8 escape': (c: CookieCtx) => `${c.name}=${c.jarValue ?? 's%3Ax.y'}%FF`,
  'very long value (4 KB)': (c: CookieCtx) => `${c.name}=s%3A${'A'.repeat(4000)}.sig`,
  'unencoded signed value': (c: CookieCtx) =>
    `${c.name}=s:${signature.sign(c.id ?? 'nobody', c.secret)}`,
  'among other cookies, with spaces': (c: CookieCtx) =>
    `theme=dark;  ${c.name} = ${c.jarValue ?? 'x'} ; lang=ko`,
  'name in other letter case': (c: CookieCtx) => `${c.name.toUpperCase()}=${c.jarValue ?? 'x'}`,
  'a lone double quote': (c: CookieCtx) => `${c.name}="`,
  'percent-encoded quotes': (c: CookieCtx) => `${c.name}=%22${c.jarValue ?? 'x'}%22`,
  'unbalanced quote': (c: CookieCtx) => `${c.name}="${c.jarValue ?? 'x'}`,
} satisfies Record<string, (c: CookieCtx) => string>;

type HostileName = keyof typeof HOSTILE;

/** Over Node's 16 KB header limit: only a person editing the cookie in DevTools gets there. */
const OVERSIZED: Record<'header over 16 KB', (c: CookieCtx) => string> = {
  'header over 16 KB': (c) => `${c.name}=s%3A${'A'.repeat(17_000)}.sig`,
};

type InjectName = HostileName | keyof typeof OVERSIZED;

interface CookieCtx {
  name: string;
  secret: string;
  /** The session cookie's value as the jar would send it (still percent-encoded). */
  jarValue?: string;
  /** The session ID behind the jar's cookie. */
  id?: string;
}

type Step =
  | {
      do: 'request';
      method: 'GET' | 'POST';
      path: string;
      form?: Record<string, string>;
      visitor?: 0 | 1;
      /** Replace the Cookie header the jar would send with a hostile one. */
      inject?: InjectName;
      /**
       * Replace the Cookie header with this text, where `$NAME` stands for the session cookie's
       * name and `$VALUE` for the value the jar holds (random headers in the property test).
       */
      rawCookie?: string;
    }
  | { do: 'wait'; ms: number }
  /** The operator changes the middleware's options; the store keeps its sessions. */
  | { do: 'options'; set: OptionChange }
  /** The browser is closed: cookies without Expires are forgotten. */
  | { do: 'close-browser'; visitor?: 0 | 1 }
  /** A person copies the session cookie from one browser's jar into the other's (DevTools). */
  | { do: 'plant'; from: 0 | 1; to: 0 | 1 };

interface Scenario {
  name: string;
  options: SessionOptions;
  scheme: Scheme;
  steps: Step[];
  /** The shop's own code choices (absent: the shop as it ships, regenerating on login). */
  app?: ShopAppChoices;
}

const { get, post } = stepMakers<Extract<Step, { do: 'request' }>>();
const wait = (ms: number): Step => ({ do: 'wait', ms });
const DAY = 24 * 60 * MINUTE;
const login = (username = 'mina', password = 'sesame') => post('/login', { username, password });

function applyChange(options: SessionOptions, change: OptionChange): SessionOptions {
  return { ...options, ...change, cookie: { ...options.cookie, ...change.cookie } };
}

/** A whole visit: browse, fill the cart, log in, idle, come back, log out, return a day later. */
const JOURNEY: Step[] = [
  get('/'),
  wait(MINUTE),
  get('/'),
  post('/cart', { item: 'apple' }),
  get('/me'),
  login(),
  get('/me'),
  wait(20 * MINUTE),
  post('/cart', { item: 'pear' }),
  wait(20 * MINUTE),
  get('/me'),
  wait(31 * MINUTE),
  get('/me'),
  get('/'),
  post('/cart', { item: 'plum' }),
  post('/logout'),
  get('/'),
  wait(DAY),
  get('/'),
];

const SHORT: Step[] = [get('/'), login(), get('/me'), post('/logout'), get('/')];

function scenarios(): Scenario[] {
  const list: Scenario[] = [];
  const add = (
    name: string,
    options: SessionOptions,
    steps: Step[],
    scheme: Scheme = 'https',
    app?: ShopAppChoices,
  ) => list.push({ name, options, scheme, steps, ...(app ? { app } : {}) });

  // The core matrix: every combination of the options that decide saving and sending.
  for (const resave of [false, true])
    for (const saveUninitialized of [false, true])
      for (const rolling of [false, true])
        for (const maxAge of [undefined, 30 * MINUTE])
          for (const secure of [false, true, 'auto'] as const)
            for (const scheme of ['https', 'http'] as const)
              add(
                `journey: resave=${resave} saveUninitialized=${saveUninitialized} rolling=${rolling} ` +
                  `maxAge=${maxAge ?? 'none'} secure=${secure} over ${scheme}`,
                withOptions({ resave, saveUninitialized, rolling, cookie: { maxAge, secure } }),
                JOURNEY,
                scheme,
              );

  // Cookie attributes.
  for (const sameSite of [undefined, 'lax', 'strict', 'none'] as (SameSiteOption | undefined)[])
    for (const httpOnly of [true, false])
      for (const secure of [false, true, 'auto'] as const)
        for (const scheme of ['https', 'http'] as const)
          add(
            `attributes: sameSite=${sameSite ?? 'unset'} httpOnly=${httpOnly} secure=${secure} over ${scheme}`,
            withOptions({ cookie: { sameSite, httpOnly, secure } }),
            SHORT,
            scheme,
          );

  add('custom cookie name', withOptions({ name: 'shop.sid' }), JOURNEY);
  add('admin page: 401 for a guest, 403 for a user, 200 for the admin', withOptions(), [
    get('/admin'),
    login('joon', 'tiger'),
    get('/admin'),
    post('/logout'),
    get('/admin'),
    login('sora', 'owl'),
    get('/admin'),
    get('/ADMIN/'),
    post('/admin'),
  ]);
  // The settings form accepts any HTTP token as the name (src/ui/server/settings-code.tsx).
  add(
    'cookie name with every token character',
    withOptions({ name: "a!#$%&'*+-.^_`|~z" }),
    JOURNEY,
  );
  for (const maxAge of [5 * MINUTE, DAY, 7 * DAY])
    add(
      `maxAge ${maxAge / MINUTE} min, as the settings offer`,
      withOptions({ cookie: { maxAge } }),
      [...JOURNEY, wait(6 * DAY), get('/'), wait(DAY + 1), get('/')],
    );
  add('cookie.domain', withOptions({ cookie: { domain: 'shop.example' } }), JOURNEY);
  add(
    'partitioned (with Secure and SameSite=None)',
    withOptions({ cookie: { partitioned: true, secure: true, sameSite: 'none' } }),
    SHORT,
  );
  add('partitioned: false', withOptions({ cookie: { partitioned: false } }), SHORT);
  for (const priority of ['low', 'medium', 'high'] as const)
    add(`priority=${priority}`, withOptions({ cookie: { priority } }), SHORT);
  add(
    'every cookie option at once',
    withOptions({
      name: 'shop.sid',
      cookie: {
        domain: 'shop.example',
        partitioned: true,
        priority: 'high',
        sameSite: 'strict',
        secure: 'auto',
      },
    }),
    JOURNEY,
  );
  add(
    'cookie.path /shop: the middleware runs only under it',
    withOptions({ cookie: { path: '/shop' } }),
    [
      get('/'),
      get('/shop'),
      get('/shop/cart'),
      post('/cart', { item: 'apple' }),
      post('/cart', { item: '' }),
      login(),
      get('/me'),
      post('/logout'),
      get('/shop'),
      get('/shopping'),
    ],
  );

  // Secret rotation.
  add('secret array from the start', withOptions({}, ['new secret', SECRET]), JOURNEY);
  add(
    'rotation: a cookie signed with the old secret still works, new cookies use the first',
    withOptions({}),
    [
      get('/'),
      post('/cart', { item: 'apple' }),
      { do: 'options', set: { secret: ['new secret', SECRET] } },
      get('/'),
      get('/me'),
      login(),
      { do: 'options', set: { secret: ['new secret'] } },
      get('/me'),
    ],
  );
  add(
    'rotation without rolling: the old-signed cookie stays in the browser',
    withOptions({ rolling: false }),
    [
      get('/'),
      { do: 'options', set: { secret: ['new secret', SECRET] } },
      get('/'),
      post('/cart', { item: 'apple' }),
      { do: 'options', set: { secret: 'new secret' } },
      get('/'),
    ],
  );
  add('secret replaced: old cookies stop working', withOptions({}), [
    get('/'),
    login(),
    { do: 'options', set: { secret: 'new secret' } },
    get('/me'),
  ]);

  // Request sequences.
  add('idle beyond maxAge with rolling', withOptions({ rolling: true }), [
    get('/'),
    login(),
    wait(29 * MINUTE),
    get('/me'),
    wait(29 * MINUTE),
    get('/me'),
    wait(31 * MINUTE),
    get('/me'),
  ]);
  add('idle beyond maxAge without rolling', withOptions({ rolling: false }), [
    get('/'),
    login(),
    wait(29 * MINUTE),
    get('/me'),
    wait(29 * MINUTE),
    get('/me'),
    wait(31 * MINUTE),
    get('/me'),
  ]);
  add('revisit after 31 minutes and after a day', withOptions({}), [
    get('/'),
    wait(31 * MINUTE),
    get('/'),
    wait(DAY),
    get('/'),
  ]);
  add(
    'no maxAge: a day later the session is still there',
    withOptions({ cookie: { maxAge: undefined } }),
    [get('/'), login(), wait(DAY), get('/me'), { do: 'close-browser' }, get('/me')],
  );
  add('at exactly maxAge the session is gone', withOptions({ rolling: false }), [
    get('/'),
    login(),
    wait(30 * MINUTE - 1),
    get('/me'),
    wait(1),
    get('/me'),
  ]);
  add('form body over 100 KB', withOptions({}), [
    get('/'),
    post('/cart', { item: 'x'.repeat(150_000) }),
  ]);
  add('not-found routes', withOptions({}), [
    get('/nope'),
    post('/'),
    get('/cart'),
    get('/login'),
    get('/?from=ad'),
    get('/me?tab=orders'),
  ]);
  add('routing: a trailing slash', withOptions({}), [get('/'), login(), get('/me/')]);
  add('routing: letters in another case', withOptions({}), [get('/'), login(), get('/ME')]);
  add('wrong password and unknown user', withOptions({}), [
    get('/'),
    login('mina', 'wrong'),
    login('nobody', 'sesame'),
    login('MINA', 'sesame'),
    get('/me'),
    login('joon', 'tiger'),
    get('/me'),
  ]);
  add('empty and too-long inputs', withOptions({}), [
    get('/'),
    post('/cart', { item: '' }),
    post('/cart', { item: '   ' }),
    post('/cart', {}),
    post('/cart', { item: 'x'.repeat(41) }),
    post('/cart', { item: 'x'.repeat(40) }),
    post('/cart', { item: '사과 🍎 & pear=1' }),
    post('/login', { username: '', password: 'sesame' }),
    post('/login', { username: 'mina', password: '' }),
    post('/login', { username: '', password: '' }),
    post('/login', { username: 'm'.repeat(65), password: 'sesame' }),
    post('/login', { username: 'mina', password: 'p'.repeat(129) }),
    get('/me'),
  ]);
  add('login twice, switching users, logout twice', withOptions({}), [
    get('/'),
    post('/cart', { item: 'apple' }),
    login(),
    login('joon', 'tiger'),
    get('/me'),
    post('/logout'),
    post('/logout'),
    get('/me'),
  ]);
  add('logout before any visit', withOptions({}), [post('/logout'), get('/')]);
  // Session fixation: the attacker's (browser 1) anonymous ID planted in the victim's browser.
  const FIXATION: Step[] = [
    get('/', { visitor: 1 }),
    { do: 'plant', from: 1, to: 0 },
    post('/cart', { item: 'apple' }),
    login(),
    get('/me', { visitor: 1 }),
    get('/me'),
    post('/logout'),
    get('/me', { visitor: 1 }),
  ];
  for (const regenerateOnLogin of [false, true])
    for (const rolling of [false, true])
      add(
        `planted ID, login with regenerateOnLogin=${regenerateOnLogin} rolling=${rolling}`,
        withOptions({ rolling }),
        FIXATION,
        'https',
        { regenerateOnLogin },
      );
  add('login without regenerate: the whole journey', withOptions({}), JOURNEY, 'https', {
    regenerateOnLogin: false,
  });
  add('two browsers side by side', withOptions({}), [
    get('/'),
    get('/', { visitor: 1 }),
    login(),
    post('/cart', { item: 'apple' }, { visitor: 1 }),
    post('/login', { username: 'joon', password: 'tiger' }, { visitor: 1 }),
    get('/me'),
    get('/me', { visitor: 1 }),
    post('/logout'),
    get('/me', { visitor: 1 }),
  ]);
  add('options changed while sessions are stored', withOptions({}), [
    get('/'),
    login(),
    { do: 'options', set: { rolling: false, cookie: { maxAge: 5 * MINUTE, sameSite: 'lax' } } },
    get('/me'),
    get('/', { visitor: 1 }),
    wait(6 * MINUTE),
    get('/me'),
    get('/', { visitor: 1 }),
    { do: 'options', set: { name: 'shop.sid' } },
    get('/me'),
  ]);

  // Hostile incoming cookies, with and without a stored session behind the jar's cookie.
  for (const inject of Object.keys(HOSTILE) as HostileName[]) {
    for (const [label, options] of [
      ['shop defaults', withOptions({})],
      ['saveUninitialized=false', withOptions({ saveUninitialized: false, rolling: false })],
    ] as const) {
      add(`hostile cookie: ${inject} (${label})`, options, [
        get('/'),
        login(),
        get('/me', { inject }),
        get('/me'),
        post('/cart', { item: 'apple' }, { inject }),
        get('/me'),
      ]);
    }
  }
  add('hostile cookie: header over 16 KB', withOptions({}), [
    get('/'),
    get('/', { inject: 'header over 16 KB' }),
  ]);
  return list;
}

// --------------------------------------------------------------------------------------------
// The driver: one client, two servers.

function inject(request: WireRequest, header: string): WireRequest {
  const headers = request.headers.filter(([n]) => n.toLowerCase() !== 'cookie');
  headers.push(['Cookie', header]);
  return { ...request, headers };
}

function cookieCtx(options: SessionOptions, jarHeader: string): CookieCtx {
  const pair = jarHeader.split('; ').find((p) => p.startsWith(`${options.name}=`));
  const jarValue = pair?.slice(options.name.length + 1);
  let id: string | undefined;
  if (jarValue) {
    const decoded = decodeURIComponent(jarValue);
    if (decoded.startsWith('s:')) id = decoded.slice(2, decoded.lastIndexOf('.'));
  }
  return { name: options.name, secret: signingSecret(options), jarValue, id };
}

interface Difference {
  field: string;
  sim: unknown;
  real: unknown;
}

interface Finding {
  scenario: string;
  options: SessionOptions;
  scheme: Scheme;
  /** The steps up to and including the request where the answers first differed. */
  steps: Step[];
  differences: Difference[];
}

const IMF_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

/** The headers compared, with the listed simplifications applied. */
function comparableHeaders(headers: HeaderList, side: 'sim' | 'real', now: number): HeaderList {
  return headers
    .filter(([n]) => side === 'sim' || !['connection', 'keep-alive'].includes(n.toLowerCase()))
    .map(([n, v]): [string, string] => {
      if (n.toLowerCase() !== 'date') return [n, v];
      if (side === 'sim') return [n, v === new Date(now).toUTCString() ? '<date>' : v];
      return [n, IMF_DATE.test(v) ? '<date>' : v];
    });
}

type Answer = { status: number; statusText: string; headers: HeaderList; body: string };

function compareAnswers(
  sim: Answer,
  real: Answer,
  simStore: Map<string, string>,
  realStore: Map<string, string>,
  now: number,
): Difference[] {
  const out: Difference[] = [];
  const same = (field: string, a: unknown, b: unknown) => {
    if (!isDeepStrictEqual(a, b)) out.push({ field, sim: a, real: b });
  };
  same('status', sim.status, real.status);
  same('status text', sim.statusText, real.statusText);
  same('body', sim.body, real.body);
  same(
    'Set-Cookie',
    headerValues(sim.headers, 'Set-Cookie'),
    headerValues(real.headers, 'Set-Cookie'),
  );
  same(
    'headers (in order)',
    comparableHeaders(sim.headers, 'sim', now),
    comparableHeaders(real.headers, 'real', now),
  );
  same('stored session IDs', [...simStore.keys()].sort(), [...realStore.keys()].sort());
  for (const [id, json] of realStore) {
    const mine = simStore.get(id);
    if (mine === undefined) continue;
    same(`payload of ${id}`, JSON.parse(mine), JSON.parse(json));
    if (isDeepStrictEqual(JSON.parse(mine), JSON.parse(json)))
      same(`payload JSON text of ${id}`, mine, json);
  }
  return out;
}

let server: RealServer;
let scenarioCount = 0;
let matchedCount = 0;
const findings: Finding[] = [];

async function run(sc: Scenario): Promise<Finding | null> {
  let options = sc.options;
  const simIds = idMaker();
  const realIds = idMaker();
  let state: ServerState = { options, guestBook: [], ...(sc.app ? { app: sc.app } : {}) };
  let shop: RealShop = realShop(options, realIds, undefined, sc.app);
  server.mount(shop.app);
  let now = LESSON_START;
  const jars: Record<'sim' | 'real', MaybeJar[]> = { sim: [null, null], real: [null, null] };

  for (const [i, step] of sc.steps.entries()) {
    if (step.do === 'wait') {
      now += step.ms;
      continue;
    }
    if (step.do === 'options') {
      options = applyChange(options, step.set);
      state = { ...state, options };
      shop = realShop(options, realIds, shop.store, sc.app);
      server.mount(shop.app);
      continue;
    }
    if (step.do === 'plant') {
      for (const side of ['sim', 'real'] as const) {
        const url = `${sc.scheme}://shop.example/`;
        const c = listCookies(jars[side][step.from] ?? null, now).find(
          (k) => k.name === options.name,
        );
        if (!c) continue;
        const line = `${c.name}=${c.value}; Path=${c.path}`;
        jars[side][step.to] = storeSetCookies(jars[side][step.to] ?? null, url, [line], now).jar;
      }
      continue;
    }
    const v = step.visitor ?? 0;
    if (step.do === 'close-browser') {
      jars.sim[v] = dropSessionCookies(jars.sim[v] ?? null);
      jars.real[v] = dropSessionCookies(jars.real[v] ?? null);
      continue;
    }
    vi.setSystemTime(now);
    const simSide = clientRequest(jars.sim[v] ?? null, sc.scheme, step, now);
    const realSide = clientRequest(jars.real[v] ?? null, sc.scheme, step, now);
    let simReq = simSide.request;
    let realReq = realSide.request;
    if (step.inject) {
      const make = { ...HOSTILE, ...OVERSIZED }[step.inject];
      simReq = inject(simReq, make(cookieCtx(options, simSide.cookie)));
      realReq = inject(realReq, make(cookieCtx(options, realSide.cookie)));
    }
    if (step.rawCookie !== undefined) {
      const text = step.rawCookie;
      const make = (c: CookieCtx) =>
        text.replaceAll('$NAME', () => c.name).replaceAll('$VALUE', () => c.jarValue ?? 's%3Ax.y');
      simReq = inject(simReq, make(cookieCtx(options, simSide.cookie)));
      realReq = inject(realReq, make(cookieCtx(options, realSide.cookie)));
    }
    const reply = await handleRequest(state, simReq, { now, remoteIp: REMOTE_IP, newId: simIds });
    state = reply.state;
    const real = await server.send(realReq, sc.scheme);

    jars.sim[v] = storeSetCookies(
      simSide.jar,
      simReq.url,
      headerValues(reply.response.headers, 'Set-Cookie'),
      now,
    ).jar;
    jars.real[v] = storeSetCookies(
      realSide.jar,
      realReq.url,
      headerValues(real.headers, 'Set-Cookie'),
      now,
    ).jar;

    const simStore = new Map(state.guestBook.map((r) => [r.id, JSON.stringify(r.payload)]));
    const realStore = new Map(
      Object.entries((shop.store as unknown as { sessions: Record<string, string> }).sessions),
    );
    const differences = compareAnswers(reply.response, real, simStore, realStore, now);
    if (differences.length > 0) {
      return {
        scenario: sc.name,
        options: sc.options,
        scheme: sc.scheme,
        steps: sc.steps.slice(0, i + 1),
        differences,
      };
    }
  }
  return null;
}

/** Long values (a 150 KB form) are cut in reports. */
const cut = (text: string, max = 1500) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
const show = (value: unknown) => cut(typeof value === 'string' ? value : JSON.stringify(value));

function describeStep(step: Step): string {
  switch (step.do) {
    case 'wait':
      return `wait ${step.ms / MINUTE} min`;
    case 'options':
      return `change options ${JSON.stringify(step.set)}`;
    case 'close-browser':
      return `close browser${step.visitor ? ` ${step.visitor}` : ''}`;
    case 'plant':
      return `copy the session cookie from browser ${step.from} to browser ${step.to}`;
    case 'request':
      return [
        `${step.method} ${step.path}`,
        step.form ? cut(new URLSearchParams(step.form).toString(), 200) : '',
        step.visitor ? `(browser ${step.visitor})` : '',
        step.inject ? `[Cookie: ${step.inject}]` : '',
        step.rawCookie !== undefined ? `[Cookie: ${step.rawCookie}]` : '',
      ]
        .filter(Boolean)
        .join(' ');
  }
}

function report(f: Finding): string {
  return [
    `${f.scenario} — over ${f.scheme}, options ${JSON.stringify(f.options)}`,
    ...f.steps.map((s, i) => `  ${i + 1}. ${describeStep(s)}`),
    ...f.differences.map(
      (d) => `  ≠ ${d.field}\n      simulator: ${show(d.sim)}\n      express:   ${show(d.real)}`,
    ),
  ].join('\n');
}

async function check(sc: Scenario): Promise<void> {
  const finding = await run(sc);
  scenarioCount++;
  if (!finding) matchedCount++;
  if (finding) {
    findings.push(finding);
    expect.fail(`The simulator and express-session differ:\n${report(finding)}`);
  }
}

/**
 * The Secure chapter's café: one browser's requests, each over the scheme it names, to the real
 * server and to the simulator, each side with its own jar. Returns both sides of every request.
 */
async function cafe(
  options: SessionOptions,
  visits: [Scheme, Extract<Step, { do: 'request' }>][],
): Promise<
  { sim: WireRequest & { setCookies: string[] }; real: WireRequest & { setCookies: string[] } }[]
> {
  const simIds = idMaker();
  const realIds = idMaker();
  let state: ServerState = { options, guestBook: [] };
  server.mount(realShop(options, realIds).app);
  const jars: Record<'sim' | 'real', MaybeJar> = { sim: null, real: null };
  const seen = [];
  for (const [scheme, step] of visits) {
    vi.setSystemTime(LESSON_START);
    const simSide = clientRequest(jars.sim, scheme, step, LESSON_START);
    const realSide = clientRequest(jars.real, scheme, step, LESSON_START);
    const reply = await handleRequest(state, simSide.request, {
      now: LESSON_START,
      remoteIp: REMOTE_IP,
      newId: simIds,
    });
    state = reply.state;
    const real = await server.send(realSide.request, scheme);
    const simSet = headerValues(reply.response.headers, 'Set-Cookie');
    const realSet = headerValues(real.headers, 'Set-Cookie');
    jars.sim = storeSetCookies(simSide.jar, simSide.request.url, simSet, LESSON_START).jar;
    jars.real = storeSetCookies(realSide.jar, realSide.request.url, realSet, LESSON_START).jar;
    seen.push({
      sim: { ...simSide.request, setCookies: simSet },
      real: { ...realSide.request, setCookies: realSet },
    });
  }
  return seen;
}

// --------------------------------------------------------------------------------------------
// Property-based part: random option sets and random action sequences.

const optionsArb: fc.Arbitrary<SessionOptions> = fc.record({
  secret: fc.constantFrom<string | string[]>(SECRET, ['new secret', SECRET]),
  name: fc.constantFrom('connect.sid', 'shop.sid', "a!#$%&'*+-.^_`|~z"),
  resave: fc.boolean(),
  saveUninitialized: fc.boolean(),
  rolling: fc.boolean(),
  cookie: fc.record({
    path: fc.constantFrom('/', '/', '/', '/shop'),
    httpOnly: fc.boolean(),
    secure: fc.constantFrom<boolean | 'auto'>(false, true, 'auto'),
    sameSite: fc.constantFrom<SameSiteOption | undefined>(undefined, 'lax', 'strict', 'none'),
    maxAge: fc.constantFrom<number | undefined>(
      undefined,
      30 * MINUTE,
      2 * MINUTE,
      5 * MINUTE,
      DAY,
      7 * DAY,
    ),
    domain: fc.constantFrom<string | undefined>(undefined, 'shop.example'),
    partitioned: fc.constantFrom<boolean | undefined>(undefined, true, false),
    priority: fc.constantFrom<CookieOptions['priority']>(undefined, 'low', 'medium', 'high'),
  }),
});

const visitorArb = fc.constantFrom<0 | 1>(0, 0, 1);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({
      path: fc.constantFrom('/', '/me', '/nope', '/shop', '/shop/cart'),
      visitor: visitorArb,
    })
    .map(({ path, visitor }) => get(path, { visitor })),
  fc
    .record({
      item: fc.constantFrom('apple', '', '  ', 'x'.repeat(41), 'y'.repeat(40), '사과'),
      visitor: visitorArb,
    })
    .map(({ item, visitor }) => post('/cart', { item }, { visitor })),
  fc
    .record({
      credentials: fc.constantFrom(
        ['mina', 'sesame'],
        ['joon', 'tiger'],
        ['mina', 'wrong'],
        ['', 'sesame'],
        ['mina', ''],
        ['m'.repeat(65), 'x'],
      ),
      visitor: visitorArb,
    })
    .map(({ credentials: [username = '', password = ''], visitor }) =>
      post('/login', { username, password }, { visitor }),
    ),
  visitorArb.map((visitor) => post('/logout', {}, { visitor })),
  fc.constantFrom(MINUTE, 29 * MINUTE, 30 * MINUTE, 31 * MINUTE, DAY).map(wait),
  fc
    .record({
      inject: fc.constantFrom(...(Object.keys(HOSTILE) as HostileName[])),
      path: fc.constantFrom('/', '/me'),
    })
    .map(({ inject, path }) => get(path, { inject })),
  fc
    .array(
      fc.constantFrom(
        '$NAME',
        '$NAME',
        '=',
        '$VALUE',
        '"',
        ';',
        ' ',
        '%',
        '%22',
        '%FF',
        's%3A',
        '.',
        'x',
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => get('/me', { rawCookie: parts.join('') })),
  visitorArb.map((visitor): Step => ({ do: 'close-browser', visitor })),
  fc.constantFrom<Step>({ do: 'plant', from: 1, to: 0 }, { do: 'plant', from: 0, to: 1 }),
  fc
    .constantFrom<OptionChange>(
      { rolling: true },
      { rolling: false },
      { resave: true },
      { saveUninitialized: false },
      { secret: ['newer secret', SECRET, 'new secret'] },
      { secret: 'newer secret' },
      { cookie: { maxAge: 30 * MINUTE } },
      { cookie: { maxAge: undefined } },
      { cookie: { secure: 'auto', sameSite: 'none' } },
    )
    .map((set): Step => ({ do: 'options', set })),
);

// --------------------------------------------------------------------------------------------

const SCENARIOS = scenarios();

describe('express-session differential: the simulator against the real library', () => {
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    server = await startRealServer();
  });

  afterAll(async () => {
    await server.close();
    vi.useRealTimers();
    console.log(
      `express-session differential: ${scenarioCount} scenarios, ${matchedCount} matched, ` +
        `${SIMPLIFICATIONS.length} listed simplifications`,
    );
    for (const f of findings)
      console.log(`  differs: ${f.scenario} (${f.differences.map((d) => d.field).join(', ')})`);
  });

  describe('the Secure chapter’s café link, on the real server', () => {
    const cookieOf = (r: WireRequest) => header(r.headers, 'Cookie') ?? null;

    it('secure: true over plain http: no Set-Cookie at all', async () => {
      const [visit] = await cafe(withOptions({ cookie: { secure: true } }), [['http', get('/')]]);
      expect(visit!.real.setCookies).toEqual([]);
      expect(visit!.sim.setCookies).toEqual([]);
    });

    it('secure: true over https (trust proxy, X-Forwarded-Proto: https): a Secure cookie, kept off http', async () => {
      const [loggedIn, cafeLink] = await cafe(withOptions({ cookie: { secure: true } }), [
        ['https', login()],
        ['http', get('/me')],
      ]);
      expect(loggedIn!.real.setCookies).toHaveLength(1);
      expect(loggedIn!.real.setCookies[0]).toMatch(/; Secure/);
      expect(loggedIn!.sim.setCookies).toEqual(loggedIn!.real.setCookies);
      // The browser holds the Secure cookie back from the http request, on both sides.
      expect(cookieOf(cafeLink!.real)).toBeNull();
      expect(cookieOf(cafeLink!.sim)).toBeNull();
    });

    it('secure: false over plain http: the cookie is set, and sent back in the clear', async () => {
      const [first, second] = await cafe(withOptions({ cookie: { secure: false } }), [
        ['http', login()],
        ['http', get('/me')],
      ]);
      expect(first!.real.setCookies[0]).not.toMatch(/Secure/);
      expect(first!.sim.setCookies).toEqual(first!.real.setCookies);
      expect(second!.real.url).toBe('http://shop.example/me');
      expect(cookieOf(second!.real)).toMatch(/^connect\.sid=s%3A/);
      expect(cookieOf(second!.sim)).toBe(cookieOf(second!.real));
    });
  });

  for (const sc of SCENARIOS) {
    it(sc.name, () => check(sc));
  }

  it(
    'random option sets and action sequences agree (fast-check)',
    { timeout: 60_000 },
    async () => {
      const result = await fc.check(
        fc.asyncProperty(
          optionsArb,
          fc.constantFrom<Scheme>('https', 'https', 'http'),
          fc.array(stepArb, { minLength: 1, maxLength: 14 }),
          fc.constantFrom(true, true, false),
          async (options, scheme, steps, regenerateOnLogin) => {
            const app = { regenerateOnLogin };
            const finding = await run({ name: 'random', options, scheme, steps, app });
            if (finding) throw new Error(report(finding));
          },
        ),
        { numRuns: Number(process.env.DIFF_RUNS) || 80 },
      );
      // Each generated case is one scenario; the shrinking that follows a failure is not counted.
      scenarioCount += result.numRuns;
      matchedCount += result.failed ? result.numRuns - 1 : result.numRuns;
      // The report names the seed and the path, to replay the case with { seed, path }.
      if (result.failed) {
        const error = result.errorInstance instanceof Error ? result.errorInstance.message : '';
        expect.fail(`${fc.defaultReportMessage(result) ?? 'fast-check failed'}\n${error}`);
      }
    },
  );
});
