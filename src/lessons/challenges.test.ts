/** Every challenge: unsolved at its start, solved by its "Show me", and wrong paths get a word. */
import { describe, expect, it } from 'vitest';
import { applyAction } from '../sim/engine';
import { inPageTransport } from '../sim/network/transport';
import { createWorld, type Action, type World } from '../sim/world';
import { get, post, MINA, wait } from './model';
import { CHALLENGES, CHAPTERS, STEPS, stepIndexById, type Challenge } from './steps';

async function run(world: World, actions: Action[]): Promise<World> {
  for (const action of actions) world = await applyAction(world, action, inPageTransport);
  return world;
}

async function startOf(challenge: Challenge): Promise<World> {
  const upTo = stepIndexById(challenge.after);
  let world = createWorld();
  for (const step of STEPS.slice(0, upTo + 1)) world = await run(world, step.actions);
  return run(world, challenge.setup);
}

describe('challenges', () => {
  it('every chapter has one, each starting after a step of its own chapter', () => {
    for (const chapter of CHAPTERS)
      expect(CHALLENGES.filter((c) => c.chapter === chapter).length, chapter).toBeGreaterThan(0);
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
      }
    }
  });
});
