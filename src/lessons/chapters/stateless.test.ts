/** HTTP without cookies: a new row per request, a login lost at once, and the wrong paths. */
import { describe, expect, it } from 'vitest';
import { headerValues } from '../../sim/http/wire';
import { type World } from '../../sim/world';
import { CHALLENGES } from '../activities';
import { get, MINA, post } from '../model';
import { SAFARI } from './stateless/steps';
import { run, worldAfter } from '../replay-for-tests';

const last = (w: World) => w.exchanges.at(-1)!;
const safari = (w: World) => w.visitors.find((v) => v.id === SAFARI)!;
const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;

describe('HTTP without cookies', () => {
  it('sends no cookie, keeps none, and says why each Set-Cookie was refused', async () => {
    const world = await worldAfter('stateless-blocked');
    const e = last(world);
    expect(headerValues(e.request.headers, 'Cookie')).toEqual([]);
    expect(headerValues(e.response.headers, 'Set-Cookie')).toHaveLength(1);
    expect(e.refusedCookies.map((r) => r.reason)).toEqual(['blocked']);
    expect(safari(world).cookies).toEqual([]);
    expect(e.diff.inserted).toHaveLength(1);
  });

  it('makes a new row for every request, and loses the login one request later', async () => {
    const again = await worldAfter('stateless-again');
    expect(last(again).diff.inserted).toHaveLength(1);
    const login = await worldAfter('stateless-login');
    const [loggedIn, me] = login.exchanges.slice(-2);
    expect(loggedIn!.response.status).toBe(200);
    expect(login.server.guestBook.some((r) => r.user_id === 152)).toBe(true);
    expect(me!.response.status).toBe(401);
  });

  it('allowing cookies again brings the memory back', async () => {
    const start = await worldAfter('stateless-login');
    const world = await run(start, [
      { type: 'block-cookies', visitorId: SAFARI, blocked: false },
      get('/', SAFARI),
      get('/', SAFARI),
    ]);
    const [first, second] = world.exchanges.slice(-2);
    expect(first!.diff.inserted).toHaveLength(1);
    expect(second!.diff.inserted).toHaveLength(0);
  });

  it('login-sticks: logging in again while blocked stays 401, and says so', async () => {
    const c = byId('login-sticks');
    const start = await run(await worldAfter(c.after), c.setup);
    const world = await run(start, [post('/login', MINA, SAFARI), get('/me', SAFARI)]);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('blocked');
  });

  it('three-strangers: with cookies allowed, the second request is recognised', async () => {
    const c = byId('three-strangers');
    const start = await run(await worldAfter(c.after), c.setup);
    expect(safari(start).cookiesBlocked).toBe(false);
    const world = await run(start, [
      { type: 'delete-cookie', visitorId: SAFARI, name: 'connect.sid' },
      get('/', SAFARI),
      get('/', SAFARI),
    ]);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('remembered');
  });
});
