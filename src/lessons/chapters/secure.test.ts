/** Secure: the café's http link, what it carries, and the challenge's right and wrong paths. */
import { describe, expect, it } from 'vitest';
import { header, headerValues } from '../../sim/http/wire';
import { type Action, type World } from '../../sim/world';
import { isAction } from '../../sim/actions';
import { CHALLENGES } from '../activities';
import { CHROME, get, MINA, post } from '../model';
import { overHttp, shopCookie } from './secure/steps';
import { run, worldAfter } from '../replay-for-tests';

const last = (w: World) => w.exchanges.at(-1)!;
const mina = (w: World) => w.visitors.find((v) => v.id === CHROME)!;
const challenge = CHALLENGES.find((c) => c.id === 'secure-cafe-link')!;

describe('Secure: cookies only over https', () => {
  it('a request action may ask for plain http, and nothing else', () => {
    expect(isAction(overHttp('/me'))).toBe(true);
    expect(isAction({ ...overHttp('/me'), scheme: 'ftp' })).toBe(false);
    expect(isAction({ ...overHttp('/me'), scheme: 'https' })).toBe(false);
  });

  it('without Secure, the café link carries the session cookie in the clear', async () => {
    const world = await worldAfter('secure-cafe');
    const e = last(world);
    expect(e.request.url).toBe('http://shop.example/me');
    expect(header(e.request.headers, 'Cookie')).toMatch(/^connect\.sid=s%3A/);
    expect(e.response.status).toBe(200);
    expect(mina(world).scheme).toBe('http');
    const https = last(await worldAfter('secure-https'));
    expect(https.request.url).toBe('https://shop.example/me');
    expect(mina(await worldAfter('secure-https')).scheme).toBeUndefined();
  });

  it('with cookie.secure, express-session sets no cookie over http, and a Secure one over https', async () => {
    const none = last(await worldAfter('secure-no-cookie'));
    expect(none.request.url).toBe('http://shop.example/');
    expect(headerValues(none.response.headers, 'Set-Cookie')).toEqual([]);
    expect(none.trace.some((t) => t.kind === 'skip-set-cookie')).toBe(true);
    // The row is still written, as the narration says: nobody holds its ID.
    expect(none.diff.inserted).toHaveLength(1);
    const login = await worldAfter('secure-login');
    expect(headerValues(last(login).response.headers, 'Set-Cookie')[0]).toMatch(/; Secure/);
    expect(mina(login).cookies.find((c) => c.name === 'connect.sid')?.secure).toBe(true);
  });

  it('the browser withholds the Secure cookie from the http link, and the server answers 401', async () => {
    const e = last(await worldAfter('secure-withheld'));
    expect(header(e.request.headers, 'Cookie')).toBeUndefined();
    expect(e.withheldCookies).toEqual([{ name: 'connect.sid', reason: 'secure-over-http' }]);
    expect(e.response.status).toBe(401);
  });

  it('the challenge: the option alone leaves the old cookie travelling, and says so', async () => {
    const start = await run(await worldAfter(challenge.after), challenge.setup);
    expect(mina(start).cookies.find((c) => c.name === 'connect.sid')?.secure).toBe(false);
    const clear = await run(start, [overHttp('/me')]);
    expect(challenge.goal(clear, start)).toBe(false);
    expect(challenge.nudge!(clear, start)).toBe('sent-in-clear');
    const optionOnly = await run(start, [
      { type: 'set-options', options: { cookie: shopCookie(true) } },
      overHttp('/me'),
    ]);
    expect(challenge.goal(optionOnly, start)).toBe(false);
    expect(challenge.nudge!(optionOnly, start)).toBe('old-cookie');
    const deleted = await run(start, [
      { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
      overHttp('/me'),
    ]);
    expect(challenge.goal(deleted, start)).toBe(false);
    expect(challenge.nudge!(deleted, start)).toBe('logged-out');
    const solved = await run(start, challenge.solution);
    expect(challenge.goal(solved, start)).toBe(true);
    // Mina is still logged in over https.
    const back = await run(solved, [get('/me')]);
    expect(last(back).response.status).toBe(200);
  });

  it('an http login with cookie.secure logs nobody in for good: the next request is a stranger', async () => {
    const start = await worldAfter('secure-login');
    const world = await run(start, [
      { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
      { ...post('/login', MINA), scheme: 'http' } as Action,
      overHttp('/me'),
    ]);
    expect(headerValues(world.exchanges.at(-2)!.response.headers, 'Set-Cookie')).toEqual([]);
    expect(last(world).response.status).toBe(401);
  });
});
