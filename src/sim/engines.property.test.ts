/**
 * Property-based tests over every server stack: fast-check makes random sequences of what a
 * student can do (requests, the clock, DevTools edits, stolen cookies, closed browsers,
 * restarts, the console, the shop's own code, each stack's settings) on each engine, and the
 * invariants every engine must keep are checked after each action. (world.property.test.ts
 * checks express-session's own rules in more depth.) A failure prints its seed and path:
 *
 *   PROPERTY_SEED=… PROPERTY_PATH=… npx vitest run src/sim/engines.property.test.ts
 */
import fc from 'fast-check';
import { Cookie } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listCookies } from './browser/cookie-jar';
import { BROWSER_NAMES } from './browser/visitor';
import { MINUTE } from './clock';
import { applyAction } from './engine';
import { headerValues } from './http/wire';
import { inPageTransport } from './network/transport';
import type { GuestBook } from './server/guest-book';
import { ENGINE_NAMES, type EngineName } from './server/session/engine';
import type { ShopPage } from './server/shop';
import { USERS } from './server/users';
import { randomness, seededRandomValues } from './seeded-random';
import { createWorld, MAX_VISITORS, type Action, type World } from './world';

const RUNS = Number(process.env.PROPERTY_RUNS) || 60;
const MAX_ACTIONS = 25;
const DAY = 24 * 60 * MINUTE;

// Session IDs, secrets and lotteries from a seeded generator: replays must agree.
beforeAll(() => {
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(seededRandomValues);
  vi.spyOn(Math, 'random').mockImplementation(() => {
    const [n] = seededRandomValues(new Uint32Array(1));
    return n! / 2 ** 32;
  });
});
afterAll(() => vi.restoreAllMocks());

// --- What a student does ----------------------------------------------------------------------

/** An index into the visitors at that moment, so every action names one who exists. */
type Who = number;
type Move =
  | {
      type: 'request';
      who: Who;
      method: 'GET' | 'POST';
      path: string;
      form?: Record<string, string>;
    }
  | { type: 'edit-cookie' | 'add-cookie'; who: Who; value: string }
  | { type: 'delete-cookie' | 'close-browser' | 'run-console' | 'remove-visitor'; who: Who }
  | { type: 'copy-cookie'; from: Who; to: Who }
  | { type: 'action'; action: Action };

const whoArb = fc.nat({ max: MAX_VISITORS - 1 });
const loginArb = fc.oneof(
  fc.constantFrom(...USERS).map((u) => ({ username: u.username, password: u.password })),
  fc.record({
    username: fc.constantFrom('mina', 'joon', 'nobody', ''),
    password: fc.constantFrom('wrong', '', 'sesame', 'tiger'),
  }),
);
const requestArb: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ who: whoArb, path: fc.constantFrom('/', '/me', '/admin') })
      .map((r): Move => ({ type: 'request', method: 'GET', ...r })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ who: whoArb, form: loginArb })
      .map((r): Move => ({ type: 'request', method: 'POST', path: '/login', ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ who: whoArb, item: fc.constantFrom('milk', 'apple', '') })
      .map(({ who, item }): Move => ({
        type: 'request',
        who,
        method: 'POST',
        path: '/cart',
        form: { item },
      })),
  },
  {
    weight: 2,
    arbitrary: whoArb.map((who): Move => ({
      type: 'request',
      who,
      method: 'POST',
      path: '/logout',
    })),
  },
);
const settingsArb = (engine: EngineName): fc.Arbitrary<Action | null> => {
  switch (engine) {
    case 'php':
      return fc
        .record(
          {
            useStrictMode: fc.boolean(),
            cookieHttponly: fc.boolean(),
            gcMaxlifetime: fc.constantFrom(60, 1440),
            gcProbability: fc.constantFrom(0, 1),
            gcDivisor: fc.constantFrom(1, 100),
          },
          { requiredKeys: [] },
        )
        .map((settings) => ({ type: 'set-php', settings }));
    case 'tomcat':
      return fc
        .record(
          { maxInactiveInterval: fc.constantFrom(60, 1800), useHttpOnly: fc.boolean() },
          { requiredKeys: [] },
        )
        .map((settings) => ({ type: 'set-tomcat', settings }));
    case 'laravel':
      return fc
        .record(
          {
            lifetime: fc.constantFrom(1, 120),
            lottery: fc.constantFrom<[number, number]>([2, 100], [1, 1], [0, 1]),
          },
          { requiredKeys: [] },
        )
        .map((settings) => ({ type: 'set-laravel', settings }));
    case 'flask':
      return fc
        .record(
          {
            sessionType: fc.constantFrom('cookie' as const, 'filesystem' as const),
            permanentOnLogin: fc.boolean(),
            sessionPermanent: fc.boolean(),
            useSigner: fc.boolean(),
          },
          { requiredKeys: [] },
        )
        .map((settings) => ({ type: 'set-flask', settings }));
    default:
      return fc
        .record({ rolling: fc.boolean(), saveUninitialized: fc.boolean() }, { requiredKeys: [] })
        .map((options) => ({ type: 'set-options', options }));
  }
};
const moveArb = (engine: EngineName): fc.Arbitrary<Move> =>
  fc.oneof(
    { weight: 12, arbitrary: requestArb },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(0, 1, 5 * MINUTE, 30 * MINUTE + 1, 2 * 60 * MINUTE + 1, 2 * DAY)
        .map((ms): Move => ({ type: 'action', action: { type: 'advance-clock', ms } })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...BROWSER_NAMES)
        .map((browser): Move => ({ type: 'action', action: { type: 'add-visitor', browser } })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          who: whoArb,
          value: fc.constantFrom('', 'forged', 's%3Aabc.def', 'x'.repeat(40)),
        })
        .map((r): Move => ({ type: 'edit-cookie', ...r })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ who: whoArb, value: fc.constantFrom('guess', 'eyJ1c2VyX2lkIjoyMTR9') })
        .map((r): Move => ({ type: 'add-cookie', ...r })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ from: whoArb, to: whoArb })
        .map((r): Move => ({ type: 'copy-cookie', ...r })),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constantFrom(
          'delete-cookie' as const,
          'close-browser' as const,
          'run-console' as const,
          'remove-visitor' as const,
        ),
        who: whoArb,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<Action>({ type: 'restart-server' }, { type: 'collect-garbage' })
        .map((action): Move => ({ type: 'action', action })),
    },
    {
      weight: 1,
      arbitrary: fc.boolean().map((regenerateOnLogin): Move => ({
        type: 'action',
        action: { type: 'set-app', app: { regenerateOnLogin } },
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .nat({ max: 8 })
        .map((count): Move => ({ type: 'action', action: { type: 'crowd', count } })),
    },
    {
      weight: 1,
      arbitrary: settingsArb(engine).map((action): Move => ({ type: 'action', action: action! })),
    },
  );

// --- From a move to the action the engine gets --------------------------------------------------

/** The cookie the stack names its session with (from what the server last set, else any). */
function sessionCookieName(world: World): string {
  const lines = world.exchanges.flatMap((e) => headerValues(e.response.headers, 'Set-Cookie'));
  const name = lines.map((l) => Cookie.parse(l)?.key).findLast(Boolean);
  return name ?? world.server.options.name;
}

function resolve(world: World, move: Move): Action {
  const visitor = (who: Who) => world.visitors[who % world.visitors.length]!.id;
  const name = sessionCookieName(world);
  switch (move.type) {
    case 'action':
      return move.action;
    case 'request': {
      const { who, ...rest } = move;
      return { ...rest, visitorId: visitor(who) };
    }
    case 'edit-cookie':
    case 'add-cookie':
      return { type: move.type, visitorId: visitor(move.who), name, value: move.value };
    case 'delete-cookie':
      return { type: move.type, visitorId: visitor(move.who), name };
    case 'copy-cookie':
      return { type: move.type, from: visitor(move.from), to: visitor(move.to), name };
    default:
      return { type: move.type, visitorId: visitor(move.who) };
  }
}

// --- The invariants -----------------------------------------------------------------------------

const stores = (world: World): GuestBook[] => [
  world.server.guestBook,
  ...(world.cluster?.memories ?? []),
];

/** Engines whose login renews the session ID (when the shop's code asks for it). */
const RENEWS: EngineName[] = ['express-session', 'php', 'tomcat', 'laravel'];

interface Model {
  /** Per visitor: every `name=value` a server set for it, or a person typed or copied into it. */
  allowed: Map<string, Set<string>>;
  /** Each session ID bound to a user, and to whom. */
  bindings: Map<string, number>;
}

const pageUser = (body: string): number | null => {
  try {
    const page = JSON.parse(body) as ShopPage;
    return 'user' in page && page.user ? page.user.id : null;
  } catch {
    return null;
  }
};

function allow(model: Model, visitorId: string, line: string) {
  const c = Cookie.parse(line);
  if (!c) return;
  let set = model.allowed.get(visitorId);
  if (!set) model.allowed.set(visitorId, (set = new Set()));
  set.add(`${c.key}=${c.value}`);
}

function beforeAction(model: Model, world: World, action: Action) {
  if (action.type === 'edit-cookie' || action.type === 'add-cookie')
    allow(model, action.visitorId, `${action.name}=${action.value}; Path=/`);
  if (action.type === 'copy-cookie')
    for (const c of world.visitors.find((v) => v.id === action.from)?.cookies ?? [])
      allow(model, action.to, `${c.name}=${c.value}; Path=/`);
}

function check(before: World, after: World, action: Action, model: Model, engine: EngineName) {
  // The guest book is the store: one row per ID; a session is bound to at most one user.
  for (const book of stores(after)) {
    const ids = book.map((r) => r.id);
    expect(new Set(ids).size, 'an ID twice in one store').toBe(ids.length);
    for (const row of book) {
      if (row.user_id === null) continue;
      expect(USERS.map((u) => u.id)).toContain(row.user_id);
      const was = model.bindings.get(row.id);
      // Without a new ID on login (the shop's regenerate() off, or Flask, which has none), a
      // second login in the same session rebinds it: session fixation, as in the real thing.
      const renews = RENEWS.includes(engine) && after.server.app?.regenerateOnLogin !== false;
      if (was !== undefined && renews)
        expect(row.user_id, `session ${row.id} changed hands`).toBe(was);
      model.bindings.set(row.id, row.user_id);
    }
  }
  // A stack that keeps the session in the cookie keeps no row (Flask-Session's files aside).
  if (
    engine === 'cookie-session' ||
    (engine === 'flask' && after.server.flask?.sessionType !== 'filesystem')
  )
    expect(after.server.guestBook.filter((r) => !before.server.guestBook.includes(r))).toEqual([]);

  // A request: what the server set is what the jar may hold; a login is answered as it must be.
  if (action.type === 'request' && after.exchanges.length > before.exchanges.length) {
    const exchange = after.exchanges.at(-1)!;
    for (const line of headerValues(exchange.response.headers, 'Set-Cookie'))
      allow(model, action.visitorId, line);
    const user = USERS.find((u) => u.username === action.form?.username);
    // PHP refuses an ID of illegal characters outright: session_start() fails, no session.
    const noSession = exchange.trace.some(
      (s) => s.kind === 'invalid-id' && s.outcome === 'no-session',
    );
    if (action.path === '/login' && user && action.form?.password === user.password && !noSession) {
      expect(exchange.response.status, 'a right login').toBe(200);
      expect(pageUser(exchange.response.body)).toBe(user.id);
      const regenerates = after.server.app?.regenerateOnLogin !== false;
      if (RENEWS.includes(engine) && regenerates && !after.cluster) {
        // Regenerate leaves no old row: the session now bound to the user is a new one.
        const bound = after.server.guestBook.filter(
          (r) =>
            r.user_id === user.id &&
            !before.server.guestBook.some((b) => b.id === r.id && b.user_id === user.id),
        );
        for (const row of bound)
          expect(
            before.server.guestBook.some((b) => b.id === row.id),
            `login kept ID ${row.id}`,
          ).toBe(false);
      }
    }
    if (action.path === '/me' && action.method === 'GET') {
      const shown = pageUser(exchange.response.body);
      expect(exchange.response.status).toBe(shown === null ? 401 : 200);
    }
  }
  // Jars: DevTools lists what the jar holds, nothing expired, nothing nobody set or typed.
  for (const v of after.visitors) {
    expect(JSON.stringify(v.cookies)).toBe(JSON.stringify(listCookies(v.jar, after.now)));
    for (const c of v.cookies) {
      if (c.expires !== null) expect(c.expires).toBeGreaterThan(after.now);
      expect(
        model.allowed.get(v.id)?.has(`${c.name}=${c.value}`),
        `${v.id} holds ${c.name}=${c.value}`,
      ).toBe(true);
    }
  }
}

async function play(engine: EngineName, seed: number, moves: Move[]) {
  randomness.state = seed;
  let world = await applyAction(createWorld(), { type: 'set-engine', engine }, inPageTransport);
  const model: Model = { allowed: new Map(), bindings: new Map() };
  const actions: Action[] = [];
  for (const move of moves) {
    const action = resolve(world, move);
    actions.push(action);
    const before = world;
    beforeAction(model, before, action);
    world = await applyAction(before, action, inPageTransport);
    try {
      check(before, world, action, model, engine);
    } catch (error) {
      throw new Error(
        `${engine}, after ${JSON.stringify(action)}\nactions: ${actions.map((a) => JSON.stringify(a)).join('\n  ')}`,
        { cause: error },
      );
    }
  }
  return { world, actions };
}

const params = {
  numRuns: RUNS,
  ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {}),
  ...(process.env.PROPERTY_PATH ? { path: process.env.PROPERTY_PATH } : {}),
};

describe.each(ENGINE_NAMES)('on %s', (engine) => {
  it('keeps every engine’s invariants, and the same actions replay to the same world', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.array(moveArb(engine), { maxLength: MAX_ACTIONS }),
        async (seed, moves) => {
          const first = await play(engine, seed, moves);
          const again = await play(engine, seed, moves);
          expect(again.actions).toEqual(first.actions);
          expect(JSON.stringify(again.world)).toBe(JSON.stringify(first.world));
        },
      ),
      params,
    );
  }, 120_000);
});
