import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../clock';
import type { Action } from '../../world';
import { tomcatSessionText } from './tomcat-file';
import { last, login, run, setCookies, visit } from './shop-visits';
import { TOMCAT_SID_SHAPE } from './tomcat-session';

const tomcat: Action = { type: 'set-engine', engine: 'tomcat' };

describe('the Tomcat engine in the shop', () => {
  it('sends JSESSIONID of 32 upper-case hex characters with Path=/ and HttpOnly', async () => {
    const w = await run([tomcat, visit('/')]);
    expect(setCookies(w)).toEqual([
      expect.stringMatching(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/),
    ]);
    expect(w.server.guestBook[0]!.id).toMatch(TOMCAT_SID_SHAPE);
    expect(w.visitors[0]!.cookies.find((c) => c.name === 'JSESSIONID')?.httpOnly).toBe(true);
  });

  it('changes the ID on login, keeps the attributes, and the manager shows lastAccessedTime', async () => {
    const w = await run([tomcat, visit('/cart', { item: 'milk' }), login]);
    const [row] = w.server.guestBook;
    expect(w.server.guestBook).toHaveLength(1);
    expect(setCookies(w)[0]).toContain(`JSESSIONID=${row!.id};`);
    expect(tomcatSessionText(row!)).toContain('attributes: {cart=[milk], userId=152}');
    expect(tomcatSessionText(row!)).toContain(`lastAccessedTime   = ${w.now}`);
  });

  it('never adopts an ID the client made up: a new session and a new ID', async () => {
    const planted: Action = {
      type: 'add-cookie',
      visitorId: 'v1',
      name: 'JSESSIONID',
      value: '0123456789ABCDEF0123456789ABCDEF',
    };
    const w = await run([tomcat, planted, visit('/')]);
    expect(w.server.guestBook.map((r) => r.id)).not.toContain('0123456789ABCDEF0123456789ABCDEF');
    expect(setCookies(w)[0]).toMatch(/^JSESSIONID=[0-9A-F]{32};/);
  });

  it('expires a session idle past maxInactiveInterval on the server; the cookie is still sent', async () => {
    const w = await run([tomcat, login, { type: 'advance-clock', ms: 31 * MINUTE }, visit('/me')]);
    expect(
      last(w).request.headers.some(([n, v]) => n === 'Cookie' && v.startsWith('JSESSIONID=')),
    ).toBe(true);
    expect(last(w).response.status).toBe(401);
    expect(last(w).trace).toContainEqual(
      expect.objectContaining({ kind: 'lookup', result: 'expired' }),
    );
    const active = await run([
      tomcat,
      login,
      { type: 'advance-clock', ms: 29 * MINUTE },
      visit('/me'),
    ]);
    expect(last(active).response.status).toBe(200);
  });

  it('invalidates on logout and clears the cookie; a shorter timeout applies to new sessions', async () => {
    const w = await run([tomcat, login, visit('/logout', {})]);
    expect(w.server.guestBook).toHaveLength(0);
    expect(setCookies(w).at(-1)).toBe(
      'JSESSIONID=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Path=/; HttpOnly',
    );
    const short = await run([
      tomcat,
      { type: 'set-tomcat', settings: { maxInactiveInterval: 300 } },
      login,
      { type: 'advance-clock', ms: 6 * MINUTE },
      visit('/me'),
    ]);
    expect(last(short).response.status).toBe(401);
  });
});
