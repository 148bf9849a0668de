/** The cookie-vs-session chapter: what each step shows is what the world does, and its wrong paths. */
import { describe, expect, it } from 'vitest';
import { headerValues } from '../../sim/http/wire';
import { type World } from '../../sim/world';
import { CHROME, get, JOON, post } from '../model';
import { CHALLENGES } from '../activities';
import { run, worldAfter } from '../replay-for-tests';

const chrome = (w: World) => w.visitors.find((v) => v.id === CHROME)!;
const cookie = (w: World, name: string) => chrome(w).cookies.find((c) => c.name === name);
const last = (w: World) => w.exchanges.at(-1)!;
const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;

describe('cookie vs session', () => {
  it('keeps the cart and the login in a signed cookie, and nothing on the server', async () => {
    const first = await worldAfter('cookie-store');
    expect(first.server.engine).toBe('cookie-session');
    expect(headerValues(last(first).response.headers, 'Set-Cookie')).toEqual([]);
    const login = await worldAfter('cookie-store-login');
    expect(login.server.guestBook).toEqual([]);
    expect(cookie(login, 'connect.sid')).toBeUndefined();
    const value = cookie(login, 'session')!.value;
    expect(JSON.parse(atob(value))).toEqual({ cart: ['apple'], userId: 152 });
    expect(cookie(login, 'session.sig')!.value).toMatch(/^[\w-]{27}$/);
    // Two Set-Cookie headers went out, and the trace says both (not just "session").
    expect(
      headerValues(last(login).response.headers, 'Set-Cookie').map((l) => l.split('=')[0]),
    ).toEqual(['session', 'session.sig']);
    expect(last(login).trace).toContainEqual({ kind: 'set-cookie', name: 'session', signed: true });
  });

  it('refuses the edited cookie with a 401 and tells the browser to drop the bad signature', async () => {
    const world = await worldAfter('cookie-store-tamper');
    expect(last(world).response.status).toBe(401);
    expect(last(world).trace).toContainEqual({
      kind: 'verify-signature',
      ok: false,
      reason: 'bad-signature',
    });
    expect(cookie(world, 'session.sig')).toBeUndefined();
  });

  it('sends more cookie bytes as the cart grows, and the cookie ends 30 minutes after its last write', async () => {
    const bytes = await worldAfter('cookie-store-bytes');
    // login, six items, My page: each item makes every later request's cookie longer.
    const cookieBytes = bytes.exchanges
      .slice(-8)
      .map((e) => headerValues(e.request.headers, 'Cookie')[0]?.length ?? 0);
    const carts = cookieBytes.slice(2, 8);
    expect(new Set(carts).size).toBe(carts.length);
    expect(carts).toEqual([...carts].sort((a, b) => a - b));
    const later = await worldAfter('cookie-store-compare');
    expect(last(later).response.status).toBe(401);
    expect(cookie(later, 'session')).toBeUndefined();
  });

  it('edit-the-cookie: a new signature on the server’s own data is refused, and gets a word', async () => {
    const c = byId('edit-the-cookie');
    const start = await worldAfter(c.after);
    const world = await run(start, [
      { type: 'edit-cookie', visitorId: CHROME, name: 'session.sig', value: 'forged' },
      get('/me'),
    ]);
    expect(last(world).response.status).toBe(401);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('sig-only');
  });

  it('outlive-logout: a password login in Firefox is not it; without a copy, logout ends it', async () => {
    const c = byId('outlive-logout');
    const start = await worldAfter(c.after);
    const typed = await run(start, [
      post('/logout'),
      post('/login', { username: 'mina', password: 'sesame' }, 'v4'),
      get('/me', 'v4'),
    ]);
    expect(c.goal(typed, start)).toBe(false);
    expect(c.nudge!(typed, start)).toBe('password');
    // A copy made after the logout holds nothing: Chrome's cookies are already gone.
    const late = await run(start, [
      post('/logout'),
      { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'session' },
      get('/me', 'v4'),
    ]);
    expect(last(late).response.status).toBe(401);
    expect(c.goal(late, start)).toBe(false);
    // Joon's own login in Firefox is not Mina's session either.
    const joon = await run(start, [post('/logout'), post('/login', JOON, 'v4'), get('/me', 'v4')]);
    expect(c.goal(joon, start)).toBe(false);
  });
});
