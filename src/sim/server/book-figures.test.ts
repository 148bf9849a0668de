import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookFigure, changedRows, hasExpiredRow } from './book-figures';
import { bookBytes, storedBytes } from './capacity';
import { expiresAt, type GuestBookRow } from './guest-book';

let serial = 0;
/** A row expiring at `expires` (null: never), its payload sized by `cart`. */
const row = (expires: number | null, cart = 0): GuestBookRow =>
  ({
    id: `s${serial++}`,
    ip_address: '203.0.113.27',
    last_activity: 0,
    user_agent: 'Chrome',
    user_id: null,
    payload: {
      cookie: {
        originalMaxAge: null,
        expires: expires === null ? null : new Date(expires).toISOString(),
        httpOnly: true,
        path: '/',
      },
      ...(cart ? { cart: Array.from({ length: cart }, () => '사과') } : {}),
    },
  }) as GuestBookRow;

const rowArb = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 5 }).map((m) => m * 60_000)), fc.nat({ max: 3 }))
  .map(([at, cart]) => row(at, cart));

/** What an exchange or a crowd does to a book: never in place, untouched rows shared. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), row: rowArb }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), row: rowArb }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('crowd' as const), rows: fc.array(rowArb, { maxLength: 40 }) }),
  fc.record({ kind: fc.constant('collect' as const), now: fc.nat({ max: 6 * 60_000 }) }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function edited(book: GuestBookRow[], e: Edit): GuestBookRow[] {
  const next = book.slice();
  if (e.kind === 'insert') next.splice(e.at % (book.length + 1), 0, e.row);
  if (e.kind === 'replace' && book.length) next[e.at % book.length] = e.row;
  if (e.kind === 'delete' && book.length) next.splice(e.at % book.length, 1);
  if (e.kind === 'crowd') next.push(...e.rows);
  if (e.kind === 'collect') return book.filter((r) => !hasExpiredRowSlow([r], e.now));
  return next;
}

const hasExpiredRowSlow = (book: GuestBookRow[], now: number) =>
  book.some((r) => {
    const at = expiresAt(r);
    return at !== null && at <= now;
  });
const bytesSlow = (book: GuestBookRow[]) =>
  book.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r.payload)), 0);

describe('figures over a large guest book, kept up to date from what changed', () => {
  it('lists every row that differs, so a sum from the book before is the whole sum', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.array(editArb, { maxLength: 8 }),
        (start, edits) => {
          let book = start;
          for (const e of edits) {
            const next = edited(book, e);
            const changes = changedRows(book, next);
            if (changes) {
              const ids = (rows: GuestBookRow[]) => rows.map((r) => r.id).sort();
              // Before less the removed plus the added is after, as a multiset of rows.
              const kept = book.filter((r) => !changes.removed.includes(r));
              expect(ids([...kept, ...changes.added])).toEqual(ids(next));
            }
            book = next;
          }
        },
      ),
    );
  });

  it('weighs and dates every book of a random history as reading it whole would', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.array(editArb, { maxLength: 12 }),
        fc.nat({ max: 6 * 60_000 }),
        (start, edits, now) => {
          let book = start;
          for (const e of [...edits, null]) {
            expect(bookBytes(book)).toBe(bytesSlow(book));
            expect(hasExpiredRow(book, now)).toBe(hasExpiredRowSlow(book, now));
            if (e) book = edited(book, e);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('reads only the rows that changed in a book of 100,000', () => {
    const book = Array.from({ length: 100_000 }, () => row(60_000, 1));
    let reads = 0;
    const count = bookFigure(
      (b) => {
        reads += b.length;
        return b.length;
      },
      (n, { removed, added }) => {
        reads += removed.length + added.length;
        return n - removed.length + added.length;
      },
    );
    expect(count(book)).toBe(100_000);
    const next = book.slice();
    next[500] = row(null);
    next.push(row(120_000));
    expect(count(next)).toBe(100_001);
    expect(reads).toBe(100_000 + 3);
    // The soonest expiry of 100,000 rows that share it survives one of them changing.
    expect(hasExpiredRow(book, 60_000)).toBe(true);
    expect(hasExpiredRow(next, 59_999)).toBe(false);
    expect(hasExpiredRow(next, 60_000)).toBe(true);
    expect(storedBytes(next[500]!)).toBeLessThan(storedBytes(book[500]!));
    expect(bookBytes(next)).toBe(
      bookBytes(book) -
        storedBytes(book[500]!) +
        storedBytes(next[500]!) +
        storedBytes(next.at(-1)!),
    );
    // The bytes and the soonest expiry of a book share one walk through it.
    const after = next.slice();
    after[7] = row(90_000);
    expect(changedRows(next, after)).toBe(changedRows(next, after));
  });

  it('keeps no earlier book alive: a long walk through the course frees the books it left', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let book: GuestBookRow[] = Array.from({ length: 1000 }, () => row(60_000));
    const first = new WeakRef(book);
    // Each book asks about the one before it, as the clock panel does after every exchange.
    for (let i = 0; i < 5; i++) {
      const next = [...book, row(60_000)];
      hasExpiredRow(next, 0);
      changedRows(book, next);
      book = next;
    }
    // A finished task, then a full collection: nothing but the cache could keep the first book.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(first.deref()).toBeUndefined();
    expect(book).toHaveLength(1005);
  });
});
