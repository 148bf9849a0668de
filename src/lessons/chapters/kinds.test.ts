/** Three things called session: the timeline read off the exchanges, and the challenge. */
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { type Action } from '../../sim/world';
import { CHALLENGES } from '../activities';
import { CHROME, get, MINA, post, wait } from '../model';
import { STEPS, stepIndexById } from '../steps';
import { KEEP_ALIVE_MS, sessionTimeline, type Moment } from './kinds/timeline';
import { run, worldAfter } from '../replay-for-tests';

/** Exchanges before the chapter's first step. */
const chapterStart = async () =>
  (await worldAfter(STEPS[stepIndexById('kinds-login') - 1]!.id)).exchanges.length;

/** Each moment as a line a person can read: what happened, then connection / browser / login. */
const read = (moments: Moment[]) =>
  moments.map(
    (m) =>
      `${m.exchange ? `${m.exchange.request.method} ${new URL(m.exchange.request.url).pathname} ${m.exchange.response.status}` : m.kind}` +
      `${m.newConnection ? ' (new connection)' : ''}${m.newBrowser ? ' (browser started)' : ''}` +
      ` | ${m.connection ? 'open' : 'closed'} ${m.browser ? 'open' : 'closed'} ${m.login}`,
  );

const challenge = CHALLENGES.find((c) => c.id === 'kinds-keep-login')!;

describe('Three things called session', () => {
  it('the keep-alive timeout is Node’s own default', () => {
    const server = createServer();
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
  });

  it('draws the chapter from its exchanges: a pause ends the connection, a close the browser session, idle time the login', async () => {
    const since = await chapterStart();
    const world = await worldAfter('kinds-idle');
    expect(read(sessionTimeline(world, CHROME, since))).toEqual([
      'GET / 200 (new connection) (browser started) | open open out',
      'POST /login 200 | open open in',
      'GET /me 200 | open open in',
      'connection-closed | closed open in',
      'GET /me 200 (new connection) | open open in',
      'browser-closed | closed closed lost',
      'GET /me 401 (new connection) (browser started) | open open lost',
      'POST /login 200 | open open in',
      'connection-closed | closed open in',
      'login-expired | closed open out',
      'GET /me 401 (new connection) | open open out',
    ]);
  });

  it('places quiet moments at the time they happened', async () => {
    const since = await chapterStart();
    const world = await worldAfter('kinds-idle');
    const moments = sessionTimeline(world, CHROME, since);
    const login = moments.findLast((m) => m.exchange?.request.method === 'POST')!;
    const expired = moments.find((m) => m.kind === 'login-expired')!;
    expect(expired.at - login.at).toBe(world.server.options.cookie.maxAge);
    const closed = moments.find((m) => m.kind === 'connection-closed')!;
    expect(closed.at - moments[2]!.at).toBe(KEEP_ALIVE_MS);
  });

  it('the login lost with a memory cookie is still on the server', async () => {
    const world = await worldAfter('kinds-close');
    expect(world.server.guestBook.some((r) => r.user_id === 152)).toBe(true);
    expect(world.exchanges.at(-1)!.response.status).toBe(401);
  });

  it('the challenge: a memory cookie loses the login with the browser, and says why', async () => {
    const start = await run(await worldAfter(challenge.after), challenge.setup);
    const close: Action = { type: 'close-browser', visitorId: CHROME };
    const memory = await run(start, [close, get('/me')]);
    expect(challenge.goal(memory, start)).toBe(false);
    expect(challenge.nudge!(memory, start)).toBe('memory-cookie');
    const optionOnly = await run(start, [
      {
        type: 'set-options',
        options: { cookie: { ...start.server.options.cookie, maxAge: 30 * 60_000 } },
      },
      close,
      get('/me'),
    ]);
    expect(challenge.goal(optionOnly, start)).toBe(false);
    expect(challenge.nudge!(optionOnly, start)).toBe('old-cookie');
    const open = await run(start, [get('/me')]);
    expect(challenge.nudge!(open, start)).toBe('not-closed');
    // Logging in again after the close is a new login session, not the same one.
    const again = await run(start, challenge.solution.slice(0, 1));
    const relogin = await run(again, [close, post('/login', MINA), get('/me')]);
    expect(challenge.goal(relogin, start)).toBe(false);
    const solved = await run(start, challenge.solution);
    expect(challenge.goal(solved, start)).toBe(true);
  });

  it('a login that outlives the browser survives a pause too', async () => {
    const start = await run(await worldAfter(challenge.after), challenge.setup);
    const solved = await run(start, [...challenge.solution, wait(10), get('/me')]);
    expect(solved.exchanges.at(-1)!.response.status).toBe(200);
  });
});
