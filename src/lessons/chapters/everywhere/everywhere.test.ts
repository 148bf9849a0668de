/**
 * "The same idea everywhere": each step shows what its narration says on its stack, each
 * challenge is unsolved at its start and solved by its solution (wrong paths get their word),
 * and the chapter's texts exist in both languages.
 */
import { describe, expect, it } from 'vitest';
import { headerValues } from '../../../sim/http/wire';
import { applyAction } from '../../../sim/engine';
import { inPageTransport } from '../../../sim/network/transport';
import { readFlaskCookie } from '../../../sim/server/session/flask-file';
import { createWorld, type Action, type World } from '../../../sim/world';
import { activitiesEn } from '../../../i18n/activities-en';
import { activitiesKo } from '../../../i18n/activities-ko';
import { everywhereEn } from '../../../i18n/everywhere-en';
import { everywhereKo } from '../../../i18n/everywhere-ko';
import { CHROME, get, post, wait } from '../../model';
import { activities } from './activities';
import { everywhere as chapter } from './steps';

const everywhere = { ...chapter, ...activities };

async function run(world: World, actions: Action[]): Promise<World> {
  for (const action of actions) world = await applyAction(world, action, inPageTransport);
  return world;
}

/** The world after this chapter's steps up to `id` (its first step resets the stack). */
const worlds = new Map<string, World>();
async function after(id: string): Promise<World> {
  if (worlds.size === 0) {
    let world = createWorld();
    for (const s of everywhere.steps) worlds.set(s.id, (world = await run(world, s.actions)));
  }
  return worlds.get(id)!;
}

const setCookies = (w: World) => headerValues(w.exchanges.at(-1)!.response.headers, 'Set-Cookie');
const lastTrace = (w: World) => w.exchanges.at(-1)!.trace.map((s) => s.kind);
const liveRow = (w: World) => w.server.guestBook.find((r) => r.user_id === 152);

describe('the same login on every stack', () => {
  it('express-session: connect.sid, a signed ID, a row', async () => {
    const w = await after('everywhere');
    expect(setCookies(w)[0]).toMatch(/^connect\.sid=s%3A[\w-]{32}\./);
    expect(liveRow(w)).toBeDefined();
  });

  it('PHP: PHPSESSID of 26 characters, a new ID at login', async () => {
    const w = await after('everywhere-php');
    expect(setCookies(w)[0]).toMatch(/^PHPSESSID=[0-9a-v]{26}; path=\//);
    expect(lastTrace(w)).toContain('regenerate');
    expect(liveRow(w)?.native?.engine).toBe('php');
  });

  it('Tomcat: JSESSIONID of 32 upper-case hex characters, changeSessionId() at login', async () => {
    const w = await after('everywhere-tomcat');
    expect(setCookies(w)[0]).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/);
    expect(lastTrace(w)).toContain('regenerate');
  });

  it('Laravel: an encrypted laravel_session, a row with the payload, a new ID at login', async () => {
    const w = await after('everywhere-laravel');
    const line = setCookies(w).find((c) => c.startsWith('laravel_session='))!;
    expect(line).toMatch(/^laravel_session=eyJ/);
    expect(liveRow(w)?.id).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(line).not.toContain(liveRow(w)!.id);
    expect(w.exchanges.at(-1)!.trace.some((s) => s.kind === 'regenerate')).toBe(true);
  });

  it('Flask: no row at all, the session readable in the cookie, nothing to renew', async () => {
    const w = await after('everywhere-flask');
    expect(w.server.guestBook).toEqual([]);
    const value = /^session=([^;]+)/.exec(setCookies(w)[0]!)![1]!;
    expect(readFlaskCookie(value)?.json).toBe('{"user_id":152}');
    expect(lastTrace(w)).toContain('flask-no-regenerate');
  });

  it('Flask-Session: a row under a uuid4 ID, the same ID before and after the login', async () => {
    const w = await after('everywhere-flask-files');
    const row = liveRow(w)!;
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    const [home, login] = w.exchanges.slice(-2);
    for (const e of [home!, login!]) {
      expect(headerValues(e.response.headers, 'Set-Cookie')[0]).toContain(`session=${row.id};`);
    }
  });
});

describe('the chapter’s challenges', () => {
  const start = async (id: string) => {
    const c = everywhere.challenges.find((ch) => ch.id === id)!;
    return run(await after(c.after), c.setup);
  };

  for (const challenge of everywhere.challenges) {
    it(`${challenge.id}: not solved at the start, solved by its solution`, async () => {
      const first = await start(challenge.id);
      expect(challenge.goal(first, first)).toBe(false);
      expect(challenge.nudge?.(first, first) ?? null).toBeNull();
      let world = first;
      for (const [i, action] of challenge.solution.entries()) {
        world = await run(world, [action]);
        expect(challenge.goal(world, first), `after action ${i}`).toBe(
          i === challenge.solution.length - 1,
        );
      }
    });
  }

  const byId = (id: string) => everywhere.challenges.find((c) => c.id === id)!;

  it('php-strict: a made-up ID sent with the default settings is adopted, and says so', async () => {
    const first = await start('php-strict');
    const made: Action = {
      type: 'edit-cookie',
      visitorId: CHROME,
      name: 'PHPSESSID',
      value: 'abc123',
    };
    const w = await run(first, [made, get('/')]);
    expect(byId('php-strict').goal(w, first)).toBe(false);
    expect(byId('php-strict').nudge!(w, first)).toBe('adopted');
  });

  it('tomcat-idle: logging out is not running out', async () => {
    const first = await start('tomcat-idle');
    const w = await run(first, [post('/logout'), get('/me')]);
    expect(byId('tomcat-idle').goal(w, first)).toBe(false);
    expect(byId('tomcat-idle').nudge!(w, first)).toBe('logged-out');
    // Idle but short of 30 minutes, the session is still there.
    const early = await run(first, [wait(25), get('/me')]);
    expect(byId('tomcat-idle').goal(early, first)).toBe(false);
  });

  it('flask-signer: without the signer a made-up ID is adopted, and says so', async () => {
    const first = await start('flask-signer');
    const made: Action = {
      type: 'edit-cookie',
      visitorId: CHROME,
      name: 'session',
      value: 'x-y-z',
    };
    const w = await run(first, [made, get('/')]);
    expect(byId('flask-signer').goal(w, first)).toBe(false);
    expect(byId('flask-signer').nudge!(w, first)).toBe('adopted');
  });
});

describe('the chapter’s words and quiz', () => {
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  const values = (tree: object): unknown[] =>
    Object.values(tree).flatMap((v) =>
      typeof v === 'object' && v !== null ? values(v as object) : [v],
    );

  it('has the same keys in Korean and English, none empty', () => {
    expect(keys(everywhereKo).sort()).toEqual(keys(everywhereEn).sort());
    for (const lang of [everywhereEn, everywhereKo]) {
      for (const value of values(lang))
        expect(typeof value === 'string' && value !== '').toBe(true);
    }
  });

  it('narrates every step, words every challenge with its hints, every quiz question', () => {
    for (const s of everywhere.steps) {
      expect(everywhereEn.steps[s.id as keyof typeof everywhereEn.steps]?.body, s.id).toBeTruthy();
    }
    for (const c of everywhere.challenges) {
      const words = (
        activitiesEn.challenges as unknown as Record<string, { hints: object; solved: string }>
      )[c.id]!;
      expect(Object.keys(words.hints), c.id).toHaveLength(c.hints);
      expect(words.solved, c.id).toBeTruthy();
      expect((activitiesKo.challenges as Record<string, unknown>)[c.id], c.id).toBeDefined();
    }
    for (const q of everywhere.quiz) {
      const words = (
        activitiesEn.quiz as unknown as Record<string, { prompt: string; options: object }>
      )[q.id]!;
      expect(words.prompt, q.id).toBeTruthy();
      expect((activitiesKo.quiz as Record<string, unknown>)[q.id], q.id).toBeDefined();
      const ids = q.kind === 'choose' ? q.options : q.kind === 'order' ? q.items : [];
      expect(Object.keys(words.options).sort(), q.id).toEqual([...ids].sort());
    }
  });

  it('asks at least five questions of two kinds, each answer among its options', () => {
    expect(everywhere.quiz.length).toBeGreaterThanOrEqual(5);
    expect(new Set(everywhere.quiz.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
    for (const q of everywhere.quiz) {
      if (q.kind === 'choose') expect(q.options, q.id).toContain(q.answer);
      expect(
        everywhere.steps.map((s) => s.id),
        q.id,
      ).toContain(q.revisit);
    }
  });
});
