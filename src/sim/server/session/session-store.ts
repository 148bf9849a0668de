/**
 * express-session's store seam: the middleware calls get / set / destroy / touch and never
 * knows where the sessions live. Two stores sit behind it, each doing what the real one does:
 *
 * - MemoryStore (express-session's default): rows in the server process; a session past its
 *   `cookie.expires` is deleted when it is next read, and `touch` rewrites the cookie block.
 * - RedisStore (connect-redis 10 with the `redis` client): one key `sess:<id>` per session on
 *   a Redis server, holding the session as JSON, with a TTL taken from the cookie (86400 s
 *   without maxAge). Redis drops a key when its TTL runs out; nothing is collected or deleted
 *   on read. `touch` only renews the TTL (EXPIRE): the stored JSON keeps its old cookie.
 *
 * Every command the RedisStore sends is written to the trace, so the lesson can show the wire
 * between the app server and Redis. `redis-store.diff.test.ts` runs the real pair beside it.
 */
import type { TraceStep } from '../../trace';
import {
  deleteRow,
  findRow,
  isExpired,
  putRow,
  type GuestBook,
  type GuestBookRow,
  type StoredCookie,
} from '../guest-book';

export type StoreKind = 'memory' | 'redis';

/** connect-redis's key prefix. */
export const REDIS_PREFIX = 'sess:';
/** connect-redis's ttl when the cookie has no expiry: one day, in seconds. */
export const REDIS_DEFAULT_TTL = 86400;

export const redisKey = (id: string) => REDIS_PREFIX + id;

/** The columns beside the payload that a write refreshes (the lesson's, not the store's). */
export interface RowColumns {
  ip_address: string;
  user_agent: string;
  last_activity: number;
}

export type LoadResult =
  | { found: GuestBookRow }
  /** MemoryStore knows it dropped an expired session; Redis only answers (nil). */
  | { missing: 'missing' | 'expired' };

export interface SessionStore {
  /** The sessions the store holds after the calls so far. */
  readonly book: GuestBook;
  get(id: string): LoadResult;
  /** `store.set(id, session)`: insert or replace. */
  set(row: GuestBookRow): 'insert' | 'update';
  destroy(id: string): void;
  /** `store.touch(id, session)`: tells the store the session is still in use. */
  touch(id: string, cookie: StoredCookie, columns: RowColumns): boolean;
  /** How this store's touch shows in the trace. */
  readonly touchOp: 'touch' | 'expire';
}

/** express-session's MemoryStore. */
export function memoryStore(initial: GuestBook, now: number): SessionStore {
  let book = initial;
  return {
    touchOp: 'touch',
    get book() {
      return book;
    },
    get(id) {
      const row = findRow(book, id);
      if (!row) return { missing: 'missing' };
      // getSession(): a session past its cookie.expires is deleted as it is read.
      if (isExpired(row, now)) {
        book = deleteRow(book, id);
        return { missing: 'expired' };
      }
      return { found: row };
    },
    set(row) {
      const op = findRow(book, row.id) ? 'update' : 'insert';
      book = putRow(book, row);
      return op;
    },
    destroy(id) {
      book = deleteRow(book, id);
    },
    touch(id, cookie, columns) {
      // touch() rewrites only the cookie block of a session it still holds.
      const row = findRow(book, id);
      if (!row) return false;
      book = putRow(book, { ...row, ...columns, payload: { ...row.payload, cookie } });
      return true;
    },
  };
}

/** Is the key still there at `now`? Only Redis rows carry a key expiry. */
export const keyAlive = (row: GuestBookRow, now: number) =>
  row.keyExpiresAt === undefined || row.keyExpiresAt > now;

/** What Redis still holds at `now`: a key whose TTL has run out is simply gone. */
export const redisAt = (book: GuestBook, now: number): GuestBook =>
  book.some((r) => !keyAlive(r, now)) ? book.filter((r) => keyAlive(r, now)) : book;

/** connect-redis's getTTL(): seconds until cookie.expires, rounded up, or one day. */
export function redisTtl(cookie: StoredCookie, now: number): number {
  if (!cookie.expires) return REDIS_DEFAULT_TTL;
  return Math.ceil((Date.parse(cookie.expires) - now) / 1000);
}

/** Replies the way redis-cli prints them. */
const OK = 'OK';
const NIL = '(nil)';
const integer = (n: number) => `(integer) ${n}`;

/** connect-redis's RedisStore, talking to one Redis server. */
export function redisStore(initial: GuestBook, now: number, trace: TraceStep[]): SessionStore {
  let book = redisAt(initial, now);
  const send = (command: string[], reply: string) =>
    trace.push({ kind: 'store-command', command, reply });
  const del = (id: string) => {
    const had = findRow(book, id) !== undefined;
    book = deleteRow(book, id);
    return had;
  };
  return {
    touchOp: 'expire',
    get book() {
      return book;
    },
    get(id) {
      const row = findRow(book, id);
      send(['GET', redisKey(id)], row ? JSON.stringify(row.payload) : NIL);
      return row ? { found: row } : { missing: 'missing' };
    },
    set(row) {
      const ttl = redisTtl(row.payload.cookie, now);
      const op = findRow(book, row.id) ? 'update' : 'insert';
      if (ttl <= 0) {
        // An already expired cookie: connect-redis deletes instead of writing.
        send(['DEL', redisKey(row.id)], integer(del(row.id) ? 1 : 0));
        return op;
      }
      send(['SET', redisKey(row.id), JSON.stringify(row.payload), 'EX', String(ttl)], OK);
      book = putRow(book, { ...row, keyExpiresAt: now + ttl * 1000 });
      return op;
    },
    destroy(id) {
      send(['DEL', redisKey(id)], integer(del(id) ? 1 : 0));
    },
    touch(id, cookie, columns) {
      const ttl = redisTtl(cookie, now);
      const row = findRow(book, id);
      send(['EXPIRE', redisKey(id), String(ttl)], integer(row ? 1 : 0));
      if (!row) return false;
      // EXPIRE with a TTL of zero or less deletes the key; otherwise the value stays as it was.
      if (ttl <= 0) del(id);
      else book = putRow(book, { ...row, ...columns, keyExpiresAt: now + ttl * 1000 });
      return true;
    },
  };
}

export function openStore(
  kind: StoreKind,
  book: GuestBook,
  now: number,
  trace: TraceStep[],
): SessionStore {
  return kind === 'redis' ? redisStore(book, now, trace) : memoryStore(book, now);
}
