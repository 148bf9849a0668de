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
