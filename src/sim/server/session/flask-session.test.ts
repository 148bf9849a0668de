import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../world';
import { readFlaskCookie } from './flask-file';
import { dumpCookie, FLASK_SID_SHAPE, loadCookie } from './flask-session';
import { last, login, run, setCookies, visit } from './shop-visits';

const flask: Action = { type: 'set-engine', engine: 'flask' };
const files: Action = { type: 'set-flask', settings: { sessionType: 'filesystem' } };
const sessionValue = (line: string | undefined) => /^session=([^;]*)/.exec(line ?? '')?.[1] ?? '';

describe('the Flask engine in the shop', () => {
  it('keeps the whole session in a signed, readable cookie and writes no row', async () => {
    const w = await run([flask, visit('/cart', { item: 'milk' }), login]);
    expect(w.server.guestBook).toEqual([]);
    const [line] = setCookies(w);
    expect(line).toMatch(/^session=[\w-]+\.[\w-]{6}\.[\w-]{27}; HttpOnly; Path=\/$/);
    // Not encrypted: base64 undone, the data is there for anyone to read.
    expect(readFlaskCookie(sessionValue(line))?.json).toBe('{"cart":["milk"],"user_id":152}');
    expect(last(w).response.statusText).toBe('OK');
    expect(last(w).trace).toContainEqual({ kind: 'flask-no-regenerate', store: 'cookie' });
  });

  it('refuses a cookie whose data was edited: a 401, as for a stranger', async () => {
    const w = await run([flask, login]);
    const value = w.visitors[0]!.cookies.find((c) => c.name === 'session')!.value;
    const [, stamp, sig] = value.split('.');
    const joon = btoa('{"user_id":214}').replace(/=+$/, '');
    const forged: Action = {
      type: 'edit-cookie',
      visitorId: 'v1',
      name: 'session',
      value: `${joon}.${stamp}.${sig}`,
    };
    const after = await run([forged, visit('/me')], w);
    expect(last(after).response.status).toBe(401);
    expect(last(after).response.statusText).toBe('UNAUTHORIZED');
    expect(last(after).trace).toContainEqual({
      kind: 'verify-signature',
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('sends no Set-Cookie when the session did not change, and deletes the cookie on logout', async () => {
    const w = await run([flask, login, visit('/me')]);
    expect(setCookies(w)).toEqual([]);
    const out = await run([visit('/logout', {})], w);
    expect(setCookies(out)).toEqual([
      'session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/',
    ]);
    expect(out.visitors[0]!.cookies.some((c) => c.name === 'session')).toBe(false);
  });

  it('with Flask-Session, a row per session under a uuid4 ID that the cookie carries', async () => {
    const w = await run([flask, files, visit('/'), login]);
    expect(w.server.guestBook).toHaveLength(1);
    const [row] = w.server.guestBook;
    expect(row!.id).toMatch(FLASK_SID_SHAPE);
    expect(row!.user_id).toBe(152);
    expect(setCookies(w)[0]).toMatch(
      new RegExp(`^session=${row!.id}; Expires=[^;]+ GMT; HttpOnly; Path=/$`),
    );
    const out = await run([visit('/logout', {})], w);
    expect(out.server.guestBook).toEqual([]);
  });

  it('needs no sticky sessions: behind two servers with their own memory, the login holds', async () => {
    const twoServers: Action = { type: 'set-cluster', mode: 'per-server' };
    const w = await run([twoServers, flask, login, visit('/me'), visit('/me')]);
    const served = w.exchanges.slice(-3).map((e) => [e.node, e.response.status]);
    // Each server checks the signature with the same key; neither needs to have seen Mina.
    expect(new Set(served.map(([node]) => node)).size).toBe(2);
    expect(served.map(([, status]) => status)).toEqual([200, 200, 200]);
  });

  it('switching SESSION_TYPE is a new deployment: the files of the old one go', async () => {
    const w = await run([flask, files, login]);
    const back = await run([{ type: 'set-flask', settings: { sessionType: 'cookie' } }], w);
    expect(back.server.guestBook).toEqual([]);
    // The uuid in the jar is no signed cookie: a stranger again.
    const me = await run([visit('/me')], back);
    expect(last(me).response.status).toBe(401);
  });
});

describe('the signed cookie', () => {
  const dict = fc.record(
    {
      _permanent: fc.constant(true),
      cart: fc.array(fc.string({ unit: 'grapheme' })),
      user_id: fc.nat(),
    },
    { requiredKeys: [] },
  );

  it('reads back whatever it wrote, compressed or not', async () => {
    await fc.assert(
      fc.asyncProperty(dict, async (d) => {
        const value = await dumpCookie('key', d, 1_772_409_600);
        expect(await loadCookie('key', value, 1_772_409_600, 60)).toEqual({ ok: true, dict: d });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses any one character changed, unless only bits base64 drops change', async () => {
    await fc.assert(
      fc.asyncProperty(dict, fc.nat(), fc.nat(63), async (d, at, to) => {
        const value = await dumpCookie('key', d, 1_772_409_600);
        const i = at % value.length;
        const c = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[to]!;
        const tampered = value.slice(0, i) + c + value.slice(i + 1);
        const verdict = await loadCookie('key', tampered, 1_772_409_600, 60);
        if (verdict.ok) expect(verdict.dict).toEqual(d);
        // A changed payload or timestamp byte is never believed.
        const [payload, stamp] = value.split('.').filter(Boolean);
        const [p2, s2] = tampered.split('.').filter(Boolean);
        if (verdict.ok) expect(p2!.length === payload!.length && s2 === stamp).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
