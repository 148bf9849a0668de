import { describe, expect, it } from 'vitest';
import { MINUTE } from './clock';
import { applyAction } from './engine';
import { inPageTransport } from './network/transport';
import { createWorld, type Action, type World } from './world';

const run = async (world: World, ...actions: Action[]) => {
  for (const a of actions) world = await applyAction(world, a, inPageTransport);
  return world;
};
const visit = (visitorId: string): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path: '/',
});

describe('garbage collection of expired sessions', () => {
  it('leaves rows alone until they expire, then deletes only the expired ones', async () => {
    let world = await run(createWorld(), visit('v1'), { type: 'add-visitor', browser: 'Safari' });
    world = await run(world, { type: 'advance-clock', ms: 20 * MINUTE }, visit('v2'));
    expect(world.server.guestBook).toHaveLength(2);

    const early = await run(world, { type: 'collect-garbage' });
    expect(early.server.guestBook).toHaveLength(2);

    // Chrome's row is now 30 minutes idle (expired, lingering); Safari's only 10.
    const later = await run(world, { type: 'advance-clock', ms: 10 * MINUTE });
    expect(later.server.guestBook).toHaveLength(2);
    const collected = await run(later, { type: 'collect-garbage' });
    expect(collected.server.guestBook.map((r) => r.ip_address)).toEqual(['198.51.100.28']);
    expect(collected.lastDiff.deleted.map((r) => r.ip_address)).toEqual(['203.0.113.27']);
  });
});

describe('browser rules the jar applies to what the server sends', () => {
  it('refuses SameSite=None without Secure, says why, and the visitor stays a stranger', async () => {
    let world = await run(createWorld(), {
      type: 'set-options',
      options: { cookie: { path: '/', httpOnly: true, secure: false, sameSite: 'none' } },
    });
    world = await run(world, visit('v1'), visit('v1'));
    const [first, second] = world.exchanges;
    expect(first!.refusedCookies).toEqual([
      {
        line: expect.stringMatching(/^connect\.sid=.*; SameSite=None$/),
        reason: 'samesite-none-insecure',
      },
    ]);
    expect(world.visitors[0]!.cookies).toEqual([]);
    // The next request carries no cookie, so the server makes yet another session.
    expect(second!.request.headers.some(([n]) => n === 'Cookie')).toBe(false);
    expect(world.server.guestBook).toHaveLength(2);
  });

  it('stores the same cookie once it is Secure too', async () => {
    let world = await run(createWorld(), {
      type: 'set-options',
      options: { cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'none' } },
    });
    world = await run(world, visit('v1'));
    expect(world.exchanges[0]!.refusedCookies).toEqual([]);
    expect(world.visitors[0]!.cookies.map((c) => [c.name, c.secure, c.sameSite])).toEqual([
      ['connect.sid', true, 'none'],
    ]);
  });
});

describe('DevTools: a person adds and deletes cookies', () => {
  it('an added cookie is sent with the next request; a deleted one is not', async () => {
    let world = await run(createWorld(), {
      type: 'add-cookie',
      visitorId: 'v1',
      name: 'connect.sid',
      value: 's%3Aplanted.sig',
    });
    expect(world.visitors[0]!.cookies.map((c) => [c.name, c.value, c.httpOnly])).toEqual([
      ['connect.sid', 's%3Aplanted.sig', false],
    ]);
    world = await run(world, visit('v1'));
    expect(world.exchanges[0]!.request.headers).toContainEqual([
      'Cookie',
      'connect.sid=s%3Aplanted.sig',
    ]);
    world = await run(world, { type: 'delete-cookie', visitorId: 'v1', name: 'connect.sid' });
    expect(world.visitors[0]!.cookies).toEqual([]);
  });

  it('a cookie that breaks the rules is not stored and nothing breaks', async () => {
    const world = await run(createWorld(), {
      type: 'add-cookie',
      visitorId: 'v1',
      name: 'bad name;',
      value: 'x'.repeat(5000),
    });
    expect(world.visitors[0]!.cookies).toEqual([]);
  });
});
