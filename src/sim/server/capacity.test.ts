import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from '../engine';
import { inPageTransport } from '../network/transport';
import { createWorld } from '../world';
import { bookBytes, capacity, CROWD_SIZES, storedBytes, utf8Length } from './capacity';
import { diffGuestBook, type GuestBookRow } from './guest-book';

describe('what many sessions cost', () => {
  it('measures the JSON the store keeps, in UTF-8 bytes', async () => {
    let w = createWorld();
    w = await applyAction(
      w,
      { type: 'request', visitorId: 'v1', method: 'GET', path: '/' },
      inPageTransport,
    );
    const plain = w.server.guestBook[0]!;
    expect(storedBytes(plain)).toBe(Buffer.byteLength(JSON.stringify(plain.payload)));
    w = await applyAction(
      w,
      { type: 'request', visitorId: 'v1', method: 'POST', path: '/cart', form: { item: '사과' } },
      inPageTransport,
    );
    const withCart = w.server.guestBook[0]!;
    // "cart":["사과"] adds 14 bytes: two Hangul syllables take 3 bytes each.
    expect(storedBytes(withCart) - storedBytes(plain)).toBe(',"cart":[""]'.length + 6);
  });

  it('weighs a whole guest book as the sum of its sessions, again for a book that changed', async () => {
    let w = createWorld();
    for (const visitorId of ['v1', 'v1']) {
      w = await applyAction(
        w,
        { type: 'request', visitorId, method: 'GET', path: '/' },
        inPageTransport,
      );
    }
    w = await applyAction(w, { type: 'add-visitor', browser: 'Firefox' }, inPageTransport);
    w = await applyAction(
      w,
      { type: 'request', visitorId: 'v2', method: 'GET', path: '/' },
      inPageTransport,
    );
    const book = w.server.guestBook;
    expect(book).toHaveLength(2);
    const sum = (b: GuestBookRow[]) =>
      b.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r.payload)), 0);
    expect(bookBytes(book)).toBe(sum(book));
    // Asked again (the table and the capacity panel both show it): the same answer.
    expect(bookBytes(book)).toBe(sum(book));
    w = await applyAction(
      w,
      { type: 'request', visitorId: 'v1', method: 'POST', path: '/cart', form: { item: '사과' } },
      inPageTransport,
    );
    expect(bookBytes(w.server.guestBook)).toBe(sum(w.server.guestBook));
    expect(bookBytes(w.server.guestBook)).toBeGreaterThan(bookBytes(book));
  });

  it('replication keeps every session on every server; a central store keeps it once', () => {
    expect(capacity(200, 1_000_000, 3)).toEqual({
      once: 200_000_000,
      perServer: 200_000_000,
      replicated: 600_000_000,
    });
  });

  it('the slider goes from one visitor to a million', () => {
    expect(CROWD_SIZES[0]).toBe(1);
    expect(CROWD_SIZES.at(-1)).toBe(1_000_000);
    expect([...CROWD_SIZES].sort((a, b) => a - b)).toEqual(CROWD_SIZES);
  });
});

describe('weighing and comparing a large guest book quickly', () => {
  it('counts UTF-8 bytes as Node encodes them, lone surrogates and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    expect(utf8Length('\ud800x\udc00🍪')).toBe(3 + 1 + 3 + 4);
  });

  const row = (id: string, user: number | null = null): GuestBookRow =>
    ({
      id,
      ip_address: '203.0.113.27',
      last_activity: 0,
      user_agent: 'Chrome',
      user_id: user,
      payload: { cookie: { originalMaxAge: null, expires: null, httpOnly: true, path: '/' } },
    }) as GuestBookRow;

  /** The comparison of every row with every row, as it was before the fast path. */
  function slowDiff(before: GuestBookRow[], after: GuestBookRow[]) {
    const old = new Map(before.map((r) => [r.id, r]));
    const now = new Set(after.map((r) => r.id));
    return {
      inserted: after.filter((r) => !old.has(r.id)).map((r) => r.id),
      updated: after
        .filter((r) => {
          const was = old.get(r.id);
          return was !== undefined && was !== r && JSON.stringify(was) !== JSON.stringify(r);
        })
        .map((r) => r.id),
      deleted: before.filter((r) => !now.has(r.id)),
    };
  }

  it('finds the same inserted, updated and deleted rows as comparing every row', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('update' as const), at: fc.nat(), same: fc.boolean() }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.array(edit, { maxLength: 6 }), (size, edits) => {
        const before = Array.from({ length: size }, (_, i) => row(`s${i}`));
        let after = before.slice();
        let fresh = 0;
        for (const e of edits) {
          const at = after.length ? e.at % after.length : 0;
          if (e.kind === 'insert') after.splice(at, 0, row(`new${fresh++}`));
          else if (after.length && e.kind === 'update')
            after[at] = e.same ? { ...after[at]! } : row(after[at]!.id, 152);
          else if (after.length) after = after.filter((_, i) => i !== at);
        }
        expect(diffGuestBook(before, after)).toEqual(slowDiff(before, after));
      }),
    );
  });
});
