import { describe, expect, it } from 'vitest';
import { applyAction } from '../engine';
import { inPageTransport } from '../network/transport';
import { createWorld, type Action, type World } from '../world';
import type { ClusterMode } from './cluster';

const login: Action = {
  type: 'request',
  visitorId: 'v1',
  method: 'POST',
  path: '/login',
  form: { username: 'mina', password: 'sesame' },
};
const me: Action = { type: 'request', visitorId: 'v1', method: 'GET', path: '/me' };

async function run(mode: ClusterMode, actions: Action[]): Promise<World> {
  let world = await applyAction(createWorld(), { type: 'set-cluster', mode }, inPageTransport);
  for (const a of actions) world = await applyAction(world, a, inPageTransport);
  return world;
}

const last = (w: World) => w.exchanges[w.exchanges.length - 1]!;

describe('several servers behind a load balancer', () => {
  it('per-server memory: a login on A is unknown to B', async () => {
    const w = await run('per-server', [login, me]);
    expect(w.exchanges.map((e) => e.node)).toEqual([0, 1]);
    expect(last(w).response.status).toBe(401);
    expect(w.cluster!.memories[0]!.map((r) => r.user_id)).toEqual([152]);
    expect(w.cluster!.memories[1]!.map((r) => r.user_id)).toEqual([null]);
  });

  it('sticky sessions: the visitor always reaches the same server', async () => {
    const w = await run('sticky', [login, me, me]);
    expect(w.exchanges.map((e) => e.node)).toEqual([0, 0, 0]);
    expect(last(w).response.status).toBe(200);
  });

  it('replication: every server holds a copy of every session', async () => {
    const w = await run('replicated', [login, me]);
    expect(last(w).node).toBe(1);
    expect(last(w).response.status).toBe(200);
    expect(w.cluster!.memories.map((m) => m.map((r) => r.user_id))).toEqual([[152], [152]]);
  });

  it('a central store: one copy, every server finds it', async () => {
    const w = await run('central', [login, me]);
    expect(last(w).response.status).toBe(200);
    expect(w.server.guestBook.map((r) => r.user_id)).toEqual([152]);
    expect(w.cluster!.memories).toEqual([[], []]);
  });
});
