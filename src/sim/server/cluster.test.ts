import { describe, expect, it } from 'vitest';
import { applyAction } from '../engine';
import { inPageTransport } from '../network/transport';
import { MINUTE } from '../clock';
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
    // A carries all of it: the load is spread less evenly than in turn.
    expect(w.cluster!.served).toEqual([3, 0]);
    expect(w.cluster!.pins).toEqual({ v1: 0 });
    const alone = await run('per-server', [login, me, me]);
    expect(alone.cluster!.served).toEqual([2, 1]);
  });

  it('a restart starts the count of answered requests afresh', async () => {
    let w = await run('sticky', [login, me]);
    w = await applyAction(w, { type: 'restart-server' }, inPageTransport);
    expect(w.cluster!.served).toEqual([0, 0]);
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

  describe('the central store is Redis (connect-redis)', () => {
    const redisCommands = (w: World) =>
      last(w).trace.flatMap((s) => (s.kind === 'store-command' ? [s] : []));
    const visit: Action = { type: 'request', visitorId: 'v1', method: 'GET', path: '/' };

    it('a first visit stores the session as JSON with SET … EX: no cookie yet, so no GET', async () => {
      const w = await run('central', [visit]);
      const row = w.server.guestBook[0]!;
      const commands = redisCommands(w);
      expect(commands.map((c) => c.command[0])).toEqual(['SET']);
      const [set] = commands;
      expect(set!.command[1]).toBe(`sess:${row.id}`);
      expect(JSON.parse(set!.command[2]!)).toEqual(row.payload);
      expect(set!.command.slice(3)).toEqual(['EX', '1800']);
      expect(set!.reply).toBe('OK');
    });

    it('login: GET the old key, DEL it (regenerate), SET the new one', async () => {
      const w = await run('central', [visit, login]);
      const commands = redisCommands(w);
      expect(commands.map((c) => [c.command[0], c.reply.slice(0, 1)])).toEqual([
        ['GET', '{'],
        ['DEL', '('],
        ['SET', 'O'],
      ]);
      expect(commands[1]!.reply).toBe('(integer) 1');
    });

    it('the key is gone once its TTL runs out, with no garbage collection', async () => {
      let w = await run('central', [login]);
      expect(w.server.guestBook).toHaveLength(1);
      w = await applyAction(w, { type: 'advance-clock', ms: 29 * MINUTE }, inPageTransport);
      expect(w.server.guestBook).toHaveLength(1);
      w = await applyAction(w, { type: 'advance-clock', ms: MINUTE }, inPageTransport);
      expect(w.server.guestBook).toEqual([]);
      w = await applyAction(w, me, inPageTransport);
      // The browser forgot its cookie at the same moment: a new, anonymous session.
      expect(last(w).response.status).toBe(401);
      expect(w.server.guestBook.map((r) => r.user_id)).toEqual([null]);
    });

    it('without maxAge the key lives one day (connect-redis ttl 86400)', async () => {
      let w = await applyAction(
        createWorld(),
        { type: 'set-cluster', mode: 'central' },
        inPageTransport,
      );
      w = await applyAction(
        w,
        {
          type: 'set-options',
          options: { cookie: { ...w.server.options.cookie, maxAge: undefined } },
        },
        inPageTransport,
      );
      w = await applyAction(w, login, inPageTransport);
      expect(redisCommands(w).at(-1)!.command.slice(3)).toEqual(['EX', '86400']);
      w = await applyAction(w, { type: 'advance-clock', ms: 24 * 60 * MINUTE }, inPageTransport);
      expect(w.server.guestBook).toEqual([]);
    });

    it('restarting the app servers keeps the sessions: they live in Redis', async () => {
      let w = await run('central', [login]);
      w = await applyAction(w, { type: 'restart-server' }, inPageTransport);
      w = await applyAction(w, me, inPageTransport);
      expect(last(w).response.status).toBe(200);
    });
  });
});
