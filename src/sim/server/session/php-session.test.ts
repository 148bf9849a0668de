import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../clock';
import { headerValues } from '../../http/wire';
import type { Action } from '../../world';
import { dataOf, PHP_SID_SHAPE, phpSerialize } from './php-session';
import { last, login, run, setCookies, visit } from './shop-visits';

const php: Action = { type: 'set-engine', engine: 'php' };

describe('the PHP engine in the shop', () => {
  it('is not used unless chosen: a new world runs express-session', async () => {
    const w = await run([visit('/')]);
    expect(setCookies(w)[0]).toMatch(/^connect\.sid=s%3A/);
  });

  it('sends PHPSESSID of 26 characters, path=/ and no HttpOnly, and keeps an empty file', async () => {
    const w = await run([php, visit('/')]);
    const [line] = setCookies(w);
    expect(line).toMatch(/^PHPSESSID=[0-9a-v]{26}; path=\/$/);
    const row = w.server.guestBook[0]!;
    expect(row.id).toMatch(PHP_SID_SHAPE);
    expect(phpSerialize(dataOf(row))).toBe('');
    // The page's scripts can read it: HttpOnly is off by default.
    expect(w.visitors[0]!.cookies.find((c) => c.name === 'PHPSESSID')?.httpOnly).toBe(false);
  });

  it('renews the ID on login and writes user_id|i:152; into the new file only', async () => {
    const w = await run([php, visit('/'), login]);
    const before = last({ ...w, exchanges: w.exchanges.slice(0, -1) });
    const oldId = /PHPSESSID=([0-9a-v]+)/.exec(
      headerValues(before.response.headers, 'Set-Cookie')[0]!,
    )![1];
    const newId = /PHPSESSID=([0-9a-v]+)/.exec(setCookies(w)[0]!)![1];
    expect(newId).not.toBe(oldId);
    expect(w.server.guestBook.map((r) => r.id)).toEqual([newId]);
    expect(phpSerialize(dataOf(w.server.guestBook[0]!))).toBe('user_id|i:152;');
  });

  it('adopts an ID the client made up, without a Set-Cookie, unless use_strict_mode is on', async () => {
    const planted: Action = {
      type: 'add-cookie',
      visitorId: 'v1',
      name: 'PHPSESSID',
      value: 'chosenbyattacker',
    };
    const lax = await run([php, planted, visit('/')]);
    expect(setCookies(lax)).toEqual([]);
    expect(lax.server.guestBook.map((r) => r.id)).toEqual(['chosenbyattacker']);
    expect(last(lax).trace.some((s) => s.kind === 'adopt-id')).toBe(true);

    const strict = await run([
      php,
      { type: 'set-php', settings: { useStrictMode: true } },
      planted,
      visit('/'),
    ]);
    expect(setCookies(strict)[0]).toMatch(/^PHPSESSID=[0-9a-v]{26};/);
    expect(strict.server.guestBook.map((r) => r.id)).not.toContain('chosenbyattacker');
  });

  it('logs out: the file is deleted and the cookie cleared with PHP’s "deleted" value', async () => {
    const w = await run([php, login, visit('/logout', {}), visit('/me')]);
    const logout = w.exchanges.at(-2)!;
    expect(headerValues(logout.response.headers, 'Set-Cookie').at(-1)).toBe(
      'PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/',
    );
    expect(last(w).response.status).toBe(401);
  });

  it('still serves a session idle past gc_maxlifetime until garbage collection deletes its file', async () => {
    const idle = await run([php, login, { type: 'advance-clock', ms: 25 * MINUTE }, visit('/me')]);
    expect(last(idle).response.status).toBe(200);
    const collected = await run([
      php,
      login,
      { type: 'advance-clock', ms: 25 * MINUTE },
      { type: 'collect-garbage' },
      visit('/me'),
    ]);
    expect(collected.lastDiff.inserted).toHaveLength(1); // the same ID, adopted as a new file
    expect(last(collected).response.status).toBe(401);
  });

  it('keeps its files across a restart; switching engine starts a new, empty server', async () => {
    const w = await run([php, login, { type: 'restart-server' }]);
    expect(w.server.guestBook).toHaveLength(1);
    const back = await run([{ type: 'set-engine', engine: 'express-session' }, visit('/me')], w);
    expect(back.server.guestBook).toHaveLength(1);
    expect(last(back).response.status).toBe(401);
  });
});
