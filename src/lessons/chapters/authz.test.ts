/** Authentication vs authorization: 401, 403 and 200 as the steps say, and the wrong paths. */
import { describe, expect, it } from 'vitest';
import { type World } from '../../sim/world';
import { CHALLENGES } from '../activities';
import { CHROME, get, MINA, post } from '../model';
import { SORA } from './authz/steps';
import { run, worldAfter } from '../replay-for-tests';

const last = (w: World) => w.exchanges.at(-1)!;
const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;
const roleCheck = (w: World) => last(w).trace.find((s) => s.kind === 'require-role');

describe('authentication vs authorization', () => {
  it('answers 401 to a stranger, 403 to Joon and 200 to Sora, the admin', async () => {
    const guest = await worldAfter('authz-guest');
    expect(last(guest).response.status).toBe(401);
    expect(roleCheck(guest)).toBeUndefined();
    const joon = await worldAfter('authz-user');
    expect(last(joon).response.status).toBe(403);
    expect(roleCheck(joon)).toEqual({ kind: 'require-role', role: 'admin', ok: false });
    expect(JSON.parse(last(joon).response.body)).toMatchObject({ page: 'forbidden' });
    const sora = await worldAfter('authz-admin');
    expect(last(sora).response.status).toBe(200);
    expect(sora.server.guestBook.map((r) => r.user_id)).toContain(7);
  });

  it('open-admin: asking again as Joon stays 403, and says so', async () => {
    const c = byId('open-admin');
    const start = await worldAfter(c.after);
    const again = await run(start, [get('/admin'), get('/admin')]);
    expect(c.goal(again, start)).toBe(false);
    expect(c.nudge!(again, start)).toBe('forbidden');
  });

  it('forbidden-not-unknown: a stranger gets 401 and the admin 200, neither solves it', async () => {
    const c = byId('forbidden-not-unknown');
    const start = await worldAfter(c.after);
    const stranger = await run(start, [get('/admin', 'v2')]);
    expect(c.goal(stranger, start)).toBe(false);
    expect(c.nudge!(stranger, start)).toBe('unknown');
    const admin = await run(start, [post('/login', SORA, 'v2'), get('/admin', 'v2')]);
    expect(c.goal(admin, start)).toBe(false);
    expect(c.nudge!(admin, start)).toBe('admin');
    // Chrome's 403 is not Safari's.
    const chrome = await run(start, [post('/login', MINA, CHROME), get('/admin', CHROME)]);
    expect(c.goal(chrome, start)).toBe(false);
  });
});
