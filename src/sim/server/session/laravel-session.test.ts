import { describe, expect, it } from 'vitest';
import { isAction } from '../../actions';
import { MINUTE } from '../../clock';
import { headerValues, SITE_ORIGIN, type WireRequest } from '../../http/wire';
import type { Action } from '../../world';
import { defaultOptions } from '../options';
import { handleRequest, type ServerState } from '../shop';
import { LOGIN_KEY, serialize } from './laravel-file';
import {
  decryptCookie,
  encryptCookie,
  LARAVEL_COOKIE,
  LARAVEL_DEFAULTS,
  LARAVEL_SID_SHAPE,
} from './laravel-session';
import { last, login, run, setCookies, visit } from './shop-visits';

const laravel: Action = { type: 'set-engine', engine: 'laravel' };

/** The session ID inside the visitor's laravel_session cookie. */
async function cookieId(line: string): Promise<string | null> {
  const wire = new RegExp(`^${LARAVEL_COOKIE}=([^;]+)`).exec(line)![1]!;
  return decryptCookie(LARAVEL_COOKIE, decodeURIComponent(wire));
}

describe('the Laravel engine in the shop', () => {
  it('sends an encrypted laravel_session for 120 minutes and writes a row at once', async () => {
    const w = await run([laravel, visit('/')]);
    const [line] = setCookies(w);
    expect(line).toMatch(
      /^laravel_session=[A-Za-z0-9%]+; expires=\w{3}, \d{2}-\w{3}-\d{4} [\d:]{8} GMT; Max-Age=7200; path=\/; httponly; samesite=lax$/,
    );
    const [row] = w.server.guestBook;
    expect(row!.id).toMatch(LARAVEL_SID_SHAPE);
    expect(await cookieId(line!)).toBe(row!.id);
    // The encrypted value does not show the ID.
    expect(line).not.toContain(row!.id);
    expect(row!.user_id).toBeNull();
    expect(row!.last_activity % 1000).toBe(0);
  });

  it('keeps the CSRF token, the URL and _flash in the payload', async () => {
    const w = await run([laravel, visit('/')]);
    const native = w.server.guestBook[0]!.native;
    expect(native?.engine).toBe('laravel');
    if (native?.engine !== 'laravel') return;
    expect(serialize(native.attributes)).toMatch(
      /^a:3:\{s:6:"_token";s:40:"[A-Za-z0-9]{40}";s:9:"_previous";a:1:\{s:3:"url";s:20:"https:\/\/shop\.example";\}s:6:"_flash";a:2:\{s:3:"old";a:0:\{\}s:3:"new";a:0:\{\}\}\}$/,
    );
  });

  it('migrates the ID on login even without regenerate(), and fills user_id', async () => {
    const off: Action = { type: 'set-app', app: { regenerateOnLogin: false } };
    const w = await run([laravel, off, visit('/cart', { item: 'milk' }), login]);
    const before = w.exchanges.at(-2)!;
    const oldId = await cookieId(headerValues(before.response.headers, 'Set-Cookie')[0]!);
    const [row] = w.server.guestBook;
    expect(w.server.guestBook).toHaveLength(1);
    expect(row!.id).not.toBe(oldId);
    expect(row!.user_id).toBe(152);
    expect(row!.native?.engine === 'laravel' && row!.native.attributes[LOGIN_KEY]).toBe(152);
    expect(row!.payload.cart).toEqual(['milk']);
  });

  it('logs out into a new, empty session: the old row deleted, a new cookie sent', async () => {
    const w = await run([laravel, login, visit('/logout', {})]);
    const [row] = w.server.guestBook;
    expect(w.server.guestBook).toHaveLength(1);
    expect(row!.user_id).toBeNull();
    expect(await cookieId(setCookies(w)[0]!)).toBe(row!.id);
    expect(w.lastDiff.deleted).toHaveLength(1);
  });

  it('refuses a cookie it cannot decrypt: a new ID, the planted one never stored', async () => {
    const planted: Action = {
      type: 'add-cookie',
      visitorId: 'v1',
      name: LARAVEL_COOKIE,
      value: 'A'.repeat(40),
    };
    const w = await run([laravel, planted, visit('/')]);
    expect(w.server.guestBook.map((r) => r.id)).not.toContain('A'.repeat(40));
    expect(last(w).trace).toContainEqual({ kind: 'laravel', op: 'decrypt-bad' });
  });

  it('reads a row idle past the lifetime as empty: logged out, the same ID used again', async () => {
    const w = await run([
      laravel,
      login,
      { type: 'advance-clock', ms: 119 * MINUTE },
      visit('/me'),
      { type: 'advance-clock', ms: 121 * MINUTE },
    ]);
    expect(last(w).response.status).toBe(200);
    // The browser dropped the cookie (Max-Age 7200): the ID comes back only if replayed.
    const id = w.server.guestBook[0]!.id;
    const state: ServerState = { ...w.server };
    const value = encodeURIComponent(await encryptCookie(LARAVEL_COOKIE, id));
    const reply = await handleRequest(
      state,
      {
        method: 'GET',
        url: `${SITE_ORIGIN}/me`,
        headers: [['Cookie', `${LARAVEL_COOKIE}=${value}`]],
        body: '',
      },
      // The lottery not drawn (random_int gives 51): with Math.random, 2 requests in 100 ran the
      // GC, which deletes the expired row this test reads.
      { now: w.now, remoteIp: '10.0.0.1', random: () => 0.5 },
    );
    expect(reply.response.status).toBe(401);
    expect(reply.state.guestBook.map((r) => r.id)).toEqual([id]);
    expect(reply.trace).toContainEqual({ kind: 'laravel', op: 'expired', id });
  });

  it('draws the lottery: GC deletes rows lifetime old only when random_int(1, 100) <= 2', async () => {
    const stale = await run([laravel, visit('/'), { type: 'advance-clock', ms: 120 * MINUTE }]);
    const state: ServerState = {
      options: defaultOptions('unused'),
      engine: 'laravel',
      laravel: LARAVEL_DEFAULTS,
      guestBook: stale.server.guestBook,
    };
    const req: WireRequest = { method: 'GET', url: `${SITE_ORIGIN}/`, headers: [], body: '' };
    const lose = await handleRequest(state, req, {
      now: stale.now,
      remoteIp: '10.0.0.2',
      random: () => 0.02, // random_int gives 3
    });
    expect(lose.state.guestBook).toHaveLength(2);
    const win = await handleRequest(state, req, {
      now: stale.now,
      remoteIp: '10.0.0.2',
      random: () => 0.015, // random_int gives 2
    });
    expect(win.state.guestBook).toHaveLength(1);
    expect(win.trace).toContainEqual({ kind: 'laravel', op: 'gc', count: 1 });
  });

  it('expires rows by the lifetime config/session.php says now, also rows written before', async () => {
    const w = await run([
      laravel,
      login,
      { type: 'advance-clock', ms: 6 * MINUTE },
      { type: 'set-laravel', settings: { lifetime: 5 } },
      visit('/me'),
    ]);
    expect(last(w).response.status).toBe(401);
    expect(last(w).trace).toContainEqual(
      expect.objectContaining({ kind: 'laravel', op: 'expired' }),
    );
    expect(setCookies(w)[0]).toContain('Max-Age=300;');
  });

  it('keeps its rows across a restart; the GC button deletes those lifetime old', async () => {
    const w = await run([laravel, login, { type: 'restart-server' }]);
    expect(w.server.guestBook).toHaveLength(1);
    const later = await run(
      [{ type: 'advance-clock', ms: 120 * MINUTE }, { type: 'collect-garbage' }],
      w,
    );
    expect(later.server.guestBook).toHaveLength(0);
  });

  it('takes config/session.php changes from a shared link only when they make sense', () => {
    const set = (settings: unknown) => isAction({ type: 'set-laravel', settings });
    expect(set({ lifetime: 5 })).toBe(true);
    expect(set({ lottery: [1, 1] })).toBe(true);
    expect(set({ lifetime: 0 })).toBe(false);
    expect(set({ lottery: [2, 0] })).toBe(false);
    expect(set({ lottery: [2] })).toBe(false);
    expect(set({ lottery: '2/100' })).toBe(false);
    expect(set({ encrypt: true })).toBe(false);
  });
});
