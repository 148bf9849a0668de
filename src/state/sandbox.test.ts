import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAction } from '../sim/actions';
import { BROWSER_NAMES } from '../sim/browser/visitor';
import { applyAction } from '../sim/engine';
import { inPageTransport } from '../sim/network/transport';
import { ENGINE_NAMES } from '../sim/server/session/engine';
import { createWorld, type Action, type World } from '../sim/world';
import { MODES, nextMode, TRANSITIONS, type ModeEvent } from './modes';
import {
  canRedo,
  canUndo,
  moveTo,
  openSandbox,
  recordAction,
  replay,
  sandboxWorld,
  SNAPSHOTS_KEPT,
  type Apply,
  type SandboxRun,
} from './sandbox';
import { decodeActions, encodeActions } from './sandbox-link';

const apply: Apply = (world, action) => applyAction(world, action, inPageTransport);
const get = (path: string, visitorId = 'v1'): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path,
});
const login = (password: string, username = 'mina'): Action => ({
  type: 'request',
  visitorId: 'v1',
  method: 'POST',
  path: '/login',
  form: { username, password },
});

async function run(actions: Action[], start = createWorld()): Promise<SandboxRun> {
  let sandbox = openSandbox('welcome', start);
  for (const action of actions) {
    sandbox = recordAction(sandbox, action, await apply(sandboxWorld(sandbox), action));
  }
  return sandbox;
}

const rows = (world: World) => world.server.guestBook.length;

describe('modes', () => {
  const EVENTS: ModeEvent[] = [
    'start-challenge',
    'leave-challenge',
    'open-sandbox',
    'leave-sandbox',
    'restart',
  ];

  it('goes from the lesson to a challenge or the sandbox, and back only by leaving', () => {
    expect(nextMode('guided', 'start-challenge')).toBe('challenge');
    expect(nextMode('challenge', 'leave-challenge')).toBe('guided');
    expect(nextMode('guided', 'open-sandbox')).toBe('sandbox');
    expect(nextMode('sandbox', 'leave-sandbox')).toBe('guided');
    // Leaving what one is not in means nothing.
    expect(nextMode('guided', 'leave-sandbox')).toBeNull();
    expect(nextMode('sandbox', 'leave-challenge')).toBeNull();
  });

  it('starts over in the lesson from every mode, and every mode can be reached from the lesson', () => {
    for (const mode of MODES) expect(nextMode(mode, 'restart')).toBe('guided');
    const reached = new Set(EVENTS.map((e) => nextMode('guided', e)).filter(Boolean));
    expect([...reached].sort()).toEqual([...MODES].sort());
    for (const events of Object.values(TRANSITIONS))
      for (const to of Object.values(events)) expect(MODES).toContain(to);
    expect(MODES).toHaveLength(3);
    expect(Object.keys(TRANSITIONS)).not.toContain('presenter');
  });
});

describe('sandbox history', () => {
  it('undoes and redoes actions, and a new action after an undo drops what was undone', async () => {
    let sandbox = await run([get('/'), get('/', 'v1'), login('sesame')]);
    const loggedIn = sandboxWorld(sandbox);
    expect(loggedIn.server.guestBook.some((r) => r.user_id === 152)).toBe(true);

    sandbox = await moveTo(sandbox, sandbox.cursor - 1, apply);
    expect(sandboxWorld(sandbox).server.guestBook.some((r) => r.user_id === 152)).toBe(false);
    expect(canRedo(sandbox)).toBe(true);

    sandbox = await moveTo(sandbox, sandbox.cursor + 1, apply);
    expect(sandboxWorld(sandbox)).toBe(loggedIn);

    sandbox = await moveTo(sandbox, 1, apply);
    const clock: Action = { type: 'advance-clock', ms: 60_000 };
    sandbox = recordAction(sandbox, clock, await apply(sandboxWorld(sandbox), clock));
    expect(sandbox.actions).toEqual([get('/'), clock]);
    expect(canRedo(sandbox)).toBe(false);

    sandbox = await moveTo(sandbox, 0, apply);
    expect(canUndo(sandbox)).toBe(false);
    expect(rows(sandboxWorld(sandbox))).toBe(0);
  });

  it('keeps few snapshots in a long session, and replays the rest when the student goes back', async () => {
    let applied = 0;
    const counting: Apply = async (world) => {
      applied++;
      return { ...world, now: world.now + 1 };
    };
    const clock: Action = { type: 'advance-clock', ms: 1 };
    let sandbox = openSandbox('welcome', createWorld());
    const start = sandboxWorld(sandbox).now;
    for (let i = 0; i < 1000; i++) {
      sandbox = recordAction(sandbox, clock, await counting(sandboxWorld(sandbox), clock));
    }
    const kept = sandbox.snapshots.filter(Boolean).length;
    expect(kept).toBeLessThanOrEqual(SNAPSHOTS_KEPT + 2);
    applied = 0;
    sandbox = await moveTo(sandbox, 10, counting);
    expect(sandboxWorld(sandbox).now).toBe(start + 10);
    expect(applied).toBe(10); // replayed from the start, which is always kept
    sandbox = await moveTo(sandbox, 1000, counting);
    expect(sandboxWorld(sandbox).now).toBe(start + 1000);
  });

  it('replays a link on a new server, and stops at an action the engine refuses', async () => {
    const replayed = await replay('welcome', createWorld(), [get('/'), login('sesame')], apply);
    expect(replayed.cursor).toBe(2);
    expect(replayed.damagedLink).toBe(false);
    expect(sandboxWorld(replayed).server.guestBook[0]?.user_id).toBe(152);

    const failing: Apply = async (world, action) => {
      if (action.type === 'restart-server') throw new Error('refused');
      return apply(world, action);
    };
    const cut = await replay(
      'welcome',
      createWorld(),
      [get('/'), { type: 'restart-server' }, get('/')],
      failing,
    );
    expect(cut.cursor).toBe(1);
    expect(cut.damagedLink).toBe(true);
  });
});

// --- Links ---------------------------------------------------------------------------------------

const visitorIdArb = fc.constantFrom('v1', 'v2', 'v3');
const textArb = fc.string({ maxLength: 40 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('request' as const),
    visitorId: visitorIdArb,
    method: fc.constantFrom('GET' as const, 'POST' as const),
    path: fc.constantFrom('/', '/login', '/logout', '/cart', '/account'),
  }),
  fc.record({
    type: fc.constant('request' as const),
    visitorId: visitorIdArb,
    method: fc.constant('POST' as const),
    path: fc.constant('/login'),
    form: fc.record({ username: fc.constantFrom('mina', 'joon', 'nobody'), password: textArb }),
  }),
  fc.record({ type: fc.constant('advance-clock' as const), ms: fc.nat({ max: 86_400_000 }) }),
  fc.record({
    type: fc.constant('add-visitor' as const),
    browser: fc.constantFrom(...BROWSER_NAMES),
  }),
  fc.record({
    type: fc.constantFrom('edit-cookie' as const, 'add-cookie' as const),
    visitorId: visitorIdArb,
    name: textArb,
    value: textArb,
  }),
  fc.record({
    type: fc.constant('copy-cookie' as const),
    from: visitorIdArb,
    to: visitorIdArb,
    name: textArb,
  }),
  fc.record({ type: fc.constant('crowd' as const), count: fc.nat({ max: 5000 }) }),
  fc.record({
    type: fc.constant('set-cluster' as const),
    mode: fc.constantFrom('per-server' as const, 'sticky' as const, 'central' as const, null),
    size: fc.integer({ min: 2, max: 3 }),
  }),
  fc.record({ type: fc.constant('set-engine' as const), engine: fc.constantFrom(...ENGINE_NAMES) }),
  fc.record({
    type: fc.constant('set-options' as const),
    options: fc.record(
      {
        rolling: fc.boolean(),
        cookie: fc.record({ path: fc.constant('/'), httpOnly: fc.boolean(), secure: fc.boolean() }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant('set-app' as const),
    app: fc.record({ regenerateOnLogin: fc.boolean() }),
  }),
  fc.constant<Action>({ type: 'restart-server' }),
  fc.record({ type: fc.constant('run-console' as const), visitorId: visitorIdArb }),
);

/** What a link gives back for a typed password: the right one, or as many dots as were typed. */
function asLinked(action: Action): Action {
  if (action.type !== 'request' || !action.form?.password) return action;
  const { username, password } = action.form;
  const right = { mina: 'sesame', joon: 'tiger' }[username as 'mina' | 'joon'] === password;
  return right
    ? action
    : { ...action, form: { ...action.form, password: '•'.repeat(password.length) } };
}

describe('sandbox links', () => {
  it('give back the same actions, every one a valid action', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { maxLength: 40 }), async (actions) => {
        for (const a of actions) expect(isAction(a)).toBe(true);
        const decoded = await decodeActions(await encodeActions(actions));
        expect(decoded.damaged).toBe(false);
        expect(decoded.actions).toEqual(actions.map(asLinked));
      }),
      { numRuns: 150 },
    );
  });

  it('never carry a typed password, right or wrong', async () => {
    const code = await encodeActions([login('sesame'), login('my-own-secret-pw', 'joon')]);
    const bytes = Uint8Array.from(atob(code.slice(2).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const text = await new Response(
      new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
    ).text();
    expect(text).not.toContain('sesame');
    expect(text).not.toContain('my-own-secret-pw');
    const { actions } = await decodeActions(code);
    // The right password still logs in; the wrong one still fails.
    const sandbox = await replay('welcome', createWorld(), actions, apply);
    const statuses = sandboxWorld(sandbox).exchanges.map((e) => e.response.status);
    expect(statuses[0]).not.toBe(401);
    expect(statuses[1]).toBe(401);
  });

  it('read a 1,000-action session back from a link of reasonable length', async () => {
    const actions = Array.from({ length: 1000 }, (_, i) =>
      i % 3 ? get('/', `v${(i % 3) + 1}`) : ({ type: 'advance-clock', ms: 60_000 } as Action),
    );
    const code = await encodeActions(actions);
    expect(code.length).toBeLessThan(4000);
    expect((await decodeActions(code)).actions).toHaveLength(1000);
  });

  it('report a damaged or hostile link as damaged, never throw, and keep what came before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        const decoded = await decodeActions(junk);
        expect(Array.isArray(decoded.actions)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect((await decodeActions('1.%%%')).damaged).toBe(true);
    expect((await decodeActions('9.' + 'A'.repeat(20))).damaged).toBe(true);
    expect((await decodeActions('1.' + 'A'.repeat(300_000))).damaged).toBe(true);

    const pack = async (value: unknown) => {
      const bytes = new TextEncoder().encode(JSON.stringify(value));
      const packed = new Uint8Array(
        await new Response(
          new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')),
        ).arrayBuffer(),
      );
      return `1.${btoa(String.fromCharCode(...packed))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')}`;
    };
    const hostile = [
      get('/'),
      { type: 'set-options', options: { secret: 'stolen' } },
      get('/cart'),
    ];
    const decoded = await decodeActions(await pack(hostile));
    expect(decoded).toEqual({ actions: [get('/')], damaged: true });
    for (const bad of [
      { type: 'eval', code: 'alert(1)' },
      { type: 'crowd', count: 1e9 },
      { type: 'advance-clock', ms: -5 },
      { type: 'set-options', options: { cookie: { maxAge: 'soon' } } },
      { type: 'set-options', options: { name: '' } },
      { type: 'set-options', options: { cookie: { path: '/' } } },
      { type: 'request', visitorId: 'v1', method: 'DELETE', path: '/' },
      { type: 'request', visitorId: 'v1', method: 'GET', path: 'https://evil.example/' },
      { type: 'set-php', settings: { gcProbability: 'all' } },
      { type: '__proto__' },
      { type: 'toString' },
      null,
      'restart-server',
    ]) {
      expect(isAction(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
