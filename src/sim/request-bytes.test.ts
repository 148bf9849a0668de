import { describe, expect, it } from 'vitest';
import { applyAction } from './engine';
import { byteLength, requestText } from './http/wire';
import { inPageTransport } from './network/transport';
import { weighAgainstSessionId } from './request-bytes';
import { createWorld, type Action, type World } from './world';

async function run(world: World, actions: Action[]): Promise<World> {
  for (const a of actions) world = await applyAction(world, a, inPageTransport);
  return world;
}

const visit = (path: string, form?: Record<string, string>): Action => ({
  type: 'request',
  visitorId: 'v1',
  method: form ? 'POST' : 'GET',
  path,
  ...(form ? { form } : {}),
});

describe('request bytes: cookie store vs session ID', () => {
  it('weighs the cookie store as sent, and the same requests replayed with a session ID', async () => {
    const items = ['apple', 'pear', 'plum', 'fig', 'kiwi', 'lime'];
    const world = await run(createWorld(), [
      { type: 'set-engine', engine: 'cookie-session' },
      visit('/'),
      visit('/login', { username: 'mina', password: 'sesame' }),
      ...items.map((item) => visit('/cart', { item })),
      visit('/me'),
    ]);
    const weights = await weighAgainstSessionId(world.exchanges, { browser: 'Chrome' });
    expect(weights.map((w) => w.sent)).toEqual(
      world.exchanges.map((e) => byteLength(requestText(e.request))),
    );
    // The session ID's cookie keeps one size; the cookie store's grows with every item.
    const cookieOnly = weights.map((w) => w.sent - w.withSessionId);
    const carts = cookieOnly.slice(3, 8);
    expect(carts).toEqual([...carts].sort((a, b) => a - b));
    expect(new Set(carts).size).toBe(carts.length);
    // With a session ID, the cart requests differ only by the item typed.
    const ids = weights.slice(3, 8).map((w, i) => w.withSessionId - items[i + 1]!.length);
    expect(new Set(ids).size).toBe(1);
    expect(weights.at(-1)!.sent).toBeGreaterThan(weights.at(-1)!.withSessionId);
    // The first request carries no cookie on either side.
    expect(weights[0]!.sent).toBe(weights[0]!.withSessionId);
  });

  it('keeps the weight of a request once weighed, as the list of requests grows', async () => {
    const world = await run(createWorld(), [
      { type: 'set-engine', engine: 'cookie-session' },
      visit('/login', { username: 'mina', password: 'sesame' }),
      ...['pear', 'plum', 'fig', 'kiwi'].map((item) => visit('/cart', { item })),
      visit('/me'),
    ]);
    const all = world.exchanges;
    const shorter = await weighAgainstSessionId(all.slice(0, -1), { browser: 'Chrome' });
    const longer = await weighAgainstSessionId(all, { browser: 'Chrome' });
    expect(longer.slice(0, -1)).toEqual(shorter);
    expect(await weighAgainstSessionId(all, { browser: 'Chrome' })).toEqual(longer);
  });
});
