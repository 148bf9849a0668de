/**
 * The guest book: the server's session store, one row per session, with the columns of
 * Laravel's `sessions` table. `payload` is exactly what the store keeps: for express-session's
 * MemoryStore, the session serialised as JSON (its cookie block, then the app's data).
 */
import type { SameSiteOption } from './options';
import type { PhpArray } from './session/laravel-file';

/** express-session's `req.session.cookie` as JSON: its keys in the order the library writes them. */
export interface StoredCookie {
  originalMaxAge: number | null;
  partitioned?: boolean;
  priority?: 'low' | 'medium' | 'high';
  /** ISO date, or null for a browser-session cookie (and a session that never expires). */
  expires: string | null;
  secure?: boolean;
  httpOnly: boolean;
  domain?: string;
  path: string;
  sameSite?: SameSiteOption;
}

/** What the shop keeps in `req.session`. */
export interface SessionData {
  userId?: number;
  cart?: string[];
}

export interface SessionPayload extends SessionData {
  cookie: StoredCookie;
}

export interface GuestBookRow {
  id: string;
  ip_address: string;
  /**
   * Simulated epoch ms of the store's last write of this row (a save or a touch). Laravel has
   * this column; express-session keeps no such field, only `cookie.expires`.
   */
  last_activity: number;
  user_agent: string;
  user_id: number | null;
  payload: SessionPayload;
  /**
   * Engines other than express-session: what their store keeps beside the data, and so when the
   * session ends. Their `payload.cookie` only describes the cookie they send.
   */
  native?: NativeSession;
  /**
   * express-session with a Redis store: when the key's TTL runs out (simulated epoch ms); from
   * then on the key is gone. The payload may hold an older cookie.expires: EXPIRE leaves it.
   */
  keyExpiresAt?: number;
}

export type NativeSession =
  /** PHP's files store: `sess_<id>`, deleted by GC once its mtime is gc_maxlifetime old. */
  | { engine: 'php'; mtime: number; maxLifetimeMs: number }
  /** Tomcat's session manager: idle past maxInactiveInterval (seconds), it is expired. */
  | {
      engine: 'tomcat';
      creationTime: number;
      lastAccessedTime: number;
      maxInactiveInterval: number;
    }
  /** Laravel's `sessions` table: the attributes serialized in `payload`, `last_activity` in seconds. */
  | { engine: 'laravel'; attributes: PhpArray; lastActivity: number; lifetime: number }
  /** Flask-Session's files store: cachelib's file, unread once `expires` has passed. */
  | { engine: 'flask'; expires: number; permanent: boolean };

export type GuestBook = GuestBookRow[];

/**
 * A crowd of anonymous visitors as an engine with its own store keeps them (PHP, Tomcat): the
 * same visitors, each with a new ID of the engine's, an empty session and its bookkeeping.
 */
export function nativeCrowd(
  rows: GuestBookRow[],
  newId: () => string,
  httpOnly: boolean,
  native: (row: GuestBookRow) => NativeSession,
): GuestBookRow[] {
  return rows.map((r) => ({
    ...r,
    id: newId(),
    payload: { cookie: { originalMaxAge: null, expires: null, httpOnly, path: '/' } },
    native: native(r),
  }));
}

export interface GuestBookDiff {
  inserted: string[];
  updated: string[];
  deleted: GuestBookRow[];
}

export const NO_CHANGE: GuestBookDiff = { inserted: [], updated: [], deleted: [] };

export function findRow(book: GuestBook, id: string): GuestBookRow | undefined {
  return book.find((r) => r.id === id);
}

/** Insert or replace, keeping the row's place in the book. */
export function putRow(book: GuestBook, row: GuestBookRow): GuestBook {
  const i = book.findIndex((r) => r.id === row.id);
  if (i < 0) return [...book, row];
  const next = book.slice();
  next[i] = row;
  return next;
}

export function deleteRow(book: GuestBook, id: string): GuestBook {
  return book.filter((r) => r.id !== id);
}

/** Which rows one exchange inserted, changed or removed. */
export function diffGuestBook(whole: GuestBook, wholeAfter: GuestBook): GuestBookDiff {
  // The same row object at the same place, at either end, is a row left alone: only the part in
  // between is compared (an exchange changes a row or two of what may be 100,000).
  let start = 0;
  while (start < whole.length && start < wholeAfter.length && whole[start] === wholeAfter[start])
    start++;
  let end = whole.length;
  let endAfter = wholeAfter.length;
  while (end > start && endAfter > start && whole[end - 1] === wholeAfter[endAfter - 1]) {
    end--;
    endAfter--;
  }
  const before = whole.slice(start, end);
  const after = wholeAfter.slice(start, endAfter);
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Set(after.map((r) => r.id));
  return {
    inserted: after.filter((r) => !old.has(r.id)).map((r) => r.id),
    // Untouched rows keep their identity, so most rows are told apart without serialising.
    updated: after
      .filter((r) => {
        const was = old.get(r.id);
        return was !== undefined && was !== r && JSON.stringify(was) !== JSON.stringify(r);
      })
      .map((r) => r.id),
    deleted: before.filter((r) => !now.has(r.id)),
  };
}

/** When the session expires (epoch ms), or null when it never does. */
export function expiresAt(row: GuestBookRow): number | null {
  if (row.keyExpiresAt !== undefined) return row.keyExpiresAt;
  const { native } = row;
  if (native?.engine === 'php') return native.mtime + native.maxLifetimeMs;
  if (native?.engine === 'flask') return native.expires;
  // DatabaseSessionHandler::expired(): last_activity < now - lifetime, in whole seconds.
  if (native?.engine === 'laravel') return (native.lastActivity + native.lifetime * 60 + 1) * 1000;
  if (native?.engine === 'tomcat') {
    return native.maxInactiveInterval <= 0
      ? null
      : native.lastAccessedTime + native.maxInactiveInterval * 1000;
  }
  return cookieExpiry(row.payload.cookie);
}

/** Parsed once per cookie block (never changed in place): the clock panel asks of every row. */
const parsedExpiry = new WeakMap<object, number | null>();
function cookieExpiry(cookie: GuestBookRow['payload']['cookie']): number | null {
  let at = parsedExpiry.get(cookie);
  if (at === undefined) {
    at = cookie.expires === null ? null : Date.parse(cookie.expires);
    parsedExpiry.set(cookie, at);
  }
  return at;
}

/**
 * MemoryStore's rule: a session whose `cookie.expires` has passed is gone the next time it is
 * read (Tomcat's too, by its idle time). A PHP file this old is only what GC may delete.
 */
export function isExpired(row: GuestBookRow, now: number): boolean {
  const at = expiresAt(row);
  return at !== null && at <= now;
}

/** Rough bytes the store spends on one session, to show what many visitors cost. */
export function rowBytes(row: GuestBookRow): number {
  return JSON.stringify(row).length + 64;
}
