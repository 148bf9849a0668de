/** Every challenge: unsolved at its start, solved by its "Show me", and wrong paths get a word. */
import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../sim/world';
import { sessionIdOf } from './goals';
import { CHROME, get, JOON, post, MINA, wait } from './model';
import { CHALLENGES } from './activities';
import { CHAPTERS, STEPS, stepIndexById, type Challenge } from './steps';
import { run } from './replay-for-tests';

async function startOf(challenge: Challenge): Promise<World> {
  const upTo = stepIndexById(challenge.after);
  let world = createWorld();
  for (const step of STEPS.slice(0, upTo + 1)) world = await run(world, step.actions);
  return run(world, challenge.setup);
}

describe('challenges', () => {
  it('every chapter has at least two, each starting after a step of its own chapter', () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(12);
    for (const chapter of CHAPTERS)
      expect(
        CHALLENGES.filter((c) => c.chapter === chapter).length,
        chapter,
      ).toBeGreaterThanOrEqual(2);
    for (const c of CHALLENGES) {
      expect(stepIndexById(c.after), c.id).toBeGreaterThanOrEqual(0);
      expect(STEPS[stepIndexById(c.after)]!.chapter, c.id).toBe(c.chapter);
    }
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
  });

  for (const challenge of CHALLENGES) {
    it(`${challenge.id}: not solved at the start, solved by its solution`, async () => {
      const start = await startOf(challenge);
      expect(challenge.goal(start, start)).toBe(false);
      expect(challenge.nudge?.(start, start) ?? null).toBeNull();
      let world = start;
      for (const [i, action] of challenge.solution.entries()) {
        world = await run(world, [action]);
        // Solved only once the whole solution has played.
        expect(challenge.goal(world, start), `after action ${i}`).toBe(
          i === challenge.solution.length - 1,
        );
      }
    });
  }

  const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;

  it('forget-without-logout: logging out is not forgetting, and says so', async () => {
    const c = byId('forget-without-logout');
    const start = await startOf(c);
    const world = await run(start, [post('/logout'), get('/me')]);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('logout');
  });

  it('steal-without-password: typing the password is not stealing', async () => {
    const c = byId('steal-without-password');
    const start = await startOf(c);
    const world = await run(start, [post('/login', MINA, 'v4'), get('/me', 'v4')]);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('password');
  });

  it('stolen-worthless: editing the thief’s cookie is not making the stolen one worthless', async () => {
    const c = byId('stolen-worthless');
    const start = await startOf(c);
    const world = await run(start, [
      { type: 'edit-cookie', visitorId: 'v4', name: 'connect.sid', value: 'junk' },
      get('/me', 'v4'),
    ]);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('thief-side');
  });

  it('stay-logged-in: a request before closing does not count', async () => {
    const c = byId('stay-logged-in');
    const start = await startOf(c);
    const world = await run(start, [post('/login', MINA), get('/me')]);
    expect(c.goal(world, start)).toBe(false);
  });

  it('survive-two-servers: per-server memory never solves it; replication does', async () => {
    const c = byId('survive-two-servers');
    const start = await startOf(c);
    const lost = await run(start, [post('/login', MINA), get('/me'), get('/me')]);
    expect(c.goal(lost, start)).toBe(false);
    const sticky = await run(start, [
      { type: 'set-cluster', mode: 'replicated' },
      post('/login', MINA),
      wait(1),
      get('/me'),
    ]);
    expect(c.goal(sticky, start)).toBe(true);
  });
});

describe('the new challenges: the lesson each one is about, and its wrong paths', () => {
  const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;

  it('stranger-again: closing Chrome keeps its persistent cookie, and says so', async () => {
    const c = byId('stranger-again');
    const start = await startOf(c);
    const closed = await run(start, [{ type: 'close-browser', visitorId: CHROME }, get('/')]);
    expect(sessionIdOf(closed, CHROME)).toBe(sessionIdOf(start, CHROME));
    expect(c.goal(closed, start)).toBe(false);
    expect(c.nudge!(closed, start)).toBe('closed');
    // Forging the cookie also makes a stranger: the server knows Chrome only by it.
    const forged = await run(start, [
      { type: 'edit-cookie', visitorId: CHROME, name: 'connect.sid', value: 's%3Anobody.AAAA' },
      get('/'),
    ]);
    expect(c.goal(forged, start)).toBe(true);
    // Idling past the timeout is not it: the old row is gone, not left behind.
    const idle = await run(start, [wait(31), get('/')]);
    expect(c.goal(idle, start)).toBe(false);
  });

  it('log-out-one: logging Mina out instead is the wrong one', async () => {
    const c = byId('log-out-one');
    const start = await startOf(c);
    const world = await run(start, [post('/logout'), get('/me')]);
    expect(c.goal(world, start)).toBe(false);
    expect(c.nudge!(world, start)).toBe('wrong-one');
  });

  it('plant-session-id: the shop keeps the ID at login; stealing after login is another attack', async () => {
    const c = byId('plant-session-id');
    const start = await startOf(c);
    expect(start.server.app?.regenerateOnLogin).toBe(false);
    const hijack = await run(start, [
      post('/login', MINA),
      { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'connect.sid' },
      get('/me', 'v4'),
    ]);
    expect(c.goal(hijack, start)).toBe(false);
    expect(c.nudge!(hijack, start)).toBe('after-login');
    // With regenerate back on, the planted ID is renewed away and the attacker is refused.
    const renewed = await run(start, [
      { type: 'set-app', app: { regenerateOnLogin: true } },
      { type: 'copy-cookie', from: 'v4', to: CHROME, name: 'connect.sid' },
      post('/login', MINA),
      get('/me', 'v4'),
    ]);
    expect(renewed.exchanges.at(-1)!.response.status).toBe(401);
    expect(c.goal(renewed, start)).toBe(false);
    expect(c.nudge!(renewed, start)).toBe('renewed');
  });

  it('stop-fixation: without regenerate the attacker is in; logging out after is not the fix', async () => {
    const c = byId('stop-fixation');
    const start = await startOf(c);
    const open = await run(start, [post('/login', MINA), get('/me', 'v4')]);
    expect(open.exchanges.at(-1)!.response.status).toBe(200);
    expect(c.goal(open, start)).toBe(false);
    expect(c.nudge!(open, start)).toBe('attacker-in');
    const logout = await run(open, [post('/logout'), get('/me', 'v4')]);
    expect(c.goal(logout, start)).toBe(false);
    // Fixing the code and logging in again, without starting over, renews the planted ID.
    const fixed = await run(open, [
      { type: 'set-app', app: { regenerateOnLogin: true } },
      post('/login', JOON),
      get('/me', 'v4'),
    ]);
    expect(c.goal(fixed, start)).toBe(true);
    const careful = await run(start, [
      { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
      post('/login', MINA),
    ]);
    expect(c.nudge!(careful, start)).toBe('not-planted');
  });

  it('hide-from-scripts: deleting the cookie is not hiding it; the option needs a new session', async () => {
    const c = byId('hide-from-scripts');
    const start = await startOf(c);
    const read = await run(start, [{ type: 'run-console', visitorId: CHROME }]);
    expect(read.visitors[0]!.consoleLog!.at(-1)).toContain('connect.sid=');
    const deleted = await run(read, [
      { type: 'delete-cookie', visitorId: CHROME, name: 'connect.sid' },
      { type: 'run-console', visitorId: CHROME },
    ]);
    expect(c.goal(deleted, start)).toBe(false);
    expect(c.nudge!(deleted, start)).toBe('no-cookie');
    const optionOnly = await run(read, [
      {
        type: 'set-options',
        options: { cookie: { ...start.server.options.cookie, httpOnly: true } },
      },
      get('/me'),
      { type: 'run-console', visitorId: CHROME },
    ]);
    // The session keeps the cookie options it was made with, even as Set-Cookie comes again.
    expect(optionOnly.visitors[0]!.consoleLog!.at(-1)).toContain('connect.sid=');
    expect(c.goal(optionOnly, start)).toBe(false);
    expect(c.nudge!(optionOnly, start)).toBe('old-session');
  });

  it('idle-timeout: without maxAge the session outlives any wait; closing is not idling', async () => {
    const c = byId('idle-timeout');
    const start = await startOf(c);
    const never = await run(start, [wait(24 * 60), get('/me')]);
    expect(never.exchanges.at(-1)!.response.status).toBe(200);
    expect(c.nudge!(never, start)).toBe('never');
    const closed = await run(start, [{ type: 'close-browser', visitorId: CHROME }, get('/me')]);
    expect(c.goal(closed, start)).toBe(false);
    expect(c.nudge!(closed, start)).toBe('closed');
    // maxAge set but no new login: the old session keeps the cookie it was made with.
    const oldSession = await run(start, [
      {
        type: 'set-options',
        options: { cookie: { ...start.server.options.cookie, maxAge: 5 * 60_000 } },
      },
      wait(31),
      get('/me'),
    ]);
    expect(oldSession.exchanges.at(-1)!.response.status).toBe(200);
    expect(c.goal(oldSession, start)).toBe(false);
  });

  it('no-row-for-strangers: with saveUninitialized on, a stranger gets a row', async () => {
    const c = byId('no-row-for-strangers');
    const start = await startOf(c);
    const world = await run(start, [{ type: 'add-visitor', browser: 'Safari' }]);
    const id = world.visitors.at(-1)!.id;
    const visited = await run(world, [get('/', id)]);
    expect(c.goal(visited, start)).toBe(false);
    expect(c.nudge!(visited, start)).toBe('row-made');
  });

  it('sticky-without-sharing: per-server memory loses the login; a shared store is not the point', async () => {
    const c = byId('sticky-without-sharing');
    const start = await startOf(c);
    const lost = await run(start, [post('/login', MINA), get('/me'), get('/me')]);
    expect(c.goal(lost, start)).toBe(false);
    expect(c.nudge!(lost, start)).toBe('lost');
    const shared = await run(start, [
      { type: 'set-cluster', mode: 'central' },
      post('/login', MINA),
      get('/me'),
      get('/me'),
    ]);
    expect(c.goal(shared, start)).toBe(false);
    expect(c.nudge!(shared, start)).toBe('shared');
  });
});

describe('challenge texts', () => {
  it('every challenge has a title, goal, its hints and a success text in both languages', async () => {
    const { activitiesEn: en } = await import('../i18n/activities-en');
    const { activitiesKo: ko } = await import('../i18n/activities-ko');
    for (const c of CHALLENGES) {
      for (const messages of [en, ko]) {
        const text = (messages.challenges as Record<string, { hints: Record<string, string> }>)[
          c.id
        ];
        expect(text, c.id).toBeDefined();
        expect(Object.keys(text!.hints), c.id).toHaveLength(c.hints);
        expect(text, c.id).toHaveProperty('solved');
        expect(text, c.id).toHaveProperty('goal');
      }
    }
  });

  it('every nudge a wrong path can get has its words in both languages', async () => {
    const { activitiesEn: en } = await import('../i18n/activities-en');
    const { activitiesKo: ko } = await import('../i18n/activities-ko');
    const NUDGES: Record<string, string[]> = {
      'forget-without-logout': ['logout'],
      'stranger-again': ['closed'],
      'log-out-one': ['wrong-one'],
      'steal-without-password': ['password'],
      'stolen-worthless': ['thief-side'],
      'plant-session-id': ['after-login', 'renewed'],
      'stop-fixation': ['attacker-in', 'not-planted'],
      'hide-from-scripts': ['no-cookie', 'old-session'],
      'idle-timeout': ['closed', 'never'],
      'no-row-for-strangers': ['row-made'],
      'sticky-without-sharing': ['shared', 'lost'],
      'edit-the-cookie': ['sig-only'],
      'outlive-logout': ['password'],
    };
    for (const [id, names] of Object.entries(NUDGES))
      for (const messages of [en, ko]) {
        const nudges = (messages.challenges as Record<string, { nudges: Record<string, string> }>)[
          id
        ]!.nudges;
        expect(Object.keys(nudges).sort(), id).toEqual([...names].sort());
      }
  });
});
