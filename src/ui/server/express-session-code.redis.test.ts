/**
 * The central-store code the student reads must be code that runs: it is executed here with the
 * real express-session and connect-redis; only the Redis client is a stand-in (no server here —
 * redis-store.diff.test.ts runs the same store against a real one).
 */
import { createRequire } from 'node:module';
import { RedisStore } from 'connect-redis';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../sim/server/options';
import { expressSessionCode } from './express-session-code';

const realRequire = createRequire(import.meta.url);

const realSession = realRequire('express-session') as (options: object) => unknown;
const CjsRedisStore = (realRequire('connect-redis') as { RedisStore: typeof RedisStore })
  .RedisStore;

function run(code: string) {
  const client = { url: '', connected: false, connect: () => Promise.resolve(true) };
  let options: Record<string, unknown> = {};
  const used: unknown[] = [];
  const require = (name: string): unknown => {
    if (name === 'redis')
      return {
        createClient: ({ url }: { url: string }) => {
          client.url = url;
          client.connect = () => Promise.resolve((client.connected = true));
          return client;
        },
      };
    if (name === 'express-session')
      return (o: Record<string, unknown>) => {
        options = o;
        return realSession(o);
      };
    return realRequire(name);
  };
  const app = { use: (middleware: unknown) => used.push(middleware) };
  new Function('require', 'app', 'process', code)(require, app, {
    env: { SESSION_SECRET: 'from the environment', REDIS_URL: 'redis://cache:6379' },
  });
  return { client, options, used };
}

describe('the express-session code with a central store', () => {
  it('runs as written: a RedisStore on the connected client is the session store', () => {
    const code = expressSessionCode(defaultOptions('s'), (key) => key, 'redis');
    expect(code).toContain('store: new RedisStore({ client: redisClient }),');
    const { client, options, used } = run(code);
    expect(client.url).toBe('redis://cache:6379');
    expect(client.connected).toBe(true);
    expect(options.store).toBeInstanceOf(CjsRedisStore);
    expect((options.store as RedisStore).client).toBe(client);
    // The real express-session accepted it and made its middleware.
    expect(used).toHaveLength(1);
    expect(typeof used[0]).toBe('function');
  });

  it('names the store only in central mode', () => {
    const memory = expressSessionCode(defaultOptions('s'), (key) => key);
    expect(memory).not.toContain('RedisStore');
    expect(memory).not.toContain('store:');
  });

  it('the RedisStore the code builds uses the sess: prefix and a one-day default TTL', () => {
    const store = new RedisStore({ client: {} });
    expect(store.prefix).toBe('sess:');
    expect(store.ttl).toBe(86400);
  });
});
