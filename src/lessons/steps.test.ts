/** The whole lesson, step by step, against the real simulated server and jars (no browser). */
import { describe, expect, it } from 'vitest';
import { headerValues } from '../sim/http/wire';
import { applyAction } from '../sim/engine';
import { inPageTransport } from '../sim/network/transport';
import { isExpired } from '../sim/server/guest-book';
import { createWorld, visitorById, type World } from '../sim/world';
import { focusAt } from './model';
import { STEPS, stepIndexById } from './steps';

async function walk(): Promise<Map<string, World>> {
  const worlds = new Map<string, World>();
  let world = createWorld();
  for (const step of STEPS) {
    for (const action of step.actions) world = await applyAction(world, action, inPageTransport);
    worlds.set(step.id, world);
  }
  return worlds;
}

const lastExchange = (w: World) => w.exchanges[w.exchanges.length - 1]!;
const userIds = (w: World) => w.server.guestBook.map((r) => r.user_id);

describe('the lesson', async () => {
  const worlds = await walk();
  const at = (id: string) => {
    const w = worlds.get(id);
    if (!w) throw new Error(`no step ${id}`);
    return w;
  };

  it('has unique step ids, each with a visitor that exists at that step', () => {
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
    for (const step of STEPS) expect(visitorById(at(step.id), step.visitor), step.id).toBeDefined();
    expect(stepIndexById('login')).toBeGreaterThan(stepIndexById('first-visit'));
  });

  it('gives a request of a step its own parts only where the step has that request', () => {
    const own = STEPS.filter((s) => s.beatFocus);
    expect(own.map((s) => s.id)).toContain('secure-cafe');
    for (const step of own) {
      const requests = step.actions.filter((a) => a.type === 'request').length;
      for (const [beat, focus] of Object.entries(step.beatFocus!)) {
        expect(Number(beat), step.id).toBeLessThan(requests);
        expect(focusAt(step, Number(beat)), step.id).toEqual(focus);
      }
      // The step as a whole (a link straight to it) keeps its own parts.
      expect(focusAt(step, null)).toEqual(step.focus);
    }
  });

  it('chapter 1: first visit, login with a new ID, expiry, logout', () => {
    expect(userIds(at('first-visit'))).toEqual([null]);
    const login = at('login');
    expect(userIds(login)).toEqual([152]);
    expect(login.server.guestBook[0]!.id).not.toBe(at('first-visit').server.guestBook[0]!.id);
    expect(lastExchange(at('me')).response.status).toBe(200);
    // Idle past cookie.maxAge: the browser drops the cookie, so /me goes out without one.
    expect(visitorById(at('idle'), 'v1')!.cookies).toEqual([]);
    const expired = at('expired');
    expect(headerValues(lastExchange(expired).request.headers, 'Cookie')).toEqual([]);
    expect(lastExchange(expired).response.status).toBe(401);
    expect(JSON.parse(lastExchange(expired).response.body)).toMatchObject({
      error: 'login-required',
    });
    // MemoryStore drops an expired session only when it is read: Mina's old row lingers.
    const lingering = expired.server.guestBook.find((r) => r.user_id === 152)!;
    expect(isExpired(lingering, expired.now)).toBe(true);
    expect(at('lazy-expiry').server.guestBook.map((r) => r.id)).not.toContain(lingering.id);
    expect(at('logout').server.guestBook).toEqual([]);
    expect(visitorById(at('logout'), 'v1')!.cookies).toEqual([]);
    expect(lastExchange(at('after-logout')).response.status).toBe(401);
  });

  it('chapter 2: the guest book of the course notes, logged-in rows and guests', () => {
    const w = at('two-logins');
    expect(w.visitors.map((v) => v.browser)).toEqual(['Chrome', 'Safari', 'Edge']);
    expect(userIds(w).sort()).toEqual([152, 214, null].sort());
    const own = at('own-jars');
    const ids = own.visitors.map((v) => v.cookies[0]?.value);
    expect(new Set(ids).size).toBe(3);
  });

  it('chapter 3: tampering fails, a stolen cookie works until logout, renewal stops fixation', () => {
    const tamper = lastExchange(at('tamper'));
    expect(tamper.trace).toContainEqual({
      kind: 'verify-signature',
      ok: false,
      reason: 'bad-signature',
    });
    expect(tamper.response.status).toBe(401);
    const stolen = lastExchange(at('stolen'));
    expect(stolen.visitorId).toBe('v4');
    expect(JSON.parse(stolen.response.body)).toMatchObject({ page: 'me', user: { id: 152 } });
    expect(lastExchange(at('logout-public-pc')).response.status).toBe(401);
    const fixation = at('fixation');
    expect(lastExchange(fixation).response.status).toBe(401);
    expect(visitorById(fixation, 'v1')!.page).toMatchObject({ page: 'me', user: { id: 152 } });
  });

  it('chapter 4: memory cookies die with the browser, persistent ones survive', () => {
    const memory = lastExchange(at('memory-cookie'));
    expect(headerValues(memory.response.headers, 'Set-Cookie')[0]).toMatch(
      /^connect\.sid=s%3A[^;]+; Path=\/; HttpOnly$/,
    );
    const closed = at('close-browser');
    expect(userIds(closed)).toContain(152); // the old row lingers on the server
    expect(lastExchange(closed).response.status).toBe(401);
    const remember = lastExchange(at('remember-me'));
    const setCookie = headerValues(remember.response.headers, 'Set-Cookie')[0]!;
    expect(setCookie).toMatch(/; Expires=Mon, 09 Mar 2026 .* GMT; HttpOnly; Secure; SameSite=Lax$/);
    expect(lastExchange(at('reopen')).response.status).toBe(200);
  });

  it('chapter 5: a restart forgets everyone; a busy day costs a row per visitor', () => {
    const restart = at('restart');
    expect(lastExchange(restart).response.status).toBe(401);
    expect(userIds(restart)).toEqual([null]);
    expect(at('busy-day').server.guestBook.length).toBeGreaterThanOrEqual(1001);
  });

  it('chapter 6: a login lost between servers, then sticky, replicated and central stores', () => {
    expect(lastExchange(at('lost-login'))).toMatchObject({ node: 1, response: { status: 401 } });
    expect(lastExchange(at('sticky'))).toMatchObject({ node: 0, response: { status: 200 } });
    expect(lastExchange(at('replication'))).toMatchObject({ node: 1, response: { status: 200 } });
    expect(lastExchange(at('central-store')).response.status).toBe(200);
    expect(userIds(at('central-store'))).toEqual([152]);
  });
});
