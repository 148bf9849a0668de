import signature from 'cookie-signature';
import { describe, expect, it } from 'vitest';
import { header, headerValues, SITE_ORIGIN, type WireRequest } from '../http/wire';
import { MINUTE, LESSON_START } from '../clock';
import { defaultOptions, type SessionOptions } from './options';
import { handleRequest, type ServerState } from './shop';

const SECRET = 'keyboard cat';
const ctx = (now = LESSON_START) => ({ now, remoteIp: '203.0.113.27' });

/** express-session's own cookie defaults: no maxAge (a memory cookie), no rolling. */
const PLAIN: Partial<SessionOptions> = {
  rolling: false,
  cookie: { path: '/', httpOnly: true, secure: false },
};

function server(options: Partial<SessionOptions> = {}): ServerState {
  return { options: { ...defaultOptions(SECRET), ...PLAIN, ...options }, guestBook: [] };
}

function req(
  method: 'GET' | 'POST',
  path: string,
  cookie?: string,
  form?: Record<string, string>,
): WireRequest {
  const headers: [string, string][] = [['User-Agent', 'Chrome']];
  if (cookie) headers.push(['Cookie', cookie]);
  return {
    method,
    url: SITE_ORIGIN + path,
    headers,
    body: form ? new URLSearchParams(form).toString() : '',
  };
}

/** `connect.sid=s%3A…` out of a Set-Cookie line, as the browser would send it back. */
const cookiePair = (setCookie: string) => setCookie.split(';')[0] ?? '';
const sidOf = (setCookie: string) => decodeURIComponent(cookiePair(setCookie).split('=')[1] ?? '');

describe('first visit', () => {
  it('creates a row with user_id NULL and sends a signed connect.sid cookie', async () => {
    const { state, response, trace } = await handleRequest(server(), req('GET', '/'), ctx());
    expect(state.guestBook).toHaveLength(1);
    const row = state.guestBook[0]!;
    expect(row.user_id).toBeNull();
    expect(row.ip_address).toBe('203.0.113.27');
    expect(row.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const setCookie = header(response.headers, 'Set-Cookie')!;
    expect(setCookie).toMatch(
      /^connect\.sid=s%3A[A-Za-z0-9_-]{32}\.[A-Za-z0-9%]+; Path=\/; HttpOnly$/,
    );
    expect(trace.map((t) => t.kind)).toEqual([
      'receive',
      'parse-cookie',
      'create',
      'save',
      'set-cookie',
      'respond',
    ]);
  });

  it('signs the cookie so that the cookie-signature package verifies it', async () => {
    const { state, response } = await handleRequest(server(), req('GET', '/'), ctx());
    const value = sidOf(header(response.headers, 'Set-Cookie')!);
    expect(value.startsWith('s:')).toBe(true);
    expect(signature.unsign(value.slice(2), SECRET)).toBe(state.guestBook[0]!.id);
    expect(value.slice(2)).toBe(signature.sign(state.guestBook[0]!.id, SECRET));
  });

  it('gives every session a different ID', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { state } = await handleRequest(server(), req('GET', '/'), ctx());
      ids.add(state.guestBook[0]!.id);
    }
    expect(ids.size).toBe(50);
  });
});

describe('returning visitor', () => {
  it('finds the row by the cookie, touches last_activity and sends no new cookie', async () => {
    const first = await handleRequest(server(), req('GET', '/'), ctx());
    const cookie = cookiePair(header(first.response.headers, 'Set-Cookie')!);
    const later = LESSON_START + 5 * MINUTE;
    const second = await handleRequest(first.state, req('GET', '/'), ctx(later));
    expect(second.state.guestBook).toHaveLength(2); // no cookie sent: a second anonymous row
    const third = await handleRequest(first.state, req('GET', '/', cookie), ctx(later));
    expect(third.state.guestBook).toHaveLength(1);
    expect(third.state.guestBook[0]!.last_activity).toBe(later);
    expect(headerValues(third.response.headers, 'Set-Cookie')).toEqual([]);
    // No maxAge here (a browser-session cookie): the touch has no expiry to renew, and says so.
    expect(third.trace).toContainEqual({
      kind: 'save',
      id: third.state.guestBook[0]!.id,
      op: 'touch',
      noExpiry: true,
    });
  });

  it('with a maxAge, a touch renews the expiry', async () => {
    const withMaxAge = server({ cookie: { ...PLAIN.cookie!, maxAge: 30 * MINUTE } });
    const first = await handleRequest(withMaxAge, req('GET', '/'), ctx());
    const cookie = cookiePair(header(first.response.headers, 'Set-Cookie')!);
    const again = await handleRequest(first.state, req('GET', '/', cookie), ctx());
    expect(again.trace).toContainEqual({
      kind: 'save',
      id: first.state.guestBook[0]!.id,
      op: 'touch',
    });
  });

  it('treats a tampered cookie as no session and starts a new one, never an error', async () => {
    const first = await handleRequest(server(), req('GET', '/'), ctx());
    const cookie = cookiePair(header(first.response.headers, 'Set-Cookie')!);
    const tampered = cookie.replace(/s%3A(.)/, (_m, c: string) => `s%3A${c === 'A' ? 'B' : 'A'}`);
    const second = await handleRequest(first.state, req('GET', '/me', tampered), ctx());
    expect(second.trace).toContainEqual({
      kind: 'verify-signature',
      ok: false,
      reason: 'bad-signature',
    });
    expect(second.response.status).toBe(401);
    expect(second.state.guestBook).toHaveLength(2);
    expect(signature.unsign(sidOf(tampered).slice(2), SECRET)).toBe(false);
  });

  it.each([
    'connect.sid=',
    'connect.sid=%E0%A4%A',
    'connect.sid=s%3A',
    'connect.sid=s%3A.....',
    'connect.sid=<script>alert(1)</script>',
    `connect.sid=${'x'.repeat(10_000)}`,
    'connect.sid=😀; other=1',
    '=; ;;=;',
  ])('survives a hand-edited cookie %#', async (cookie) => {
    const { response, state } = await handleRequest(server(), req('GET', '/me', cookie), ctx());
    expect(response.status).toBe(401);
    expect(state.guestBook).toHaveLength(1);
  });
});

describe('login, expiry and logout', () => {
  async function loggedIn() {
    const first = await handleRequest(server(), req('GET', '/'), ctx());
    const cookie = cookiePair(header(first.response.headers, 'Set-Cookie')!);
    const login = await handleRequest(
      first.state,
      req('POST', '/login', cookie, { username: 'mina', password: 'sesame' }),
      ctx(),
    );
    return { first, login, cookie: cookiePair(header(login.response.headers, 'Set-Cookie')!) };
  }

  it('regenerates the ID on login: the old row goes, a new row holds user_id', async () => {
    const { first, login } = await loggedIn();
    expect(login.response.status).toBe(200);
    expect(login.state.guestBook).toHaveLength(1);
    const row = login.state.guestBook[0]!;
    expect(row.id).not.toBe(first.state.guestBook[0]!.id);
    expect(row.user_id).toBe(152);
    expect(login.trace.map((t) => t.kind)).toContain('regenerate');
  });

  it('answers /me without logging in again, and 401 without a cookie', async () => {
    const { login, cookie } = await loggedIn();
    const me = await handleRequest(login.state, req('GET', '/me', cookie), ctx());
    expect(me.response.status).toBe(200);
    expect(JSON.parse(me.response.body)).toMatchObject({ page: 'me', user: { id: 152 } });
    const anonymous = await handleRequest(login.state, req('GET', '/me'), ctx());
    expect(anonymous.response.status).toBe(401);
  });

  it('refuses a wrong password without touching the session', async () => {
    const first = await handleRequest(server(), req('GET', '/'), ctx());
    const cookie = cookiePair(header(first.response.headers, 'Set-Cookie')!);
    const bad = await handleRequest(
      first.state,
      req('POST', '/login', cookie, { username: 'mina', password: 'nope' }),
      ctx(),
    );
    expect(bad.response.status).toBe(401);
    expect(JSON.parse(bad.response.body)).toEqual({ page: 'login', error: 'bad-credentials' });
    expect(bad.state.guestBook.map((r) => [r.id, r.user_id])).toEqual([
      [first.state.guestBook[0]!.id, null],
    ]);
  });

  it('with no maxAge a session never expires: /me still answers 200 a day later', async () => {
    const { login, cookie } = await loggedIn();
    const later = await handleRequest(
      login.state,
      req('GET', '/me', cookie),
      ctx(LESSON_START + 24 * 60 * MINUTE),
    );
    expect(later.response.status).toBe(200);
  });

  it('an idle timeout is cookie.maxAge + rolling: expired exactly at maxAge, dropped as it is read', async () => {
    const idle = 30 * MINUTE;
    const shop = server({ rolling: true, cookie: { ...PLAIN.cookie!, maxAge: idle } });
    const first = await handleRequest(shop, req('GET', '/'), ctx());
    const cookie = cookiePair(header(first.response.headers, 'Set-Cookie')!);
    const login = await handleRequest(
      first.state,
      req('POST', '/login', cookie, { username: 'mina', password: 'sesame' }),
      ctx(),
    );
    const sid = cookiePair(header(login.response.headers, 'Set-Cookie')!);
    const before = await handleRequest(
      login.state,
      req('GET', '/me', sid),
      ctx(LESSON_START + idle - 1),
    );
    expect(before.response.status).toBe(200);
    // A browser would no longer send the expired cookie; one that does finds nothing either.
    const at = await handleRequest(login.state, req('GET', '/me', sid), ctx(LESSON_START + idle));
    expect(at.response.status).toBe(401);
    // The app cannot tell an expired session from a new visitor.
    expect(JSON.parse(at.response.body)).toEqual({ page: 'login', error: 'login-required' });
    expect(at.trace).toContainEqual(expect.objectContaining({ kind: 'lookup', result: 'expired' }));
    expect(at.state.guestBook.map((r) => r.user_id)).toEqual([null]);
  });

  it('logout destroys the row and clears the cookie with an Expires in the past', async () => {
    const { login, cookie } = await loggedIn();
    const out = await handleRequest(login.state, req('POST', '/logout', cookie), ctx());
    expect(out.state.guestBook).toEqual([]);
    expect(headerValues(out.response.headers, 'Set-Cookie')).toEqual([
      'connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
    const after = await handleRequest(out.state, req('GET', '/me', cookie), ctx());
    expect(after.response.status).toBe(401);
  });

  it('rejects empty and oversized input with 400 and a reason', async () => {
    const empty = await handleRequest(
      server(),
      req('POST', '/login', undefined, { username: '', password: 'x' }),
      ctx(),
    );
    expect(empty.response.status).toBe(400);
    expect(JSON.parse(empty.response.body)).toEqual({
      page: 'login',
      error: 'empty',
      field: 'username',
    });
    const huge = await handleRequest(
      server(),
      req('POST', '/login', undefined, { username: 'mina', password: 'p'.repeat(10_000) }),
      ctx(),
    );
    expect(JSON.parse(huge.response.body)).toEqual({
      page: 'login',
      error: 'too-long',
      field: 'password',
    });
  });
});

describe('options', () => {
  it('saveUninitialized: false stores nothing and sends no cookie until something is stored', async () => {
    const s = server({ saveUninitialized: false });
    const home = await handleRequest(s, req('GET', '/'), ctx());
    expect(home.state.guestBook).toEqual([]);
    expect(headerValues(home.response.headers, 'Set-Cookie')).toEqual([]);
    expect(home.trace.map((t) => t.kind)).toContain('skip-save');
    const cart = await handleRequest(
      home.state,
      req('POST', '/cart', undefined, { item: 'tea' }),
      ctx(),
    );
    expect(cart.state.guestBook).toHaveLength(1);
    expect(headerValues(cart.response.headers, 'Set-Cookie')).toHaveLength(1);
  });

  it('cookie.maxAge makes a persistent cookie with Expires; rolling re-sends it every time', async () => {
    const s = server({
      rolling: true,
      cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * MINUTE },
    });
    const first = await handleRequest(s, req('GET', '/'), ctx());
    const setCookie = header(first.response.headers, 'Set-Cookie')!;
    expect(setCookie).toContain('; Expires=Mon, 02 Mar 2026 01:00:00 GMT');
    expect(setCookie).toContain('; Secure');
    expect(setCookie).toContain('; SameSite=Lax');
    const again = await handleRequest(
      first.state,
      req('GET', '/', cookiePair(setCookie)),
      ctx(LESSON_START + 10 * MINUTE),
    );
    expect(header(again.response.headers, 'Set-Cookie')).toContain(
      'Expires=Mon, 02 Mar 2026 01:10:00 GMT',
    );
  });

  it('a custom cookie name is used on the wire', async () => {
    const { response } = await handleRequest(
      server({ name: 'JSESSIONID' }),
      req('GET', '/'),
      ctx(),
    );
    expect(header(response.headers, 'Set-Cookie')).toMatch(/^JSESSIONID=s%3A/);
  });
});
